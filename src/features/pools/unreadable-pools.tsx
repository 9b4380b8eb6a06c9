import { Alert, AlertTitle, Box, List, ListItem } from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { Unreadable } from '@/api/paging'

/**
 * Pools the service listed in a shape the console cannot read. They are named here, with what
 * was wrong, rather than hidden or allowed to take the whole list down with them.
 */
export function UnreadablePools({ items }: { items: readonly Unreadable[] }) {
  const { t } = useTranslation('pools')
  if (items.length === 0) return null
  const count = items.length
  return (
    <Alert severity="warning" variant="outlined" sx={{ mx: 2, mb: 1 }}>
      <AlertTitle>{t('unreadable.title', { count })}</AlertTitle>
      {t('unreadable.body', { count })}
      <List dense disablePadding sx={{ mt: 0.5 }}>
        {items.map((item, i) => (
          <ListItem
            key={`${item.name ?? ''}-${i}`}
            disableGutters
            sx={{ display: 'block', py: 0.25 }}
          >
            <strong>{item.name ?? t('unreadable.noName')}</strong>
            <Box
              component="span"
              sx={{
                display: 'block',
                fontFamily: 'monospace',
                fontSize: 12,
                whiteSpace: 'pre-wrap',
              }}
            >
              {/* What the schema check found, as it words it: a detail for support. */}
              {item.problem}
            </Box>
          </ListItem>
        ))}
      </List>
    </Alert>
  )
}
