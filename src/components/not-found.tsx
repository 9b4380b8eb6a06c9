import { Button, Paper } from '@mui/material'
import { Link as RouterLink } from 'react-router'
import { EmptyState } from '@/components/state-views'

export function NotFound({
  title = 'Page not found',
  children = 'There is nothing at this address. It may have moved, or the link may be mistyped.',
}: {
  title?: string
  children?: React.ReactNode
}) {
  return (
    <Paper variant="outlined">
      <EmptyState
        title={title}
        titleAs="h1"
        action={
          <Button variant="contained" component={RouterLink} to="/pools?type=train">
            Back to Dedicated Resource Pools
          </Button>
        }
      >
        {children}
      </EmptyState>
    </Paper>
  )
}
