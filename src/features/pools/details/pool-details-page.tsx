import { Alert, Box, Breadcrumbs, Link, Paper, Stack, Typography } from '@mui/material'
import { useEventCallback } from '@mui/material/utils'
import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense, useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { Link as RouterLink, useNavigate, useParams, useSearchParams } from 'react-router'
import { isApiError } from '@/api/http'
import { i18n } from '@/i18n'
import { NotFound } from '@/components/not-found'
import { PartBoundary } from '@/components/part-boundary'
import { useNotify } from '@/components/notice'
import { QueryView } from '@/components/query-view'
import { StaleNotice } from '@/components/stale-notice'
import { TabBar } from '@/components/tab-bar'
import { EmptyState, ErrorState, SkeletonLines } from '@/components/state-views'
import { usePaths } from '@/lib/paths'
import { useRegion } from '@/lib/query-client'
import { PoolActions, usePoolDialogs } from '../pool-actions'
import {
  isTransitional,
  poolName,
  poolStatus,
  poolTypes,
  statusReason,
  statusTone,
} from '../pool-model'
import { PoolStatusChip } from '../pool-status-chip'
import { poolQuery } from '../queries'
import { poolEventsQuery } from '../detail-queries'
import { BasicInfo } from './basic-info'
import { PoolEvents } from './pool-events'
import { NodesPanel } from './nodes/nodes-panel'

// The chart library is heavy and most visits never open this tab: it loads when the tab does.
const MonitoringPanel = lazy(() => import('./monitoring/monitoring-panel'))

const TABS = ['nodes', 'monitoring', 'events'] as const
type DetailsTab = (typeof TABS)[number]
const isTab = (v: unknown): v is DetailsTab => (TABS as readonly unknown[]).includes(v)

function EventsPanel({ id, changing }: { id: string; changing: boolean }) {
  const { t } = useTranslation('details')
  // While the pool changes, its log grows: follow it like the pool itself.
  return (
    <QueryView
      query={useQuery(poolEventsQuery(id, changing))}
      what={t('events.what')}
      errorTitle={t('events.errorTitle')}
      isEmpty={(events) => events.length === 0}
      empty={<EmptyState title={t('events.empty')} />}
    >
      {(events) => <PoolEvents events={events} />}
    </QueryView>
  )
}

export function PoolDetailsPage() {
  const { t } = useTranslation('details')
  const { poolId: id = '' } = useParams()
  const [search, setSearch] = useSearchParams()
  const asked = search.get('tab')
  const tab: DetailsTab = isTab(asked) ? asked : 'nodes'
  const pool = useQuery(poolQuery(id))
  const navigate = useNavigate()
  const region = useRegion()
  const paths = usePaths()
  const notify = useNotify()
  const { onAction, dialogs } = usePoolDialogs(pool.data ? [pool.data] : undefined)
  // Only the tab changes: the Monitoring range and view stay for the way back.
  const onTab = useEventCallback((next: DetailsTab) =>
    setSearch(
      (prev) => {
        const params = new URLSearchParams(prev)
        if (next === 'nodes') params.delete('tab')
        else params.set('tab', next)
        return params
      },
      { replace: true },
    ),
  )
  const gone = isApiError(pool.error) && pool.error.status === 404
  // After a failed refetch the query keeps the last pool it saw: that is how we know it existed.
  const lastSeen = pool.data
  const listUrl = paths.pools(lastSeen ? poolTypes(lastSeen)[0] : 'train')
  const goneName = gone && lastSeen ? poolName(lastSeen) : undefined

  // A pool that disappears while we look at it (deleted here or elsewhere) sends the reader back.
  useEffect(() => {
    if (goneName) {
      // Outside render: the notice is worded in the language active when it is raised.
      notify({ message: i18n.t('details:page.deleted', { name: goneName }), severity: 'info' })
      void navigate(listUrl, { replace: true })
    }
  }, [goneName, listUrl, navigate, notify])

  if (gone) {
    return (
      <NotFound title={t('page.notFoundTitle')} backTo={paths.pools()}>
        {t('page.notFoundText', { id, region })}
      </NotFound>
    )
  }
  if (pool.isError && !pool.data) {
    return (
      <ErrorState
        title={t('page.errorTitle')}
        error={pool.error}
        onRetry={() => void pool.refetch()}
        retrying={pool.isFetching}
      />
    )
  }
  if (!pool.data) return <SkeletonLines lines={8} label={t('page.loading')} />

  const p = pool.data
  const reason = statusReason(p)
  const tone = statusTone(poolStatus(p))
  return (
    <Stack sx={{ gap: 2 }}>
      <Breadcrumbs aria-label={t('page.breadcrumb')}>
        <Link component={RouterLink} to={listUrl}>
          {t('page.poolList')}
        </Link>
        <Typography sx={{ color: 'text.primary' }} aria-current="page">
          {poolName(p)}
        </Typography>
      </Breadcrumbs>
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1.5, flexWrap: 'wrap' }}>
        <Typography variant="h1">{poolName(p)}</Typography>
        <PoolStatusChip pool={p} />
        <Box sx={{ flex: 1 }} />
        <PoolActions pool={p} variant="outlined" onAction={onAction} />
      </Stack>
      <StaleNotice query={pool} what={t('page.staleWhat')} />
      {reason && (
        <Alert severity={tone === 'error' ? 'error' : tone === 'warning' ? 'warning' : 'info'}>
          {reason}
        </Alert>
      )}
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="h2" sx={{ mb: 1.5 }}>
          {t('page.basicInfo')}
        </Typography>
        <BasicInfo pool={p} />
      </Paper>
      <Paper variant="outlined">
        <TabBar
          value={tab}
          tabs={TABS.map((name) => ({ value: name, label: t(`page.tabs.${name}`) }))}
          onChange={onTab}
          label={t('page.tabsLabel')}
          idPrefix="details-tab-"
          panelId="details-panel"
        />
        <Box
          role="tabpanel"
          id="details-panel"
          aria-labelledby={`details-tab-${tab}`}
          sx={{ p: 2 }}
        >
          {tab === 'nodes' && <NodesPanel pool={p} />}
          {tab === 'monitoring' && (
            <PartBoundary title={t('page.monitoringErrorTitle')}>
              <Suspense fallback={<SkeletonLines lines={6} label={t('page.monitoringLoading')} />}>
                <MonitoringPanel id={id} />
              </Suspense>
            </PartBoundary>
          )}
          {tab === 'events' && <EventsPanel id={id} changing={isTransitional(p)} />}
        </Box>
      </Paper>
      {dialogs}
    </Stack>
  )
}

export const Component = PoolDetailsPage
