import { Button, Paper } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { Link as RouterLink } from 'react-router'
import { EmptyState } from '@/components/state-views'

export function NotFound({
  title,
  children,
  backTo = '/',
}: {
  title?: string
  children?: React.ReactNode
  /** The pool list to go back to; the root opens the first region's. */
  backTo?: string
}) {
  const { t } = useTranslation()
  return (
    <Paper variant="outlined">
      <EmptyState
        title={title ?? t('notFound.title')}
        titleAs="h1"
        action={
          <Button variant="contained" component={RouterLink} to={backTo}>
            {t('button.backToPools')}
          </Button>
        }
      >
        {children ?? t('notFound.body')}
      </EmptyState>
    </Paper>
  )
}
