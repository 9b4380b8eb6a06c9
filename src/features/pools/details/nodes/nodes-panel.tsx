import DeleteOutlineIcon from '@mui/icons-material/DeleteOutlined'
import LockOpenOutlinedIcon from '@mui/icons-material/LockOpenOutlined'
import LockOutlinedIcon from '@mui/icons-material/LockOutlined'
import {
  Alert,
  Box,
  FormControl,
  InputLabel,
  MenuItem,
  Select,
  Stack,
  Typography,
} from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { PoolNode } from '@/api/nodes'
import type { Pool } from '@/api/pools'
import { NodeSearchField } from '@/components/node-search-field'
import { ActionButton } from '@/components/action-button'
import { QueryView } from '@/components/query-view'
import { EmptyState } from '@/components/state-views'
import { canScale, isLitePool, liteReadOnly, poolId, poolStatus } from '../../pool-model'
import { poolNodesQuery } from '../../detail-queries'
import { WriteStatusAlert, type WriteWords } from '../../write-status-alert'
import { DeleteNodesDialog } from './delete-nodes-dialog'
import {
  type BulkAction,
  bulkProblem,
  countNodes,
  filterNodes,
  isStatusFilter,
  STATUS_FILTERS,
  type StatusFilter,
  targetsOf,
} from './node-list-model'
import { PoolNodesTable } from './pool-nodes-table'
import { useNodeLocks } from './use-node-locks'

/** The Nodes tab: the pool's nodes, counted, filtered and selectable for bulk actions. */
export function NodesPanel({ pool }: { pool: Pool }) {
  const { t } = useTranslation('details')
  const id = poolId(pool)
  return (
    <QueryView
      query={useQuery(poolNodesQuery(id))}
      what={t('nodes.what')}
      errorTitle={t('nodes.errorTitle')}
      isEmpty={(nodes) => nodes.length === 0}
      empty={
        <EmptyState
          title={
            poolStatus(pool) === 'CreationFailed'
              ? t('nodes.emptyCreationFailed')
              : t('nodes.empty')
          }
        />
      }
    >
      {(nodes) => <NodeManager pool={pool} nodes={nodes} />}
    </QueryView>
  )
}

function NodeManager({ pool, nodes }: { pool: Pool; nodes: readonly PoolNode[] }) {
  const { t } = useTranslation('details')
  const [status, setStatus] = useState<StatusFilter>('all')
  const [search, setSearch] = useState('')
  const [page, setPage] = useState(0)
  const [size, setSize] = useState(20)
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set())
  const [deleting, setDeleting] = useState<string[] | null>(null)
  const { write: locks, refused, dismissRefused } = useNodeLocks(pool)

  // A node that left the pool is no longer selected.
  const selected = useMemo(() => nodes.filter((n) => picked.has(n.metadata.name)), [nodes, picked])
  const selectedNames = useMemo(() => new Set(selected.map((n) => n.metadata.name)), [selected])
  const shown = useMemo(() => filterNodes(nodes, status, search), [nodes, status, search])
  const counts = useMemo(() => countNodes(nodes), [nodes])
  const last = Math.max(0, Math.ceil(shown.length / size) - 1)
  const current = Math.min(page, last)

  const select = (names: readonly string[], on: boolean) =>
    setPicked((prev) => {
      const next = new Set(prev)
      for (const n of names) {
        if (on) next.add(n)
        else next.delete(n)
      }
      return next
    })

  const scale = canScale(pool)
  const lockBusy = isLitePool(pool)
    ? liteReadOnly()
    : locks.pending
      ? t('nodes.lockPending')
      : locks.status.phase === 'unknown'
        ? t('nodes.lockUnknown')
        : undefined
  const problem = (action: BulkAction) =>
    (action === 'delete' && !scale.allowed ? scale.reason : undefined) ??
    (action !== 'delete' ? lockBusy : undefined) ??
    bulkProblem(action, selected, nodes)
  const hidden = useMemo(() => {
    const visible = new Set(shown)
    return selected.filter((n) => !visible.has(n)).length
  }, [selected, shown])
  const lockWords: WriteWords = {
    failed: t('nodes.lockWords.failed'),
    checking: t('nodes.lockWords.checking'),
    notApplied: t('nodes.lockWords.notApplied'),
    again: t('nodes.lockWords.again'),
    unknown: t('nodes.lockWords.unknown'),
  }
  // A phase the API adds later is shown as it wrote it.
  const phaseLabel = (phase: string) =>
    isStatusFilter(phase) ? t(`nodes.filters.${phase}`) : phase
  const run = (action: BulkAction) => {
    if (problem(action)) return
    const names = targetsOf(action, selected)
    if (action === 'delete') setDeleting(names)
    else locks.run({ names, lock: action === 'lock' })
  }

  return (
    <Stack sx={{ gap: 1.5 }}>
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        {[
          t('nodes.total', { count: counts.total }),
          ...counts.phases.map(([phase, n]) =>
            t('nodes.phaseCount', { count: n, phase: phaseLabel(phase) }),
          ),
          counts.locked ? t('nodes.lockedCount', { count: counts.locked }) : undefined,
        ]
          .filter(Boolean)
          .join(t('nodes.summarySeparator'))}
      </Typography>
      <Stack direction="row" sx={{ gap: 1.5, flexWrap: 'wrap', alignItems: 'center' }}>
        <NodeSearchField
          value={search}
          width={280}
          onChange={(v) => {
            setSearch(v)
            setPage(0)
          }}
        />
        <FormControl size="small" sx={{ minWidth: 170 }}>
          <InputLabel id="node-status-filter-label">{t('nodes.statusFilter')}</InputLabel>
          <Select
            labelId="node-status-filter-label"
            label={t('nodes.statusFilter')}
            value={status}
            onChange={(e) => {
              if (isStatusFilter(e.target.value)) setStatus(e.target.value)
              setPage(0)
            }}
          >
            {STATUS_FILTERS.map((f) => (
              <MenuItem key={f} value={f}>
                {t(`nodes.filters.${f}`)}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
        <Box sx={{ flex: 1 }} />
        <Typography variant="body2" sx={{ color: 'text.secondary' }} aria-live="polite">
          {selected.length
            ? t(hidden ? 'nodes.selectedHidden' : 'nodes.selected', {
                selected: selected.length,
                hidden,
              })
            : ''}
        </Typography>
        <ActionButton
          startIcon={<LockOutlinedIcon />}
          disabledReason={problem('lock')}
          onClick={() => run('lock')}
          loading={locks.pending && locks.status.phase === 'sending'}
        >
          {t('nodes.lock')}
        </ActionButton>
        <ActionButton
          startIcon={<LockOpenOutlinedIcon />}
          disabledReason={problem('unlock')}
          onClick={() => run('unlock')}
        >
          {t('nodes.unlock')}
        </ActionButton>
        <ActionButton
          color="error"
          startIcon={<DeleteOutlineIcon />}
          disabledReason={problem('delete')}
          onClick={() => run('delete')}
        >
          {t('nodes.delete')}
        </ActionButton>
      </Stack>
      <WriteStatusAlert status={locks.status} words={lockWords} onRecheck={locks.recheck} />
      {refused && (
        <Alert severity="warning" onClose={dismissRefused}>
          {t(refused.lock ? 'nodes.refusedLock' : 'nodes.refusedUnlock', {
            names: refused.names.join(t('nodes.nameSeparator')),
          })}
        </Alert>
      )}
      {shown.length === 0 ? (
        <Typography variant="body2" sx={{ color: 'text.secondary', py: 2 }}>
          {t('nodes.noMatch')}
        </Typography>
      ) : (
        <PoolNodesTable
          nodes={shown}
          page={current}
          size={size}
          onPage={setPage}
          onSize={(s) => {
            setSize(s)
            setPage(0)
          }}
          selected={selectedNames}
          onSelect={select}
        />
      )}
      {deleting && (
        <DeleteNodesDialog
          pool={pool}
          nodeNames={deleting}
          open
          onClose={() => setDeleting(null)}
          onDeleted={() => select(deleting, false)}
        />
      )}
    </Stack>
  )
}
