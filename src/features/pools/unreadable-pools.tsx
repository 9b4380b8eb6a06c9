import { Alert, AlertTitle, Box, List, ListItem } from '@mui/material'
import type { Unreadable } from '@/api/paging'

/**
 * Pools the service listed in a shape the console cannot read. They are named here, with what
 * was wrong, rather than hidden or allowed to take the whole list down with them.
 */
export function UnreadablePools({ items }: { items: readonly Unreadable[] }) {
  if (items.length === 0) return null
  return (
    <Alert severity="warning" variant="outlined" sx={{ mx: 2, mb: 1 }}>
      <AlertTitle>
        {items.length === 1
          ? '1 pool could not be shown'
          : `${items.length} pools could not be shown`}
      </AlertTitle>
      The service listed {items.length === 1 ? 'it' : 'them'} in a form the console does not
      understand, so {items.length === 1 ? 'it is' : 'they are'} left out of the table below. The
      other pools are shown as usual.
      <List dense disablePadding sx={{ mt: 0.5 }}>
        {items.map((item, i) => (
          <ListItem
            key={`${item.name ?? ''}-${i}`}
            disableGutters
            sx={{ display: 'block', py: 0.25 }}
          >
            <strong>{item.name ?? 'A pool without a name'}</strong>
            <Box
              component="span"
              sx={{
                display: 'block',
                fontFamily: 'monospace',
                fontSize: 12,
                whiteSpace: 'pre-wrap',
              }}
            >
              {item.problem}
            </Box>
          </ListItem>
        ))}
      </List>
    </Alert>
  )
}
