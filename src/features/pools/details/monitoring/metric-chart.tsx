import { Box, Paper, Typography } from '@mui/material'
import { useTheme } from '@mui/material/styles'
import { LineChart, lineClasses } from '@mui/x-charts/LineChart'
import { useTranslation } from 'react-i18next'
import type { MonitorRange } from '@/api/monitor'
import { type Chart, formatValue, hasData, summarize, timeFormatter } from './monitor-model'

const CHART_HEIGHT = 190

/**
 * One metric over time. Points without data stay gaps (`connectNulls` off), never zeros; the
 * tooltip gives each point's exact value, on hover and (arrow keys once the chart has focus) by
 * keyboard. Screen readers get the summary here and the table view.
 */
export function MetricChart({ chart, range }: { chart: Chart; range: MonitorRange }) {
  const { t } = useTranslation('details')
  const theme = useTheme()
  const { series, title } = chart
  const time = timeFormatter(range)
  const percent = !series.unit || series.unit === 'Percent'
  const summary = summarize(series)
  const id = `metric-${chart.metric}`
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-summary`}
      sx={{ p: 1.5, pb: 0.5, minWidth: 0 }}
    >
      <Typography id={`${id}-title`} variant="h3" sx={{ fontSize: '0.95rem', fontWeight: 600 }}>
        {title}
      </Typography>
      <Typography
        id={`${id}-summary`}
        variant="body2"
        sx={{ color: 'text.secondary', minHeight: '1.5em' }}
      >
        {summary}
      </Typography>
      {hasData(series) ? (
        <Box sx={{ height: CHART_HEIGHT }}>
          <LineChart
            height={CHART_HEIGHT}
            hideLegend
            // @mui/x-charts has no Chinese pack: the texts it can show come from our catalog.
            localeText={{
              loading: t('monitoring.chart.loading'),
              noData: t('monitoring.chart.noData'),
              a11yNoValue: t('monitoring.chart.noValue'),
              a11yConnector: t('monitoring.chart.connector'),
            }}
            skipAnimation
            margin={{ left: 0, right: 28, top: 12, bottom: 0 }}
            xAxis={[
              {
                data: series.points.map((p) => p.t),
                scaleType: 'time',
                valueFormatter: (t: number) => time(t),
                tickNumber: 5,
              },
            ]}
            yAxis={[
              {
                ...(percent ? { min: 0, max: 100 } : { min: 0 }),
                width: 44,
                valueFormatter: (v: number) => (percent ? `${v}%` : formatValue(v, series.unit)),
              },
            ]}
            series={[
              {
                data: series.points.map((p) => p.value),
                label: title,
                color: theme.palette.primary.main,
                connectNulls: false,
                showMark: false,
                area: true,
                valueFormatter: (v: number | null) => formatValue(v, series.unit),
              },
            ]}
            sx={{ [`& .${lineClasses.area}`]: { fillOpacity: 0.14 } }}
          />
        </Box>
      ) : (
        <Box
          aria-hidden
          sx={{
            height: CHART_HEIGHT,
            display: 'grid',
            placeItems: 'center',
            color: 'text.secondary',
          }}
        >
          <Typography variant="body2">{t('monitoring.noDataPeriod')}</Typography>
        </Box>
      )}
    </Paper>
  )
}
