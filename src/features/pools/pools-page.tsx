import AddIcon from '@mui/icons-material/Add'
import ClearIcon from '@mui/icons-material/Clear'
import RefreshIcon from '@mui/icons-material/Refresh'
import SearchIcon from '@mui/icons-material/Search'
import {
  Alert,
  Box,
  Button,
  CircularProgress,
  IconButton,
  InputAdornment,
  Paper,
  Stack,
  Tab,
  TablePagination,
  Tabs,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react'
import { Link as RouterLink } from 'react-router'
import type { Pool, PoolType } from '@/api/pools'
import { findQuota } from '@/api/quotas'
import { EmptyState, ErrorState, errorText } from '@/components/state-views'
import { isTransitional, nodeCounts, POOL_TYPE_LABELS, poolName, poolTypes } from './pool-model'
import { usePoolDialogs } from './pool-actions'
import { PoolsTable } from './pools-table'
import {
  failedPoolListQuery,
  flavorsQuery,
  mergePools,
  poolListQuery,
  quotaKeys,
  quotasQuery,
} from './queries'
import { PAGE_SIZES, type ListParams, type SortKey, useListParams } from './use-list-params'

const NOTE_KEY = 'modelarts-console:public-pool-note-dismissed'

function PublicPoolNote() {
  const [hidden, setHidden] = useState(() => localStorage.getItem(NOTE_KEY) === '1')
  if (hidden) return null
  return (
    <Alert
      severity="info"
      variant="outlined"
      sx={{ mb: 2, bgcolor: 'background.paper' }}
      onClose={() => {
        localStorage.setItem(NOTE_KEY, '1')
        setHidden(true)
      }}
      slotProps={{ closeButton: { 'aria-label': 'Dismiss note about public resource pools' } }}
    >
      Dedicated resource pools are reserved for your team and must be created and sized here. The
      public resource pool is shared and allocated per job, so it needs no management. Only{' '}
      <strong>Running</strong> pools can be used.
    </Alert>
  )
}

/**
 * Quota use follows the pools: whenever the number of pools or nodes the list shows changes (a
 * pool finished deleting, nodes were added), the quota is fetched again.
 */
function QuotaSummary({ footprint }: { footprint: string }) {
  const { data } = useQuery(quotasQuery())
  const queryClient = useQueryClient()
  const seen = useRef(footprint)
  useEffect(() => {
    const previous = seen.current
    seen.current = footprint
    // The first answer is what the quota was fetched alongside; only later changes matter.
    if (previous === footprint || previous === '') return
    void queryClient.invalidateQueries({ queryKey: quotaKeys.all })
  }, [footprint, queryClient])
  if (!data) return null
  const text = (type: 'pool' | 'node', label: string) => {
    const q = findQuota(data, type)
    return q ? `${label} ${q.used}/${q.quota}` : null
  }
  const parts = [text('pool', 'Pools'), text('node', 'Nodes')].filter(Boolean)
  return (
    <Typography variant="body2" sx={{ color: 'text.secondary', whiteSpace: 'nowrap' }}>
      Quota in use: {parts.join(' · ')}
    </Typography>
  )
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })

function visiblePools(all: readonly Pool[], { type, q, sort, order }: ListParams) {
  const needle = q.trim().toLowerCase()
  const rows = all.filter(
    (p) => poolTypes(p).includes(type) && (!needle || poolName(p).toLowerCase().includes(needle)),
  )
  const dir = order === 'asc' ? 1 : -1
  rows.sort((a, b) =>
    sort === 'name'
      ? dir * collator.compare(poolName(a), poolName(b))
      : dir *
        ((Date.parse(a.metadata.creationTimestamp ?? '') || 0) -
          (Date.parse(b.metadata.creationTimestamp ?? '') || 0)),
  )
  return rows
}

export function PoolsPage() {
  const [params, update] = useListParams()
  const pools = useQuery(poolListQuery())
  const failed = useQuery(failedPoolListQuery())
  const allPools = useMemo(() => mergePools(pools.data, failed.data), [pools.data, failed.data])
  const refetchAll = () => {
    void pools.refetch()
    void failed.refetch()
  }
  const flavors = useQuery(flavorsQuery())
  // Typing stays instant while 1,000 rows are filtered in the background.
  const deferred = useDeferredValue(params)

  const rows = useMemo(() => visiblePools(allPools ?? [], deferred), [allPools, deferred])
  const lastPage = Math.max(0, Math.ceil(rows.length / params.size) - 1)
  const page = Math.min(params.page, lastPage)
  const pageRows = rows.slice(page * params.size, (page + 1) * params.size)
  const transitional = allPools?.some(isTransitional) ?? false
  const { onAction, dialogs } = usePoolDialogs(allPools)
  const footprint = useMemo(
    () =>
      allPools ? `${allPools.length}/${allPools.reduce((n, p) => n + nodeCounts(p).total, 0)}` : '',
    [allPools],
  )
  const tabLabel = POOL_TYPE_LABELS[params.type]

  const onSearch = (value: string) => update({ q: value }, { replace: true })
  const onSort = (key: SortKey) =>
    update({
      sort: key,
      order:
        params.sort === key
          ? params.order === 'asc'
            ? 'desc'
            : 'asc'
          : key === 'name'
            ? 'asc'
            : 'desc',
    })

  const createButton = (
    <Button
      variant="contained"
      startIcon={<AddIcon />}
      component={RouterLink}
      to={`/pools/create?type=${params.type}`}
    >
      Create
    </Button>
  )

  let body: React.ReactNode
  if (pools.isError && !pools.data) {
    body = (
      <Box sx={{ p: 2 }}>
        <ErrorState
          title="The pools could not be loaded"
          error={pools.error}
          onRetry={refetchAll}
          retrying={pools.isFetching}
        />
      </Box>
    )
  } else if (pools.isSuccess && rows.length === 0 && !params.q) {
    body = (
      <EmptyState
        title={`No pools ${tabLabel.replace('Dedicated', 'dedicated')} yet`}
        action={createButton}
      >
        A dedicated pool reserves GPU or CPU nodes for your team.{' '}
        {params.type === 'train'
          ? 'Create one to run notebook instances, training jobs and TensorBoard on it.'
          : 'Create one to deploy models as real-time services on it.'}
      </EmptyState>
    )
  } else if (pools.isSuccess && rows.length === 0) {
    body = (
      <EmptyState
        title={`No pools match "${params.q}"`}
        action={<Button onClick={() => onSearch('')}>Show all pools</Button>}
      >
        Search looks at pool names in this tab.
      </EmptyState>
    )
  } else {
    body = (
      <>
        {failed.isError && (
          <Alert
            severity="warning"
            variant="outlined"
            sx={{ mx: 2, mb: 1 }}
            action={
              <Button
                color="inherit"
                onClick={() => void failed.refetch()}
                disabled={failed.isFetching}
              >
                Retry
              </Button>
            }
          >
            Pools whose creation failed could not be listed ({errorText(failed.error).message}). The
            other pools are shown.
          </Alert>
        )}
        <PoolsTable
          pools={pageRows}
          flavors={flavors.data}
          loading={pools.isPending}
          sort={params.sort}
          order={params.order}
          onSort={onSort}
          onAction={onAction}
          caption={`Pools ${tabLabel}`}
        />
        {pools.isSuccess && (
          <TablePagination
            component="div"
            count={rows.length}
            page={page}
            rowsPerPage={params.size}
            rowsPerPageOptions={[...PAGE_SIZES]}
            onPageChange={(_, p) => update({ page: p })}
            onRowsPerPageChange={(e) => update({ size: Number(e.target.value) })}
          />
        )}
      </>
    )
  }

  return (
    <Box>
      <Typography variant="h1" sx={{ mb: 2 }}>
        Dedicated Resource Pools
      </Typography>
      <PublicPoolNote />
      <Paper variant="outlined">
        <Tabs
          value={params.type}
          onChange={(_, type: PoolType) => update({ type, q: '' })}
          aria-label="Pool type"
          sx={{ px: 2, borderBottom: 1, borderColor: 'divider' }}
        >
          <Tab
            value="train"
            label={POOL_TYPE_LABELS.train}
            id="tab-train"
            aria-controls="pools-panel"
          />
          <Tab
            value="infer"
            label={POOL_TYPE_LABELS.infer}
            id="tab-infer"
            aria-controls="pools-panel"
          />
        </Tabs>
        <Box role="tabpanel" id="pools-panel" aria-labelledby={`tab-${params.type}`}>
          <Stack
            direction="row"
            sx={{ alignItems: 'center', gap: 1.5, px: 2, py: 1.5, flexWrap: 'wrap' }}
          >
            {createButton}
            <Tooltip title="Refresh the list">
              {/* Never disabled: polling would otherwise pull keyboard focus off it every few seconds. */}
              <IconButton
                aria-label="Refresh"
                aria-busy={pools.isFetching || undefined}
                onClick={() => !pools.isFetching && refetchAll()}
              >
                {pools.isFetching && !pools.isPending ? (
                  <CircularProgress size={16} aria-hidden />
                ) : (
                  <RefreshIcon fontSize="small" />
                )}
              </IconButton>
            </Tooltip>
            {transitional && (
              <Typography variant="caption" role="status">
                Refreshing every few seconds while pools change
              </Typography>
            )}
            <Box sx={{ flex: 1 }} />
            <QuotaSummary footprint={footprint} />
            <TextField
              value={params.q}
              onChange={(e) => onSearch(e.target.value)}
              placeholder="Search by name"
              sx={{ width: 260 }}
              slotProps={{
                htmlInput: { 'aria-label': 'Search pools by name' },
                input: {
                  startAdornment: (
                    <InputAdornment position="start">
                      <SearchIcon fontSize="small" />
                    </InputAdornment>
                  ),
                  endAdornment: params.q ? (
                    <InputAdornment position="end">
                      <IconButton aria-label="Clear search" edge="end" onClick={() => onSearch('')}>
                        <ClearIcon fontSize="small" />
                      </IconButton>
                    </InputAdornment>
                  ) : undefined,
                },
              }}
            />
          </Stack>
          {body}
        </Box>
      </Paper>
      {dialogs}
    </Box>
  )
}

export const Component = PoolsPage
