import RefreshIcon from '@mui/icons-material/Refresh'
import { Alert, AlertTitle, Box, Button, Typography } from '@mui/material'
import { useQueryClient } from '@tanstack/react-query'
import { type ReactNode, useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { RichText } from '@/i18n/rich-text'
import type { ApiError } from '@/api/http'
import { i18n } from '@/i18n'
import { authProblemsOf, useRegion } from '@/lib/query-client'
import { useSetup } from './setup-context'

/** The latest 401/403 any call met, until that call succeeds again. */
export function useAuthProblem(): ApiError | null {
  const store = authProblemsOf(useQueryClient())
  return useSyncExternalStore(store.subscribe, store.get, store.get)
}

const Code = ({ children }: { children?: ReactNode }) => (
  <Box component="code" sx={{ fontFamily: 'monospace', fontSize: '0.95em', fontWeight: 600 }}>
    {children}
  </Box>
)

/** What to do about refused credentials, in the words the banner and any dialog use alike. */
export function AuthAdvice({ problem }: { problem: ApiError }) {
  const { t } = useTranslation()
  const forbidden = problem.status === 403
  const keys = useSetup().credentials === 'access-keys'
  const region = useRegion()
  return (
    <>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {forbidden
          ? t('auth.forbidden', { region })
          : keys
            ? t('auth.keysRefused')
            : t('auth.tokenRejected')}
      </Typography>
      <Typography variant="body2" sx={{ mt: 0.5 }}>
        <RichText
          translate={(v) =>
            t(forbidden ? 'auth.forbiddenAdvice' : keys ? 'auth.keysAdvice' : 'auth.tokenAdvice', v)
          }
          values={{ region }}
          components={{ code: <Code /> }}
        />
      </Typography>
      <Typography variant="caption" component="p" sx={{ mt: 0.5 }}>
        {t('auth.answered', {
          status: problem.status,
          message: problem.message,
          code: problem.code,
        })}
      </Typography>
    </>
  )
}

/** Called when the title is shown, so it is in the language of the moment. */
export const authProblemTitle = (problem: ApiError) =>
  problem.status === 403
    ? i18n.t('common:auth.forbiddenTitle')
    : i18n.t('common:auth.unauthorizedTitle')

/**
 * Says once, for the region, that the service refused the credentials and what to do about it.
 * They live on the console's server (it signs every request), so the fix is there, not here.
 */
export function AuthProblemBanner() {
  const { t } = useTranslation()
  const problem = useAuthProblem()
  if (!problem) return null
  return (
    <Alert
      severity="error"
      sx={{ mb: 2, '& .MuiAlert-message': { flex: 1 } }}
      action={
        <Button
          color="inherit"
          startIcon={<RefreshIcon />}
          onClick={() => window.location.reload()}
        >
          {t('button.reload')}
        </Button>
      }
    >
      <AlertTitle>{authProblemTitle(problem)}</AlertTitle>
      <AuthAdvice problem={problem} />
    </Alert>
  )
}
