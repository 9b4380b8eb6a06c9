import RefreshIcon from '@mui/icons-material/Refresh'
import { Alert, AlertTitle, Box, Button, Typography } from '@mui/material'
import { useQueryClient } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'
import type { ApiError } from '@/api/http'
import { authProblemsOf, useRegion } from '@/lib/query-client'
import { useSetup } from './setup-context'

/** The latest 401/403 any call met, until that call succeeds again. */
export function useAuthProblem(): ApiError | null {
  const store = authProblemsOf(useQueryClient())
  return useSyncExternalStore(store.subscribe, store.get, store.get)
}

const Code = ({ children }: { children: string }) => (
  <Box component="code" sx={{ fontFamily: 'monospace', fontSize: '0.95em', fontWeight: 600 }}>
    {children}
  </Box>
)

/** What to do about refused credentials, in the words the banner and any dialog use alike. */
export function AuthAdvice({ problem }: { problem: ApiError }) {
  const forbidden = problem.status === 403
  const keys = useSetup().credentials === 'access-keys'
  const region = useRegion()
  const restart = (
    <>
      restart <Code>npm start</Code> (or <Code>npm run preview</Code>) and reload this page
    </>
  )
  return (
    <>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {forbidden
          ? `These credentials are not allowed to use ModelArts resource pools in ${region}.`
          : keys
            ? 'The access key was refused, so pools cannot be shown or changed.'
            : 'The ModelArts token was rejected (missing or expired), so pools cannot be shown or changed.'}
      </Typography>
      <Typography variant="body2" sx={{ mt: 0.5 }}>
        {forbidden ? (
          <>
            Give the IAM user of these credentials ModelArts and VPC permissions in the project of{' '}
            {region}, then {restart}.
          </>
        ) : keys ? (
          <>
            The terminal running the console says what is wrong (a mistyped key, a clock off by more
            than 15 minutes, expired temporary keys). Fix <Code>HUAWEICLOUD_SDK_AK</Code> and{' '}
            <Code>HUAWEICLOUD_SDK_SK</Code> where the console runs, then {restart}. The keys stay on
            the console&apos;s server, so they cannot be entered here.
          </>
        ) : (
          <>
            Get a fresh IAM token (tokens expire after 24 hours) and set it as{' '}
            <Code>MODELARTS_TOKEN</Code>, or use access keys (<Code>HUAWEICLOUD_SDK_AK</Code>,{' '}
            <Code>HUAWEICLOUD_SDK_SK</Code>), which do not expire; then {restart}. Credentials stay
            on the console&apos;s server, so they cannot be entered here.
          </>
        )}
      </Typography>
      <Typography variant="caption" component="p" sx={{ mt: 0.5 }}>
        The service answered {problem.status}: {problem.message} (error code {problem.code})
      </Typography>
    </>
  )
}

export const authProblemTitle = (problem: ApiError) =>
  problem.status === 403 ? 'Not allowed' : 'Not signed in to ModelArts'

/**
 * Says once, for the region, that the service refused the credentials and what to do about it.
 * They live on the console's server (it signs every request), so the fix is there, not here.
 */
export function AuthProblemBanner() {
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
          Reload
        </Button>
      }
    >
      <AlertTitle>{authProblemTitle(problem)}</AlertTitle>
      <AuthAdvice problem={problem} />
    </Alert>
  )
}
