import { Alert, AlertTitle, Button, Typography } from '@mui/material'
import { useEffect, useRef } from 'react'
import { errorText, inlineErrorText } from '@/components/state-views'
import type { Failure } from './use-create-pool-wizard'

const QUOTA_ADVICE = {
  pool: 'Delete a pool you no longer need, or ask for a higher pool quota, then submit again.',
  node: 'Use Previous to ask for fewer nodes, or release nodes elsewhere, then submit again.',
  network:
    'Use Previous to choose an existing ModelArts network, or delete a network you no longer need, then submit again.',
} as const

/**
 * What went wrong with Submit, focused so that keyboard and screen reader users land on it: a
 * quota (with what to do), an outcome nobody knows yet, or the service's refusal.
 */
export function FailureAlert({
  failure,
  onRetry,
  retrying,
}: {
  failure: Failure
  onRetry: () => void
  retrying: boolean
}) {
  // Focus goes to what went wrong, so keyboard and screen reader users land on it (and on
  // Submit again) instead of on the page body.
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => ref.current?.focus(), [failure])
  const focusable = { ref, tabIndex: -1, sx: { bgcolor: 'background.paper', outline: 'none' } }
  const submitAgain = (
    <Button color="inherit" onClick={onRetry} disabled={retrying}>
      Submit again
    </Button>
  )
  if (failure.kind === 'quota') {
    return (
      <Alert severity="error" variant="outlined" {...focusable}>
        <AlertTitle>Quota exceeded</AlertTitle>
        {failure.message}
        <Typography variant="caption" component="div" sx={{ mt: 0.5 }}>
          Error code: {failure.code}. Everything you entered is kept. {QUOTA_ADVICE[failure.quota]}
        </Typography>
      </Alert>
    )
  }
  if (failure.kind === 'unknown') {
    return (
      <Alert severity="warning" variant="outlined" {...focusable} action={submitAgain}>
        <AlertTitle>Whether the pool was created is not known yet</AlertTitle>
        No readable answer came back ({inlineErrorText(failure.error)}), and the list of pools could
        not be read either.
        <Typography variant="caption" component="div" sx={{ mt: 0.5 }}>
          Everything you entered is kept. Submit again looks for the pool first and creates it only
          if it is not there.
        </Typography>
      </Alert>
    )
  }
  const { message, code } = errorText(failure.error)
  return (
    <Alert severity="error" variant="outlined" {...focusable} action={submitAgain}>
      <AlertTitle>The pool could not be created</AlertTitle>
      {message}
      <Typography variant="caption" component="div" sx={{ mt: 0.5 }}>
        {code ? `Error code: ${code}. ` : ''}Everything you entered is kept, so you can submit
        again.
      </Typography>
    </Alert>
  )
}
