import {
  Alert,
  Box,
  FormControl,
  InputLabel,
  MenuItem,
  Select,
  Stack,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import {
  isMonitorRange,
  MONITOR_RANGES,
  MONITOR_STATISTICS,
  type MonitorRange,
  type MonitorStatistic,
} from '@/api/monitor'
import { QueryView } from '@/components/query-view'
import { poolMonitorQuery } from '../../detail-queries'
import { MetricChart } from './metric-chart'
import { MetricTable } from './metric-table'
import { chartsOf, hasAccelerators } from './monitor-model'

const isStatistic = (v: unknown): v is MonitorStatistic =>
  (MONITOR_STATISTICS as readonly unknown[]).includes(v)

/** Range, statistic and view live in the URL, like the tab: a shared link shows the same chart. */
function useMonitorParams() {
  const [search, setSearch] = useSearchParams()
  const asked = search.get('range')
  const range: MonitorRange = isMonitorRange(asked) ? asked : '1h'
  const stat = search.get('statistic')
  const statistic: MonitorStatistic = isStatistic(stat) ? stat : 'average'
  const view = search.get('view') === 'table' ? 'table' : 'chart'
  const set = (key: string, value: string, fallback: string) =>
    setSearch(
      (prev) => {
        const next = new URLSearchParams(prev)
        if (value === fallback) next.delete(key)
        else next.set(key, value)
        return next
      },
      { replace: true },
    )
  return {
    range,
    statistic,
    view,
    setRange: (v: MonitorRange) => set('range', v, '1h'),
    setStatistic: (v: MonitorStatistic) => set('statistic', v, 'average'),
    setView: (v: 'chart' | 'table') => set('view', v, 'chart'),
  }
}

/** The Monitoring tab: a chunk of its own (with the chart library), loaded when the tab opens. */
export default function MonitoringPanel({ id }: { id: string }) {
  const { t } = useTranslation('details')
  const { range, statistic, view, setRange, setStatistic, setView } = useMonitorParams()
  const query = useQuery(poolMonitorQuery(id, range, statistic))
  return (
    <Stack sx={{ gap: 2 }}>
      <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap', alignItems: 'center' }}>
        <FormControl size="small" sx={{ minWidth: 170 }}>
          <InputLabel id="monitor-range-label">{t('monitoring.timeRange')}</InputLabel>
          <Select
            labelId="monitor-range-label"
            label={t('monitoring.timeRange')}
            value={range}
            onChange={(e) => setRange(e.target.value)}
          >
            {(Object.keys(MONITOR_RANGES) as MonitorRange[]).map((r) => (
              <MenuItem key={r} value={r}>
                {t(`monitoring.ranges.${r}`)}
              </MenuItem>
            ))}
          </Select>
        </FormControl>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={statistic}
          onChange={(_, v: MonitorStatistic | null) => v && setStatistic(v)}
          aria-label={t('monitoring.statistic')}
        >
          {MONITOR_STATISTICS.map((s) => (
            <ToggleButton key={s} value={s}>
              {t(`monitoring.statistics.${s}`)}
            </ToggleButton>
          ))}
        </ToggleButtonGroup>
        <Box sx={{ flex: 1 }} />
        <ToggleButtonGroup
          size="small"
          exclusive
          value={view}
          onChange={(_, v: 'chart' | 'table' | null) => v && setView(v)}
          aria-label={t('monitoring.showAs')}
        >
          <ToggleButton value="chart">{t('monitoring.charts')}</ToggleButton>
          <ToggleButton value="table">{t('monitoring.table')}</ToggleButton>
        </ToggleButtonGroup>
      </Stack>
      <QueryView
        query={query}
        what={t('monitoring.what')}
        lines={6}
        errorTitle={t('monitoring.errorTitle')}
      >
        {(answer) => {
          const charts = chartsOf(answer, statistic, range)
          if (charts.length === 0)
            return <Alert severity="info">{t('monitoring.noUtilisation')}</Alert>
          const accelerators = hasAccelerators(charts)
          return (
            <Stack sx={{ gap: 1.5 }}>
              {!accelerators && (
                <Typography variant="body2" sx={{ color: 'text.secondary' }}>
                  {t('monitoring.cpuOnly')}
                </Typography>
              )}
              {view === 'table' ? (
                <MetricTable charts={charts} range={range} />
              ) : (
                <Box
                  sx={{
                    display: 'grid',
                    gap: 1.5,
                    gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' },
                  }}
                >
                  {charts.map((c) => (
                    <MetricChart key={c.metric} chart={c} range={range} />
                  ))}
                </Box>
              )}
            </Stack>
          )
        }}
      </QueryView>
    </Stack>
  )
}
