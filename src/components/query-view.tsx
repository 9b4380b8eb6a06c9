import type { UseQueryResult } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { StaleNotice } from './stale-notice'
import { ErrorState, SkeletonLines } from './state-views'

/**
 * The ladder every loaded view climbs: a placeholder while pending, the error with Retry when
 * nothing was ever loaded, then the data, with a stale notice when a refresh failed after it
 * was loaded (`what` names it: "nodes"), and `empty` when there is nothing to show.
 */
export function QueryView<T>({
  query,
  what,
  lines = 4,
  errorTitle,
  isEmpty,
  empty,
  children,
}: {
  query: UseQueryResult<T>
  /** For the placeholder ("Loading nodes") and the stale notice. */
  what: string
  lines?: number
  errorTitle: string
  isEmpty?: (data: T) => boolean
  empty?: ReactNode
  children: (data: T) => ReactNode
}) {
  const { t } = useTranslation()
  if (query.isPending) return <SkeletonLines lines={lines} label={t('loading.what', { what })} />
  if (query.isError && query.data === undefined)
    return (
      <ErrorState
        title={errorTitle}
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    )
  const data = query.data as T
  return (
    <>
      <StaleNotice query={query} what={what} />
      {isEmpty?.(data) ? empty : children(data)}
    </>
  )
}
