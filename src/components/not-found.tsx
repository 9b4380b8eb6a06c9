import { Button, Paper } from '@mui/material'
import { Link as RouterLink } from 'react-router'
import { EmptyState } from '@/components/state-views'

export function NotFound({
  title = 'Page not found',
  children = 'There is nothing at this address. It may have moved, or the link may be mistyped.',
  backTo = '/',
}: {
  title?: string
  children?: React.ReactNode
  /** The pool list to go back to; the root opens the first region's. */
  backTo?: string
}) {
  return (
    <Paper variant="outlined">
      <EmptyState
        title={title}
        titleAs="h1"
        action={
          <Button variant="contained" component={RouterLink} to={backTo}>
            Back to Dedicated Resource Pools
          </Button>
        }
      >
        {children}
      </EmptyState>
    </Paper>
  )
}
