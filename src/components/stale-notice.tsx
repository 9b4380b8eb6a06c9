import RefreshIcon from '@mui/icons-material/Refresh'
import { Alert, Box, Button } from '@mui/material'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { RichText } from '@/i18n/rich-text'
import { formatDateTime, formatRelative } from '@/lib/format'
import { isAuthProblem } from '@/lib/query-client'
import { errorText } from './state-views'

/** What StaleNotice needs of a query result (TanStack's UseQueryResult has all of it). */
export interface RefreshState {
  isRefetchError: boolean
  error: unknown
  dataUpdatedAt: number
  isFetching: boolean
  refetch: () => unknown
}

/** The current time, again every `ms`: enough to keep "3 minutes ago" true. */
function useNow(ms: number) {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms)
    return () => clearInterval(timer)
  }, [ms])
  return now
}

function StaleAlert({ query, what }: { query: RefreshState; what: string }) {
  const { t } = useTranslation()
  const now = useNow(15_000)
  const { message, code } = errorText(query.error)
  const at = new Date(query.dataUpdatedAt).toISOString()
  return (
    <Alert
      severity="warning"
      variant="outlined"
      role="status"
      sx={{ mb: 1 }}
      action={
        <Button
          color="inherit"
          startIcon={<RefreshIcon />}
          onClick={() => void query.refetch()}
          disabled={query.isFetching}
        >
          {query.isFetching ? t('button.retrying') : t('button.retry')}
        </Button>
      }
    >
      <Box sx={{ fontWeight: 600 }}>
        <RichText
          translate={(v) => t('errors.staleNotice', v)}
          values={{ what, age: formatRelative(at, now), at: formatDateTime(at) }}
          // The age ticks; announcing it again every minute would only be noise.
          components={{ age: <span aria-live="off" /> }}
        />
      </Box>
      <Box sx={{ typography: 'caption' }}>
        {message}
        {code ? ` ${t('errors.code', { code })}` : ''}
      </Box>
    </Alert>
  )
}

/**
 * Says so when what is on screen is older than it looks: the last refresh failed, so the data is
 * the last good answer. Non-blocking, with its age and Retry. A refused token is left to the app
 * shell's banner, which says what to do about it.
 */
export function StaleNotice({ query, what }: { query: RefreshState; what: string }) {
  if (!query.isRefetchError || isAuthProblem(query.error)) return null
  return <StaleAlert query={query} what={what} />
}
