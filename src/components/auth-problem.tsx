import RefreshIcon from '@mui/icons-material/Refresh'
import { Alert, AlertTitle, Box, Button, Typography } from '@mui/material'
import { useQueryClient } from '@tanstack/react-query'
import { useSyncExternalStore } from 'react'
import type { ApiError } from '@/api/http'
import { env } from '@/lib/env'
import { authProblemsOf } from '@/lib/query-client'

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

/** What to do about a refused token, in the words the banner and any dialog use alike. */
export function AuthAdvice({ problem }: { problem: ApiError }) {
  const forbidden = problem.status === 403
  return (
    <>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {forbidden
          ? `This token is not allowed to use ModelArts resource pools in project ${env.projectId}.`
          : 'The ModelArts token was rejected (missing or expired), so pools cannot be shown or changed.'}
      </Typography>
      <Typography variant="body2" sx={{ mt: 0.5 }}>
        {forbidden ? (
          <>
            Use a token of an IAM user with ModelArts permissions in this project, and check that{' '}
            <Code>MODELARTS_PROJECT_ID</Code> is the project of the endpoint&apos;s region. Set{' '}
            <Code>MODELARTS_TOKEN</Code>, restart <Code>npm start</Code> (or{' '}
            <Code>npm run preview</Code>) and reload this page.
          </>
        ) : (
          <>
            Get a fresh IAM token (tokens expire after 24 hours), set it as{' '}
            <Code>MODELARTS_TOKEN</Code> where the console runs, restart <Code>npm start</Code> (or{' '}
            <Code>npm run preview</Code>) and reload this page. The token stays on the
            console&apos;s server, so it cannot be entered here.
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
 * Says once, for the whole console, that the service refused the token and what to do about it.
 * The token lives on the console's server (the proxy adds it), so the fix is there, not here.
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
