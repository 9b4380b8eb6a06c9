import type { MonitorPoint, MonitorRange, MonitorSeries, PoolMonitor } from '@/api/monitor'
import { MONITOR_RANGES, seriesOf, type MonitorStatistic } from '@/api/monitor'
import { activeLanguage, i18n } from '@/i18n'

/**
 * The metrics the Monitoring tab charts, in order; accelerator charts only where the pool has
 * them. Each one's title is `details:monitoring.metrics.<metric>`.
 */
export const CHARTS = [
  'cpuUsage',
  'memUsedRate',
  'gpuUtil',
  'gpuMemUsage',
  'npuUtil',
  'npuMemUsage',
] as const

export interface Chart {
  metric: string
  title: string
  series: MonitorSeries
}

const ACCELERATOR = /^(gpu|npu)/

/**
 * The charts to draw. CPU and memory always; GPU and NPU only when the answer has a value for
 * them: the service answers every metric, with -1 throughout for hardware the pool lacks (the
 * documented example is a CPU pool with all-(-1) gpu and npu series).
 */
export function chartsOf(
  answer: PoolMonitor,
  statistic: MonitorStatistic,
  range: MonitorRange,
): Chart[] {
  const step = MONITOR_RANGES[range].period * 1000
  return CHARTS.flatMap((metric) => {
    const series = seriesOf(answer, metric, statistic)
    if (!series || (ACCELERATOR.test(metric) && !hasData(series))) return []
    // Titled when the charts are worked out (each render), so in the active language.
    const title = i18n.t(`details:monitoring.metrics.${metric}`)
    return [{ metric, title, series: { ...series, points: onGrid(series.points, step) } }]
  })
}

/**
 * The points one period apart, a missing period filled in as "no data": a timestamp the service
 * leaves out is a gap as much as a -1 is, and a line must not be drawn across it.
 */
export function onGrid(points: readonly MonitorPoint[], step: number): MonitorPoint[] {
  const first = points[0]
  const last = points.at(-1)
  if (!first || !last || step <= 0) return [...points]
  const byTime = new Map(points.map((p) => [p.t, p.value]))
  // Off-grid timestamps (another period than asked) are kept as they came.
  if (points.some((p) => (p.t - first.t) % step !== 0)) return [...points]
  const out: MonitorPoint[] = []
  for (let t = first.t; t <= last.t; t += step) out.push({ t, value: byTime.get(t) ?? null })
  return out
}

export const hasAccelerators = (charts: readonly Chart[]) =>
  charts.some((c) => ACCELERATOR.test(c.metric))

/** A value as the unit the service reported it in; Percent and Megabytes are documented. */
export function formatValue(value: number | null, unit: string | undefined): string {
  if (value === null) return i18n.t('details:monitoring.noData')
  if (unit === 'Megabytes')
    return value >= 1024 ? `${(value / 1024).toFixed(1)} GiB` : `${Math.round(value)} MiB`
  if (unit === 'Percent' || !unit) return `${value.toFixed(1)} %`
  return `${value} ${unit}`
}

/** Time ticks and rows: hours and minutes within a day, the date too for a week. */
export function timeFormatter(range: MonitorRange): (t: number) => string {
  // English keeps the console's en-GB dates (24-hour clock), as formatDateTime does.
  const language = activeLanguage()
  const format = new Intl.DateTimeFormat(
    language === 'en' ? 'en-GB' : language,
    range === '7d'
      ? { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }
      : { hour: '2-digit', minute: '2-digit' },
  )
  return (t) => format.format(t)
}

export const hasData = (series: MonitorSeries) => series.points.some((p) => p.value !== null)

const known = (points: readonly MonitorPoint[]) =>
  points.filter((p): p is { t: number; value: number } => p.value !== null)

/** The sentence beside a chart (and its text alternative): latest, peak and missing points. */
export function summarize(series: MonitorSeries): string {
  const values = known(series.points)
  const latest = values.at(-1)
  if (!latest) return i18n.t('details:monitoring.summary.none')
  const peak = values.reduce((a, b) => (b.value > a.value ? b : a))
  const missing = series.points.length - values.length
  const total = series.points.length
  return [
    i18n.t('details:monitoring.summary.latest', { value: formatValue(latest.value, series.unit) }),
    i18n.t('details:monitoring.summary.peak', { value: formatValue(peak.value, series.unit) }),
    missing > 0 ? i18n.t('details:monitoring.summary.missing', { missing, total }) : undefined,
  ]
    .filter(Boolean)
    .join(i18n.t('details:monitoring.summary.separator'))
}
