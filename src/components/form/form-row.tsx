import { Box, FormControl, FormLabel } from '@mui/material'
import type { ReactNode } from 'react'

/** Width of the label column on wide screens; every row shares it so labels line up. */
export const LABEL_COLUMN = 184

const labelSx = {
  width: { sm: LABEL_COLUMN },
  flexShrink: 0,
  pr: { sm: 2 },
  // Lines the label up with the text of a small outlined input beside it.
  pt: { sm: '9px' },
  pb: { xs: 0.75, sm: 0 },
  color: 'text.primary',
  fontSize: '0.8125rem',
  lineHeight: 1.6,
  '&.Mui-focused, &.Mui-error': { color: 'text.primary' },
} as const

function RequiredMark() {
  return (
    <Box component="span" aria-hidden sx={{ color: 'error.main', ml: 0.5 }}>
      *
    </Box>
  )
}

interface RowBase {
  label: ReactNode
  required?: boolean
  children: ReactNode
}

/**
 * One labelled row of a console form: the label in a fixed column on the left, the control and its
 * helper text on the right (stacked on narrow screens). The label is a real `<label>`: pass the
 * control's id as `htmlFor`, or give it `labelId` for controls named by aria-labelledby (selects).
 */
export function FormRow({
  label,
  htmlFor,
  labelId,
  required,
  children,
}: RowBase & { htmlFor?: string; labelId?: string }) {
  return (
    <Box
      sx={{ display: 'flex', flexDirection: { xs: 'column', sm: 'row' }, alignItems: 'flex-start' }}
    >
      <Box sx={labelSx}>
        {/* The marker stays outside the <label> so the control's name is exactly the label. */}
        <FormLabel htmlFor={htmlFor} id={labelId} sx={{ color: 'inherit', font: 'inherit' }}>
          {label}
        </FormLabel>
        {required && <RequiredMark />}
      </Box>
      <Box sx={{ flex: 1, minWidth: 0, width: '100%' }}>{children}</Box>
    </Box>
  )
}

/**
 * A row for a group of controls (radio buttons, cards): a `<fieldset>` whose `<legend>` sits in
 * the label column, so screen readers announce the group by its label.
 */
export function FieldsetRow({
  label,
  legendId,
  required,
  error,
  children,
}: RowBase & { legendId?: string; error?: boolean }) {
  return (
    <FormControl
      component="fieldset"
      error={error}
      sx={{ display: 'block', width: '100%', m: 0, p: 0, border: 0, minWidth: 0 }}
    >
      <FormLabel
        component="legend"
        id={legendId}
        sx={{
          ...labelSx,
          float: { sm: 'left' },
          p: 0,
          pt: labelSx.pt,
          pr: labelSx.pr,
          pb: labelSx.pb,
        }}
      >
        {label}
        {required && <RequiredMark />}
      </FormLabel>
      <Box sx={{ ml: { sm: `${LABEL_COLUMN}px` }, minWidth: 0 }}>{children}</Box>
    </FormControl>
  )
}
