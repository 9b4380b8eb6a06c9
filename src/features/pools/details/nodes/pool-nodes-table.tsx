import LockOutlinedIcon from '@mui/icons-material/LockOutlined'
import {
  Checkbox,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TablePagination,
  TableRow,
  Typography,
} from '@mui/material'
import { useTranslation } from 'react-i18next'
import { isLocked, type PoolNode } from '@/api/nodes'
import { i18n } from '@/i18n'
import { formatCpu, formatMemory, parseQuantity } from '@/lib/format'
import { NodePhaseChip } from '../../pool-status-chip'
import { PAGE_SIZES } from '../../use-list-params'

function usage(node: PoolNode, key: string, format: (q: string) => string): string {
  const total = node.status.resources?.[key]
  const free = node.status.availableResources?.[key]
  if (!total) return '—'
  return free ? `${format(free)} / ${format(total)}` : format(total)
}

const gpus = (q: string) => {
  const n = parseQuantity(q)
  return Number.isNaN(n) ? q : i18n.t('details:nodes.table.gpus', { count: n })
}

/**
 * A page of a pool's nodes with a checkbox each, so 500 nodes stay as quick as 5. The header box
 * selects (or clears) the nodes on this page; what is selected on other pages stays selected.
 */
export function PoolNodesTable({
  nodes,
  page,
  size,
  onPage,
  onSize,
  selected,
  onSelect,
}: {
  /** The nodes that pass the filters, in order. */
  nodes: readonly PoolNode[]
  page: number
  size: number
  onPage: (page: number) => void
  onSize: (size: number) => void
  selected: ReadonlySet<string>
  onSelect: (names: readonly string[], on: boolean) => void
}) {
  const { t } = useTranslation('details')
  const hasGpu = nodes.some((n) => n.status.resources?.['nvidia.com/gpu'])
  const rows = nodes.slice(page * size, (page + 1) * size)
  const names = rows.map((n) => n.metadata.name)
  const onPageSelected = names.filter((n) => selected.has(n)).length
  const all = names.length > 0 && onPageSelected === names.length
  return (
    <>
      <TableContainer>
        <Table
          aria-label={t('nodes.table.label')}
          size="small"
          sx={{ '& td': { whiteSpace: 'nowrap' } }}
        >
          <TableHead>
            <TableRow>
              <TableCell padding="checkbox">
                <Checkbox
                  checked={all}
                  indeterminate={onPageSelected > 0 && !all}
                  disabled={names.length === 0}
                  onChange={(_, on) => onSelect(names, on)}
                  slotProps={{ input: { 'aria-label': t('nodes.table.selectPage') } }}
                />
              </TableCell>
              <TableCell>{t('nodes.table.name')}</TableCell>
              <TableCell>{t('nodes.table.status')}</TableCell>
              <TableCell>{t('nodes.table.az')}</TableCell>
              <TableCell>{t('nodes.table.privateIp')}</TableCell>
              <TableCell>{t('nodes.table.cpu')}</TableCell>
              <TableCell>{t('nodes.table.memory')}</TableCell>
              {hasGpu && <TableCell>{t('nodes.table.gpu')}</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((n) => {
              const name = n.metadata.name
              const locked = isLocked(n)
              return (
                <TableRow key={name} selected={selected.has(name)} hover>
                  <TableCell padding="checkbox">
                    <Checkbox
                      checked={selected.has(name)}
                      onChange={(_, on) => onSelect([name], on)}
                      slotProps={{ input: { 'aria-label': t('nodes.table.selectNode', { name }) } }}
                    />
                  </TableCell>
                  <TableCell>
                    <Stack direction="row" sx={{ alignItems: 'center', gap: 0.75 }}>
                      <Typography
                        variant="body2"
                        sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}
                      >
                        {name}
                      </Typography>
                      {locked && (
                        <Stack
                          direction="row"
                          sx={{ alignItems: 'center', gap: 0.25, color: 'text.secondary' }}
                          title={t('nodes.table.lockedTitle')}
                        >
                          <LockOutlinedIcon sx={{ fontSize: 16 }} aria-hidden />
                          <Typography variant="caption">{t('nodes.table.locked')}</Typography>
                        </Stack>
                      )}
                    </Stack>
                  </TableCell>
                  <TableCell>
                    <NodePhaseChip phase={n.status.phase} />
                  </TableCell>
                  <TableCell>{n.status.az ?? '—'}</TableCell>
                  <TableCell sx={{ fontFamily: 'monospace' }}>
                    {n.status.privateIp ?? '—'}
                  </TableCell>
                  <TableCell>{usage(n, 'cpu', formatCpu)}</TableCell>
                  <TableCell>{usage(n, 'memory', formatMemory)}</TableCell>
                  {hasGpu && <TableCell>{usage(n, 'nvidia.com/gpu', gpus)}</TableCell>}
                </TableRow>
              )
            })}
          </TableBody>
        </Table>
      </TableContainer>
      {nodes.length > PAGE_SIZES[0]! && (
        <TablePagination
          component="div"
          count={nodes.length}
          page={page}
          rowsPerPage={size}
          rowsPerPageOptions={[...PAGE_SIZES]}
          onPageChange={(_, p) => onPage(p)}
          onRowsPerPageChange={(e) => onSize(Number(e.target.value))}
        />
      )}
    </>
  )
}
