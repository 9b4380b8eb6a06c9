import { Alert, Button } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { errorText } from './state-views'

/** A list a field needs could not be loaded: the service's words, its code, and Retry. */
export function LoadError({
  what,
  error,
  onRetry,
}: {
  what: string
  error: unknown
  onRetry: () => void
}) {
  const { t } = useTranslation()
  const { message, code } = errorText(error)
  return (
    <Alert
      severity="error"
      variant="outlined"
      sx={{ mt: 1, py: 0 }}
      action={
        <Button color="inherit" onClick={onRetry}>
          {t('button.retry')}
        </Button>
      }
    >
      {code
        ? t('errors.loadFailedCode', { what, message, code })
        : t('errors.loadFailed', { what, message })}
    </Alert>
  )
}
