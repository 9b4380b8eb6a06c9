import { Box, Button, Paper } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { isRouteErrorResponse, Link as RouterLink, useRouteError } from 'react-router'
import { EmptyState, errorText } from '@/components/state-views'
import { NotFound } from '@/components/not-found'

/** The last line of defence: a screen that failed to render says so, with a way out. */
export function RouteError() {
  const { t } = useTranslation()
  const error = useRouteError()
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />
  const { message } = errorText(error)
  return (
    <Box sx={{ p: 3 }}>
      <Paper variant="outlined">
        <EmptyState
          title={t('routeError.title')}
          titleAs="h1"
          action={
            <Box sx={{ display: 'flex', gap: 1 }}>
              <Button variant="contained" onClick={() => window.location.reload()}>
                {t('button.reload')}
              </Button>
              <Button component={RouterLink} to="/">
                {t('button.backToPools')}
              </Button>
            </Box>
          }
        >
          {message}
        </EmptyState>
      </Paper>
    </Box>
  )
}
