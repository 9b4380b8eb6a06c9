import { Alert, Box, Breadcrumbs, Link, Paper, Stack, Tab, Tabs, Typography } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import { lazy, Suspense, useEffect } from 'react'
import { Link as RouterLink, useNavigate, useParams, useSearchParams } from 'react-router'
import { isApiError } from '@/api/http'
import { NotFound } from '@/components/not-found'
import { PartBoundary } from '@/components/part-boundary'
import { useNotify } from '@/components/notice'
import { QueryView } from '@/components/query-view'
import { StaleNotice } from '@/components/stale-notice'
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
import { poolEventsQuery, poolQuery } from '../queries'
import { BasicInfo } from './basic-info'
import { PoolEvents } from './pool-events'
import { NodesPanel } from './nodes/nodes-panel'

// The chart library is heavy and most visits never open this tab: it loads when the tab does.
const MonitoringPanel = lazy(() => import('./monitoring/monitoring-panel'))

const TABS = ['nodes', 'monitoring', 'events'] as const
type DetailsTab = (typeof TABS)[number]
const TAB_LABELS: Record<DetailsTab, string> = {
  nodes: 'Nodes',
  monitoring: 'Monitoring',
  events: 'Events',
}
const isTab = (v: unknown): v is DetailsTab => (TABS as readonly unknown[]).includes(v)

function EventsPanel({ id, changing }: { id: string; changing: boolean }) {
  // While the pool changes, its log grows: follow it like the pool itself.
  return (
    <QueryView
      query={useQuery(poolEventsQuery(id, changing))}
      what="events"
      errorTitle="The events could not be loaded"
      isEmpty={(events) => events.length === 0}
      empty={<EmptyState title="No events yet" />}
    >
      {(events) => <PoolEvents events={events} />}
    </QueryView>
  )
}

export function PoolDetailsPage() {
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
  const gone = isApiError(pool.error) && pool.error.status === 404
  // After a failed refetch the query keeps the last pool it saw: that is how we know it existed.
  const lastSeen = pool.data
  const listUrl = paths.pools(lastSeen ? poolTypes(lastSeen)[0] : 'train')
  const goneName = gone && lastSeen ? poolName(lastSeen) : undefined

  // A pool that disappears while we look at it (deleted here or elsewhere) sends the reader back.
  useEffect(() => {
    if (goneName) {
      notify({ message: `Pool ${goneName} has been deleted.`, severity: 'info' })
      void navigate(listUrl, { replace: true })
    }
  }, [goneName, listUrl, navigate, notify])

  if (gone) {
    return (
      <NotFound title="Pool not found" backTo={paths.pools()}>
        No pool with the ID {id} exists in region {region}. It may have been deleted.
      </NotFound>
    )
  }
  if (pool.isError && !pool.data) {
    return (
      <ErrorState
        title="The pool could not be loaded"
        error={pool.error}
        onRetry={() => void pool.refetch()}
        retrying={pool.isFetching}
      />
    )
  }
  if (!pool.data) return <SkeletonLines lines={8} label="Loading pool" />

  const p = pool.data
  const reason = statusReason(p)
  const tone = statusTone(poolStatus(p))
  return (
    <Stack sx={{ gap: 2 }}>
      <Breadcrumbs aria-label="Breadcrumb">
        <Link component={RouterLink} to={listUrl}>
          Dedicated Resource Pools
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
      <StaleNotice query={pool} what="pool's details" />
      {reason && (
        <Alert severity={tone === 'error' ? 'error' : tone === 'warning' ? 'warning' : 'info'}>
          {reason}
        </Alert>
      )}
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Typography variant="h2" sx={{ mb: 1.5 }}>
          Basic Information
        </Typography>
        <BasicInfo pool={p} />
      </Paper>
      <Paper variant="outlined">
        <Tabs
          value={tab}
          onChange={(_, t: DetailsTab) =>
            // Only the tab changes: the Monitoring range and view stay for the way back.
            setSearch(
              (prev) => {
                const next = new URLSearchParams(prev)
                if (t === 'nodes') next.delete('tab')
                else next.set('tab', t)
                return next
              },
              { replace: true },
            )
          }
          aria-label="Pool details"
          sx={{ px: 2, borderBottom: 1, borderColor: 'divider' }}
        >
          {TABS.map((t) => (
            <Tab
              key={t}
              value={t}
              label={TAB_LABELS[t]}
              id={`details-tab-${t}`}
              aria-controls="details-panel"
            />
          ))}
        </Tabs>
        <Box
          role="tabpanel"
          id="details-panel"
          aria-labelledby={`details-tab-${tab}`}
          sx={{ p: 2 }}
        >
          {tab === 'nodes' && <NodesPanel pool={p} />}
          {tab === 'monitoring' && (
            <PartBoundary title="The Monitoring tab could not be loaded">
              <Suspense fallback={<SkeletonLines lines={6} label="Loading utilisation" />}>
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
