import RefreshIcon from '@mui/icons-material/Refresh'
import { Alert, AlertTitle, Box, Button, Skeleton, Stack, Typography } from '@mui/material'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { isApiError } from '@/api/http'
import { i18n } from '@/i18n'

/** The words a person should see for a failed call, and the code support will ask for. */
export function errorText(error: unknown): { message: string; code?: string } {
  if (isApiError(error))
    return { message: error.message, code: error.kind === 'http' ? error.code : undefined }
  if (error instanceof Error) return { message: error.message }
  return { message: i18n.t('common:errors.unknown') }
}

/** An error's words for use inside a sentence, in parentheses: without their own full stop. */
export const inlineErrorText = (error: unknown) => errorText(error).message.replace(/[.。]$/, '')

/**
 * A failed call as every alert shows it: the service's words, then the references support asks
 * for (error code, request ID) on a quieter line.
 */
export function ErrorDetails({ error }: { error: unknown }) {
  const { t } = useTranslation()
  const { message, code } = errorText(error)
  const requestId = isApiError(error) ? error.requestId : undefined
  return (
    <>
      {message}
      {(code || requestId) && (
        <Typography variant="caption" component="div" sx={{ mt: 0.5, color: 'inherit' }}>
          {[
            code && t('errors.code', { code }),
            requestId && t('errors.requestId', { id: requestId }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Typography>
      )}
    </>
  )
}

export function ErrorState({
  title,
  error,
  onRetry,
  retrying,
}: {
  title: string
  error: unknown
  onRetry?: () => void
  retrying?: boolean
}) {
  const { t } = useTranslation()
  return (
    <Alert
      severity="error"
      variant="outlined"
      action={
        onRetry && (
          <Button color="inherit" startIcon={<RefreshIcon />} onClick={onRetry} disabled={retrying}>
            {retrying ? t('button.retrying') : t('button.retry')}
          </Button>
        )
      }
    >
      <AlertTitle>{title}</AlertTitle>
      <ErrorDetails error={error} />
    </Alert>
  )
}

export function EmptyState({
  title,
  children,
  action,
  titleAs = 'p',
}: {
  title: string
  children?: ReactNode
  action?: ReactNode
  /** 'h1' when the empty state is the whole page. */
  titleAs?: 'p' | 'h1' | 'h2'
}) {
  return (
    <Stack sx={{ alignItems: 'center', textAlign: 'center', py: 6, px: 2, gap: 1 }}>
      <Typography variant="h3" component={titleAs}>
        {title}
      </Typography>
      {children && (
        <Typography variant="body2" sx={{ color: 'text.secondary', maxWidth: 520 }}>
          {children}
        </Typography>
      )}
      {action && <Box sx={{ mt: 1 }}>{action}</Box>}
    </Stack>
  )
}

/** Placeholder lines the shape of the content to come, announced once to screen readers. */
export function SkeletonLines({ lines = 3, label }: { lines?: number; label: string }) {
  return (
    <Box role="status" aria-label={label} aria-busy="true">
      {Array.from({ length: lines }, (_, i) => (
        <Skeleton key={i} height={28} />
      ))}
    </Box>
  )
}
