import AddIcon from '@mui/icons-material/Add'
import ClearIcon from '@mui/icons-material/Clear'
import RefreshIcon from '@mui/icons-material/Refresh'
import SearchIcon from '@mui/icons-material/Search'
import {
  Alert,
  Box,
  Button,
  Chip,
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
import { useQuery } from '@tanstack/react-query'
import { useDeferredValue, useMemo } from 'react'
import { Link as RouterLink } from 'react-router'
import type { PoolType } from '@/api/pools'
import { StaleNotice } from '@/components/stale-notice'
import { EmptyState, ErrorState, errorText } from '@/components/state-views'
import { usePaths } from '@/lib/paths'
import { isTransitional, nodeCounts, POOL_TYPE_LABELS, poolTypes } from './pool-model'
import { PoolOverview } from './pool-overview'
import { usePoolDialogs } from './pool-actions'
import { PoolsTable } from './pools-table'
import { failedPoolListQuery, flavorsQuery, mergePools, poolListQuery } from './queries'
import { PublicPoolNote } from './public-pool-note'
import { UnreadablePools } from './unreadable-pools'
import { activeFilters, PAGE_SIZES, type SortKey, useListParams } from './use-list-params'
import { flavorIndex, visiblePools } from './visible-pools'

export function PoolsPage() {
  const [params, update] = useListParams()
  const paths = usePaths()
  const pools = useQuery(poolListQuery())
  const failed = useQuery(failedPoolListQuery())
  const allPools = useMemo(() => mergePools(pools.data, failed.data), [pools.data, failed.data])
  const unreadable = useMemo(
    () => [...(pools.data?.unreadable ?? []), ...(failed.data?.unreadable ?? [])],
    [pools.data, failed.data],
  )
  const refetchAll = () => {
    void pools.refetch()
    void failed.refetch()
  }
  const flavors = useQuery(flavorsQuery())
  // Typing stays instant while 1,000 rows are filtered in the background.
  const deferred = useDeferredValue(params)

  const flavorMap = useMemo(() => flavorIndex(flavors.data), [flavors.data])
  const rows = useMemo(
    () => visiblePools(allPools ?? [], deferred, flavorMap),
    [allPools, deferred, flavorMap],
  )
  const tabPools = useMemo(
    () => (allPools ?? []).filter((p) => poolTypes(p).includes(params.type)),
    [allPools, params.type],
  )
  const filters = activeFilters(params, update, flavorMap !== undefined)
  const filtered = Boolean(params.q || filters.length)
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
      to={paths.create(params.type)}
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
  } else if (allPools && rows.length === 0 && !filtered && unreadable.length === 0) {
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
  } else if (allPools && rows.length === 0) {
    body = (
      <EmptyState
        title={params.q ? `No pools match "${params.q}"` : 'No pools match these filters'}
        action={
          <Button onClick={() => update({ q: '', status: '', gpu: '' }, { replace: true })}>
            Show all pools
          </Button>
        }
      >
        {params.q ? 'Search looks at pool names in this tab.' : undefined}
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
        {allPools && (
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
          onChange={(_, type: PoolType) => update({ type, q: '', status: '', gpu: '' })}
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
          <PoolOverview
            pools={tabPools}
            flavors={flavorMap}
            flavorsError={flavors.error}
            type={params.type}
            footprint={footprint}
          />
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
            {transitional && !pools.isRefetchError && (
              <Typography variant="caption" role="status">
                Refreshing every few seconds while pools change
              </Typography>
            )}
            {filters.map((f) => (
              <Chip
                key={f.key}
                label={f.label}
                onDelete={f.clear}
                aria-label={`${f.label}. Press Delete to clear it.`}
              />
            ))}
            <Box sx={{ flex: 1 }} />
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
          <Box sx={{ px: 2 }}>
            <StaleNotice query={pools} what="pools" />
          </Box>
          <UnreadablePools items={unreadable} />
          {body}
        </Box>
      </Paper>
      {dialogs}
    </Box>
  )
}

export const Component = PoolsPage
