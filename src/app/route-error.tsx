import { Box, Button, Paper } from '@mui/material'
import { isRouteErrorResponse, Link as RouterLink, useRouteError } from 'react-router'
import { EmptyState, errorText } from '@/components/state-views'
import { NotFound } from '@/components/not-found'

/** The last line of defence: a screen that failed to render says so, with a way out. */
export function RouteError() {
  const error = useRouteError()
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFound />
  const { message } = errorText(error)
  return (
    <Box sx={{ p: 3 }}>
      <Paper variant="outlined">
        <EmptyState
          title="This page could not be shown"
          titleAs="h1"
          action={
            <Box sx={{ display: 'flex', gap: 1 }}>
              <Button variant="contained" onClick={() => window.location.reload()}>
                Reload
              </Button>
              <Button component={RouterLink} to="/">
                Back to Dedicated Resource Pools
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
