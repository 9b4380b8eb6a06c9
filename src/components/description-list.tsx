import { Box, type SxProps, type Theme, Typography } from '@mui/material'
import type { ReactNode } from 'react'

/**
 * Facts as a `<dl>` grid: the layout (columns, gaps) is the caller's, the semantics and type are
 * the same everywhere (the details page, the review step, the Scale dialog's summary).
 */
export function DescriptionList({ sx, children }: { sx?: SxProps<Theme>; children: ReactNode }) {
  return (
    <Box component="dl" sx={[{ m: 0, display: 'grid' }, ...(Array.isArray(sx) ? sx : [sx])]}>
      {children}
    </Box>
  )
}

/**
 * One fact: its label (`dt`) and value (`dd`), side by side in the list's columns, or `stacked`
 * (label above value) in one cell. `preWrap` keeps the line breaks of free text.
 */
export function Description({
  label,
  children,
  stacked = false,
  preWrap = false,
}: {
  label: string
  children: ReactNode
  stacked?: boolean
  preWrap?: boolean
}) {
  return (
    <Box sx={stacked ? { minWidth: 0 } : { display: 'contents' }}>
      <Typography
        component="dt"
        variant={stacked ? 'caption' : 'body2'}
        sx={stacked ? { display: 'block', mb: 0.25 } : { color: 'text.secondary' }}
      >
        {label}
      </Typography>
      <Typography
        component="dd"
        variant="body2"
        sx={{ m: 0, wordBreak: 'break-word', ...(preWrap ? { whiteSpace: 'pre-wrap' } : {}) }}
      >
        {children}
      </Typography>
    </Box>
  )
}
