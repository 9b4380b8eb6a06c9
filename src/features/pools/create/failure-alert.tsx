import { Alert, AlertTitle, Button, Typography } from '@mui/material'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { errorText, inlineErrorText } from '@/components/state-views'
import type { Failure } from './use-create-pool-wizard'

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
  const { t } = useTranslation('create')
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => ref.current?.focus(), [failure])
  const focusable = { ref, tabIndex: -1, sx: { bgcolor: 'background.paper', outline: 'none' } }
  const submitAgain = (
    <Button color="inherit" onClick={onRetry} disabled={retrying}>
      {t('failure.submitAgain')}
    </Button>
  )
  if (failure.kind === 'quota') {
    return (
      <Alert severity="error" variant="outlined" {...focusable}>
        <AlertTitle>{t('failure.quotaTitle')}</AlertTitle>
        {failure.message}
        <Typography variant="caption" component="div" sx={{ mt: 0.5 }}>
          {t('failure.quotaDetail', {
            code: failure.code,
            advice: t(`failure.quotaAdvice.${failure.quota}`),
          })}
        </Typography>
      </Alert>
    )
  }
  if (failure.kind === 'unknown') {
    return (
      <Alert severity="warning" variant="outlined" {...focusable} action={submitAgain}>
        <AlertTitle>{t('failure.unknownTitle')}</AlertTitle>
        {t('failure.unknown', { error: inlineErrorText(failure.error) })}
        <Typography variant="caption" component="div" sx={{ mt: 0.5 }}>
          {t('failure.unknownDetail')}
        </Typography>
      </Alert>
    )
  }
  const { message, code } = errorText(failure.error)
  return (
    <Alert severity="error" variant="outlined" {...focusable} action={submitAgain}>
      <AlertTitle>{t('failure.title')}</AlertTitle>
      {message}
      <Typography variant="caption" component="div" sx={{ mt: 0.5 }}>
        {code ? t('failure.detailWithCode', { code }) : t('failure.detail')}
      </Typography>
    </Alert>
  )
}
