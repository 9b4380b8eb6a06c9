import {
  Chip,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
} from '@mui/material'
import type { PoolEvent } from '@/api/events'
import { formatDateTime } from '@/lib/format'

/** The pool's event log, newest first, in the service's own words. */
export function PoolEvents({ events }: { events: readonly PoolEvent[] }) {
  const sorted = [...events].sort(
    (a, b) => Date.parse(b.lastTimestamp) - Date.parse(a.lastTimestamp),
  )
  return (
    <TableContainer>
      <Table aria-label="Events">
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 100 }}>Type</TableCell>
            <TableCell sx={{ width: 220 }}>Reason</TableCell>
            <TableCell>Message</TableCell>
            <TableCell sx={{ width: 180 }}>Time</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {sorted.map((e, i) => (
            <TableRow key={`${e.lastTimestamp}-${e.reason}-${i}`}>
              <TableCell>
                <Chip
                  size="small"
                  variant="outlined"
                  color={e.type === 'Warning' ? 'warning' : 'default'}
                  label={e.type}
                />
              </TableCell>
              <TableCell>{e.reason}</TableCell>
              <TableCell sx={{ wordBreak: 'break-word' }}>{e.message}</TableCell>
              <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.lastTimestamp)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableContainer>
  )
}
