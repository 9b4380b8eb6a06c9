import { Alert, AlertTitle, Box, Button, CircularProgress } from '@mui/material'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { AuthAdvice, authProblemTitle } from '@/components/auth-problem'
import { ErrorDetails, inlineErrorText as inline } from '@/components/state-views'
import { isAuthProblem } from '@/lib/query-client'
import type { WriteStatus } from './use-write-once'

/** How one dialog names the ends of its change ("the pool could not be deleted", …). */
export interface WriteWords {
  failed: string
  checking: string
  notApplied: string
  unknown: string
  /** How to try again, in the dialog's own words ("Press OK again"). */
  again: string
}

/**
 * A change's end inside its dialog: the service's refusal (with what to do when the token was
 * refused: the app's banner is hidden behind the dialog), a lost answer being checked, or what
 * the check found.
 */
export function WriteStatusAlert({
  status,
  words,
  onRecheck,
  extra,
}: {
  status: WriteStatus
  words: WriteWords
  onRecheck: () => void
  /** More about a refusal, e.g. that the pool changed meanwhile. */
  extra?: ReactNode
}) {
  const { t } = useTranslation('pools')
  switch (status.phase) {
    case 'idle':
    case 'sending':
      return null
    case 'failed':
      if (isAuthProblem(status.error))
        return (
          <Alert severity="error">
            <AlertTitle>
              {t('write.failedAuth', {
                failed: words.failed,
                problem: authProblemTitle(status.error),
              })}
            </AlertTitle>
            <AuthAdvice problem={status.error} />
          </Alert>
        )
      return (
        <Alert severity="error">
          <AlertTitle>{words.failed}</AlertTitle>
          <ErrorDetails error={status.error} />
          {extra && <Box sx={{ mt: 0.5 }}>{extra}</Box>}
        </Alert>
      )
    case 'checking':
      return (
        <Alert severity="info" icon={<CircularProgress size={18} aria-hidden />} role="status">
          <AlertTitle>{t('write.checkingTitle')}</AlertTitle>
          {t('write.checking', { error: inline(status.error), checking: words.checking })}
        </Alert>
      )
    case 'not-applied':
      return (
        <Alert severity="error">
          <AlertTitle>{words.notApplied}</AlertTitle>
          {t('write.notApplied', { error: inline(status.error), again: words.again })}
        </Alert>
      )
    case 'unknown':
      return (
        <Alert
          severity="warning"
          action={
            <Button color="inherit" onClick={onRecheck}>
              {t('write.checkAgain')}
            </Button>
          }
        >
          <AlertTitle>{words.unknown}</AlertTitle>
          {t('write.unknown', {
            error: inline(status.error),
            checkError: inline(status.checkError),
          })}
        </Alert>
      )
  }
}
