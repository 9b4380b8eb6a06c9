import {
  Chip,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TableRow,
} from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { PoolEvent } from '@/api/events'
import { formatDateTime } from '@/lib/format'

/** The pool's event log, newest first, in the service's own words. */
export function PoolEvents({ events }: { events: readonly PoolEvent[] }) {
  const { t } = useTranslation('details')
  const sorted = [...events].sort(
    (a, b) => Date.parse(b.lastTimestamp) - Date.parse(a.lastTimestamp),
  )
  return (
    <TableContainer>
      <Table aria-label={t('events.tableLabel')}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: 100 }}>{t('events.columns.type')}</TableCell>
            <TableCell sx={{ width: 220 }}>{t('events.columns.reason')}</TableCell>
            <TableCell>{t('events.columns.message')}</TableCell>
            <TableCell sx={{ width: 180 }}>{t('events.columns.time')}</TableCell>
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
