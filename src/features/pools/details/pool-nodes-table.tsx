import {
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TablePagination,
  TableRow,
} from '@mui/material'
import { useState } from 'react'
import type { PoolNode } from '@/api/nodes'
import { formatCpu, formatMemory, parseQuantity } from '@/lib/format'
import { NodePhaseChip } from '../pool-status-chip'

function usage(node: PoolNode, key: string, format: (q: string) => string): string {
  const total = node.status.resources?.[key]
  const free = node.status.availableResources?.[key]
  if (!total) return '—'
  return free ? `${format(free)} / ${format(total)}` : format(total)
}

const gpus = (q: string) => {
  const n = parseQuantity(q)
  return Number.isNaN(n) ? q : `${n} GPU${n === 1 ? '' : 's'}`
}

/** A pool's nodes, a page at a time so 500 nodes stay as quick as 5. */
export function PoolNodesTable({ nodes }: { nodes: readonly PoolNode[] }) {
  const [page, setPage] = useState(0)
  const [size, setSize] = useState(20)
  const hasGpu = nodes.some((n) => n.status.resources?.['nvidia.com/gpu'])
  const last = Math.max(0, Math.ceil(nodes.length / size) - 1)
  const current = Math.min(page, last)
  const rows = nodes.slice(current * size, (current + 1) * size)
  return (
    <>
      <TableContainer>
        <Table aria-label="Nodes">
          <TableHead>
            <TableRow>
              <TableCell>Name</TableCell>
              <TableCell>Status</TableCell>
              <TableCell>AZ</TableCell>
              <TableCell>Private IP</TableCell>
              <TableCell>CPU available / total</TableCell>
              <TableCell>Memory available / total</TableCell>
              {hasGpu && <TableCell>GPU available / total</TableCell>}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((n) => {
              const cpu = usage(n, 'cpu', formatCpu)
              const mem = usage(n, 'memory', formatMemory)
              const gpu = usage(n, 'nvidia.com/gpu', gpus)
              return (
                <TableRow key={n.metadata.name}>
                  <TableCell sx={{ fontFamily: 'monospace' }}>{n.metadata.name}</TableCell>
                  <TableCell>
                    <NodePhaseChip phase={n.status.phase} />
                  </TableCell>
                  <TableCell>{n.status.az ?? '—'}</TableCell>
                  <TableCell sx={{ fontFamily: 'monospace' }}>
                    {n.status.privateIp ?? '—'}
                  </TableCell>
                  <TableCell>{cpu}</TableCell>
                  <TableCell>{mem}</TableCell>
                  {hasGpu && <TableCell>{gpu}</TableCell>}
                </TableRow>
              )
            })}
          </TableBody>
        </Table>
      </TableContainer>
      {nodes.length > 10 && (
        <TablePagination
          component="div"
          count={nodes.length}
          page={current}
          rowsPerPage={size}
          rowsPerPageOptions={[10, 20, 50, 100]}
          onPageChange={(_, p) => setPage(p)}
          onRowsPerPageChange={(e) => {
            setSize(Number(e.target.value))
            setPage(0)
          }}
        />
      )}
    </>
  )
}
