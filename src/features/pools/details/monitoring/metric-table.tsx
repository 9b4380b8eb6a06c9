import { Box, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { MonitorRange } from '@/api/monitor'
import { type Chart, formatValue, timeFormatter } from './monitor-model'

/**
 * Every chart's points as one table, newest first: what a screen reader (or anyone wanting exact
 * numbers) reads instead of the drawings.
 */
export function MetricTable({ charts, range }: { charts: readonly Chart[]; range: MonitorRange }) {
  const { t } = useTranslation('details')
  const time = timeFormatter(range)
  const times = [...new Set(charts.flatMap((c) => c.series.points.map((p) => p.t)))].sort(
    (a, b) => b - a,
  )
  const byMetric = charts.map((c) => new Map(c.series.points.map((p) => [p.t, p.value])))
  return (
    <Box
      tabIndex={0}
      role="region"
      aria-label={t('monitoring.dataLabel')}
      sx={{ maxHeight: 480, overflow: 'auto', border: 1, borderColor: 'divider', borderRadius: 1 }}
    >
      <Table size="small" stickyHeader aria-label={t('monitoring.tableLabel')}>
        <TableHead>
          <TableRow>
            <TableCell scope="col">{t('monitoring.time')}</TableCell>
            {charts.map((c) => (
              <TableCell key={c.metric} scope="col" align="right">
                {c.title}
              </TableCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {times.map((t) => (
            <TableRow key={t}>
              <TableCell component="th" scope="row" sx={{ whiteSpace: 'nowrap' }}>
                {time(t)}
              </TableCell>
              {charts.map((c, i) => {
                const v = byMetric[i]?.get(t) ?? null
                return (
                  <TableCell
                    key={c.metric}
                    align="right"
                    sx={{ color: v === null ? 'text.secondary' : undefined }}
                  >
                    {formatValue(v, c.series.unit)}
                  </TableCell>
                )
              })}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Box>
  )
}
