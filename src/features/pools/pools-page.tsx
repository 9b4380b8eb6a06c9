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
  TablePagination,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material'
import { useEventCallback } from '@mui/material/utils'
import { useQuery } from '@tanstack/react-query'
import { useDeferredValue, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link as RouterLink } from 'react-router'
import type { PoolType } from '@/api/pools'
import { StaleNotice } from '@/components/stale-notice'
import { TabBar } from '@/components/tab-bar'
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
  const { t } = useTranslation('list')
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
  // Mid-sentence in English ("No pools dedicated for …"); a no-op in Chinese.
  const tabInSentence = tabLabel.charAt(0).toLowerCase() + tabLabel.slice(1)

  const onTab = useEventCallback((type: PoolType) => update({ type, q: '', status: '', gpu: '' }))
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
      {t('page.create')}
    </Button>
  )

  let body: React.ReactNode
  if (pools.isError && !pools.data) {
    body = (
      <Box sx={{ p: 2 }}>
        <ErrorState
          title={t('errors.loadFailed')}
          error={pools.error}
          onRetry={refetchAll}
          retrying={pools.isFetching}
        />
      </Box>
    )
  } else if (allPools && rows.length === 0 && !filtered && unreadable.length === 0) {
    body = (
      <EmptyState title={t('empty.title', { type: tabInSentence })} action={createButton}>
        {params.type === 'train' ? t('empty.train') : t('empty.infer')}
      </EmptyState>
    )
  } else if (allPools && rows.length === 0) {
    body = (
      <EmptyState
        title={params.q ? t('empty.noMatch', { query: params.q }) : t('empty.noFilterMatch')}
        action={
          <Button onClick={() => update({ q: '', status: '', gpu: '' }, { replace: true })}>
            {t('empty.showAll')}
          </Button>
        }
      >
        {params.q ? t('empty.searchHint') : undefined}
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
                {t('errors.retry')}
              </Button>
            }
          >
            {t('errors.failedPools', { error: errorText(failed.error).message })}
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
          caption={t('table.caption', { type: tabLabel })}
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
        {t('page.title')}
      </Typography>
      <PublicPoolNote />
      <Paper variant="outlined">
        <TabBar
          value={params.type}
          tabs={[
            { value: 'train', label: POOL_TYPE_LABELS.train },
            { value: 'infer', label: POOL_TYPE_LABELS.infer },
          ]}
          onChange={onTab}
          label={t('page.typeTabs')}
          idPrefix="tab-"
          panelId="pools-panel"
        />
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
            <Tooltip title={t('page.refreshTooltip')}>
              {/* Never disabled: polling would otherwise pull keyboard focus off it every few seconds. */}
              <IconButton
                aria-label={t('page.refresh')}
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
                {t('page.polling')}
              </Typography>
            )}
            {filters.map((f) => (
              <Chip
                key={f.key}
                label={f.label}
                onDelete={f.clear}
                aria-label={t('filters.chipLabel', { filter: f.label })}
              />
            ))}
            <Box sx={{ flex: 1 }} />
            <TextField
              value={params.q}
              onChange={(e) => onSearch(e.target.value)}
              placeholder={t('search.placeholder')}
              sx={{ width: 260 }}
              slotProps={{
                htmlInput: { 'aria-label': t('search.label') },
                input: {
                  startAdornment: (
                    <InputAdornment position="start">
                      <SearchIcon fontSize="small" />
                    </InputAdornment>
                  ),
                  endAdornment: params.q ? (
                    <InputAdornment position="end">
                      <IconButton
                        aria-label={t('search.clear')}
                        edge="end"
                        onClick={() => onSearch('')}
                      >
                        <ClearIcon fontSize="small" />
                      </IconButton>
                    </InputAdornment>
                  ) : undefined,
                },
              }}
            />
          </Stack>
          <Box sx={{ px: 2 }}>
            <StaleNotice query={pools} what={t('page.staleWhat')} />
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
