import LockOutlinedIcon from '@mui/icons-material/LockOutlined'
import WarningAmberRoundedIcon from '@mui/icons-material/WarningAmberRounded'
import {
  Box,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material'
import { alpha } from '@mui/material/styles'
import { useVirtualizer } from '@tanstack/react-virtual'
import { memo, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { isLocked, type PoolNode } from '@/api/nodes'
import { NodePhaseChip } from '../pool-status-chip'
import { isRemovable, removalProblem } from '../node-rules'

/** Above this many rows only the visible ones are rendered; below it every row is in the DOM. */
export const VIRTUALIZE_ABOVE = 60
const ROW_HEIGHT = 48
const VIEWPORT_HEIGHT = 336

const COLUMNS = [
  { id: 'name' },
  { id: 'status', width: 130 },
  { id: 'az', width: 120 },
  { id: 'ip', width: 130 },
  { id: 'keep', width: 128 },
] as const

const nodeMessage = (node: PoolNode) =>
  typeof node.status.message === 'string' ? node.status.message : undefined

interface RowProps {
  node: PoolNode
  keep: boolean
  disabled: boolean
  flavorText?: string
  rowIndex?: number
  onToggle: (node: PoolNode, keep: boolean) => void
}

const NodeRow = memo(function NodeRow({
  node,
  keep,
  disabled,
  flavorText,
  rowIndex,
  onToggle,
}: RowProps) {
  // A hook (not i18n.t): the memoised row re-renders on a language switch.
  const { t } = useTranslation('actions')
  const name = node.metadata.name
  const abnormal = node.status.phase === 'Abnormal'
  const locked = isLocked(node)
  // A lock is what the user must act on first; then why the node is abnormal.
  const reason = locked ? removalProblem(node) : abnormal ? nodeMessage(node) : undefined
  const reasonId = `keep-reason-${name}`
  return (
    <TableRow
      aria-rowindex={rowIndex}
      sx={(t) => ({
        height: ROW_HEIGHT,
        ...(abnormal && { bgcolor: alpha(t.palette.error.main, 0.045) }),
        ...(!keep && { bgcolor: alpha(t.palette.warning.main, 0.07) }),
      })}
    >
      <TableCell sx={{ overflow: 'hidden' }}>
        <Stack direction="row" sx={{ alignItems: 'center', gap: 0.75, minWidth: 0 }}>
          {locked && (
            <LockOutlinedIcon fontSize="small" color="action" aria-hidden sx={{ flexShrink: 0 }} />
          )}
          {abnormal && !locked && (
            <WarningAmberRoundedIcon
              fontSize="small"
              color="error"
              aria-hidden
              sx={{ flexShrink: 0 }}
            />
          )}
          <Box sx={{ minWidth: 0 }}>
            <Typography
              variant="body2"
              sx={{
                fontFamily: 'monospace',
                whiteSpace: 'nowrap',
                textDecoration: keep ? 'none' : 'line-through',
                color: keep ? 'text.primary' : 'text.secondary',
              }}
            >
              {name}
            </Typography>
            {(reason || flavorText) && (
              <Typography
                id={reasonId}
                variant="caption"
                component="div"
                title={reason ?? flavorText}
                sx={{
                  whiteSpace: 'nowrap',
                  overflow: 'hidden',
                  textOverflow: 'ellipsis',
                  lineHeight: 1.3,
                }}
              >
                {reason ?? flavorText}
              </Typography>
            )}
          </Box>
        </Stack>
      </TableCell>
      <TableCell>
        <NodePhaseChip phase={node.status.phase} />
      </TableCell>
      <TableCell sx={{ whiteSpace: 'nowrap' }}>{node.status.az ?? '—'}</TableCell>
      <TableCell sx={{ fontFamily: 'monospace', whiteSpace: 'nowrap' }}>
        {node.status.privateIp ?? '—'}
      </TableCell>
      <TableCell sx={{ py: 0 }}>
        <Stack direction="row" sx={{ alignItems: 'center', gap: 0.5 }}>
          <Switch
            size="small"
            checked={keep}
            // Off limits to switch off; a node already off (locked since) can always come back.
            disabled={disabled || (keep && !isRemovable(node))}
            onChange={(_, checked) => onToggle(node, checked)}
            slotProps={{
              input: {
                role: 'switch',
                'aria-label': t('scale.table.keepNode', { name }),
                ...(locked ? { 'aria-describedby': reasonId } : {}),
              },
            }}
          />
          <Typography
            variant="caption"
            aria-hidden
            sx={{ color: keep ? 'text.secondary' : 'warning.dark', fontWeight: keep ? 400 : 600 }}
          >
            {keep ? t('scale.table.keep') : t('scale.table.remove')}
          </Typography>
        </Stack>
      </TableCell>
    </TableRow>
  )
})

interface ScaleNodeTableProps {
  nodes: readonly PoolNode[]
  removed: ReadonlySet<string>
  disabled: boolean
  /** What the node is, for pools of several entries (flavor, and node pool where it matters). */
  flavorText?: (node: PoolNode) => string | undefined
  /** Nodes whose switch stays disabled whatever their phase. */
  fixed?: (node: PoolNode) => boolean
  onToggle: (node: PoolNode, keep: boolean) => void
  /** Total rows before filtering, for the caption. */
  label: string
}

function Head() {
  const { t } = useTranslation('actions')
  return (
    <TableHead>
      <TableRow aria-rowindex={1}>
        {COLUMNS.map((c) => (
          <TableCell key={c.id} sx={{ width: 'width' in c ? c.width : undefined }}>
            {t(`scale.table.${c.id}`)}
          </TableCell>
        ))}
      </TableRow>
    </TableHead>
  )
}

const tableSx = { tableLayout: 'fixed', minWidth: 640 } as const
const scrollerSx = {
  maxHeight: VIEWPORT_HEIGHT,
  overflow: 'auto',
  border: 1,
  borderColor: 'divider',
  borderRadius: 1,
  overscrollBehavior: 'contain',
} as const

/**
 * The pool's nodes with a keep/remove switch each. Large pools (hundreds of nodes) render only
 * the rows in view, padded above and below so the table keeps its native semantics and column
 * layout; aria-rowcount/aria-rowindex tell assistive technology how many rows there really are.
 */
export function ScaleNodeTable(props: ScaleNodeTableProps) {
  return props.nodes.length > VIRTUALIZE_ABOVE ? (
    <VirtualTable {...props} />
  ) : (
    <PlainTable {...props} />
  )
}

function PlainTable({
  nodes,
  removed,
  disabled,
  flavorText,
  fixed,
  onToggle,
  label,
}: ScaleNodeTableProps) {
  return (
    <Box sx={scrollerSx}>
      <Table stickyHeader aria-label={label} sx={tableSx}>
        <Head />
        <TableBody>
          {nodes.map((n) => (
            <NodeRow
              key={n.metadata.name}
              node={n}
              keep={!removed.has(n.metadata.name)}
              disabled={disabled || Boolean(fixed?.(n))}
              flavorText={flavorText?.(n)}
              onToggle={onToggle}
            />
          ))}
        </TableBody>
      </Table>
    </Box>
  )
}

function VirtualTable({
  nodes,
  removed,
  disabled,
  flavorText,
  fixed,
  onToggle,
  label,
}: ScaleNodeTableProps) {
  const scroller = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design
  const virtual = useVirtualizer({
    count: nodes.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    // The viewport's height is fixed: knowing it up front, the first render already has the rows
    // in view, instead of an empty body that a second, synchronous render fills after measuring.
    initialRect: { width: 0, height: VIEWPORT_HEIGHT },
    overscan: 8,
    // Render with React's scheduler rather than synchronously inside every scroll event.
    useFlushSync: false,
    getItemKey: (i) => nodes[i]?.metadata.name ?? i,
  })
  const items = virtual.getVirtualItems()
  const top = items[0]?.start ?? 0
  const bottom = virtual.getTotalSize() - (items.at(-1)?.end ?? 0)
  const spacer = (height: number) =>
    height > 0 && (
      <TableRow aria-hidden sx={{ '&:hover': { bgcolor: 'transparent' } }}>
        <TableCell colSpan={COLUMNS.length} sx={{ height, p: 0, border: 0 }} />
      </TableRow>
    )
  return (
    <Box ref={scroller} sx={{ ...scrollerSx, height: VIEWPORT_HEIGHT }}>
      <Table stickyHeader aria-label={label} aria-rowcount={nodes.length + 1} sx={tableSx}>
        <Head />
        <TableBody>
          {spacer(top)}
          {items.map((item) => {
            const n = nodes[item.index]
            if (!n) return null
            return (
              <NodeRow
                key={item.key}
                node={n}
                rowIndex={item.index + 2}
                keep={!removed.has(n.metadata.name)}
                disabled={disabled || Boolean(fixed?.(n))}
                flavorText={flavorText?.(n)}
                onToggle={onToggle}
              />
            )
          })}
          {spacer(bottom)}
        </TableBody>
      </Table>
    </Box>
  )
}
