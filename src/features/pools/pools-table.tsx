import {
  Box,
  Chip,
  Link,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
  TableSortLabel,
  Tooltip,
  Typography,
} from '@mui/material'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link as RouterLink } from 'react-router'
import type { Flavor } from '@/api/flavors'
import type { Pool } from '@/api/pools'
import { formatDateTime } from '@/lib/format'
import { usePaths } from '@/lib/paths'
import { type OnPoolAction, PoolActions } from './pool-actions'
import {
  isLitePool,
  liteReadOnly,
  nodeCounts,
  poolDescription,
  poolFlavorText,
  poolId,
  poolName,
} from './pool-model'
import { PoolStatusChip } from './pool-status-chip'
import type { SortKey, SortOrder } from './use-list-params'

/** Each column's heading is `table.columns.<id>`. */
const COLUMNS = [
  // Name, Specifications and Description share what the fixed-width columns leave.
  { id: 'name', sortable: true, width: undefined },
  { id: 'status', width: 150 },
  { id: 'spec', width: undefined },
  { id: 'nodes', width: 68 },
  { id: 'created', sortable: true, width: 148 },
  { id: 'description', width: undefined },
  { id: 'operation', width: 136 },
] as const

const PoolRow = memo(function PoolRow({
  pool,
  flavors,
  onAction,
}: {
  pool: Pool
  flavors: readonly Flavor[] | undefined
  onAction: OnPoolAction
}) {
  const { t } = useTranslation('list')
  const paths = usePaths()
  const counts = nodeCounts(pool)
  const id = poolId(pool)
  const description = poolDescription(pool)
  return (
    <TableRow>
      <TableCell>
        <Link component={RouterLink} to={paths.pool(id)} sx={{ fontWeight: 500 }}>
          {poolName(pool)}
        </Link>
        {isLitePool(pool) && (
          // The reason is a description, not the chip's name; the disabled Scale and Delete carry it
          // for keyboard users, so the chip adds no tab stop of its own.
          <Tooltip title={liteReadOnly()} describeChild>
            <Chip
              label={t('table.lite')}
              size="small"
              variant="outlined"
              sx={{ ml: 0.75, height: 18, fontSize: '0.6875rem', verticalAlign: 'text-bottom' }}
            />
          </Tooltip>
        )}
        <Typography
          variant="caption"
          component="div"
          title={id}
          sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
        >
          {id}
        </Typography>
      </TableCell>
      <TableCell>
        <PoolStatusChip pool={pool} />
      </TableCell>
      <TableCell>{poolFlavorText(pool, flavors)}</TableCell>
      <TableCell>
        {counts.available}/{counts.total}
      </TableCell>
      <TableCell>{formatDateTime(pool.metadata.creationTimestamp)}</TableCell>
      <TableCell>
        <Typography
          variant="body2"
          title={description}
          sx={{
            display: '-webkit-box',
            WebkitLineClamp: 2,
            WebkitBoxOrient: 'vertical',
            overflow: 'hidden',
          }}
        >
          {description || '—'}
        </Typography>
      </TableCell>
      <TableCell>
        <PoolActions pool={pool} onAction={onAction} />
      </TableCell>
    </TableRow>
  )
})

export function PoolsTable({
  pools,
  flavors,
  loading,
  sort,
  order,
  onSort,
  onAction,
  caption,
}: {
  pools: readonly Pool[]
  flavors: readonly Flavor[] | undefined
  loading?: boolean
  sort: SortKey
  order: SortOrder
  onSort: (key: SortKey) => void
  onAction: OnPoolAction
  caption: string
}) {
  const { t } = useTranslation('list')
  return (
    <TableContainer>
      <Table
        aria-label={caption}
        aria-busy={loading || undefined}
        sx={{ tableLayout: 'fixed', minWidth: 940 }}
      >
        <TableHead>
          <TableRow>
            {COLUMNS.map((c) => (
              <TableCell
                key={c.id}
                sx={{ width: c.width }}
                sortDirection={'sortable' in c && sort === c.id ? order : false}
              >
                {'sortable' in c ? (
                  <TableSortLabel
                    active={sort === c.id}
                    direction={sort === c.id ? order : c.id === 'name' ? 'asc' : 'desc'}
                    onClick={() => onSort(c.id)}
                  >
                    {t(`table.columns.${c.id}`)}
                  </TableSortLabel>
                ) : (
                  t(`table.columns.${c.id}`)
                )}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {loading
            ? Array.from({ length: 5 }, (_, i) => (
                <TableRow key={i} data-testid="skeleton-row">
                  {COLUMNS.map((c) => (
                    <TableCell key={c.id}>
                      <Skeleton />
                    </TableCell>
                  ))}
                </TableRow>
              ))
            : pools.map((pool) => (
                <PoolRow
                  key={pool.metadata.name}
                  pool={pool}
                  flavors={flavors}
                  onAction={onAction}
                />
              ))}
        </TableBody>
      </Table>
      {loading && (
        <Box
          role="status"
          sx={{
            position: 'absolute',
            width: 1,
            height: 1,
            overflow: 'hidden',
            clip: 'rect(0 0 0 0)',
          }}
        >
          {t('table.loading')}
        </Box>
      )}
    </TableContainer>
  )
}
