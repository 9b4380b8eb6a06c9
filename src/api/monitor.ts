import { z } from '@/api/zod'
import { projectPath, type Region, request } from './http'

/*
 * Pool monitoring, `GET /v2/{project_id}/pools/{pool_name}/monitor` (ShowPoolMonitor), as the API
 * reference (support.huaweicloud.com/api-modelarts/ShowPoolMonitor.html) and the Go SDK's
 * `services/modelarts/v1/model/model_show_pool_monitor_request.go`,
 * `model_pool_monitor_{metrics,metric,metric_dimensions,data_points,statistics}.go` document it:
 *
 * - query `time_range` = `start.end.durationInMinutes` (ms, `-1` = derived; `-1.-1.60` is the
 *   last hour), `statistics` (maximum (default) | minimum | sum | average | sampleCount) and
 *   `period` in seconds (60 | 300 | 900 | 3600), with durationInMinutes × 60 / period ≤ 1440;
 * - answer `{metrics: [{metric: {dimensions: [{name, value}], metricName, namespace},
 *   dataPoints: [{timestamp (ms), unit (Percent | Megabytes), statistics: [{statistic, value}]}]}]}`
 *   where `value` -1 means "no data for this point" (a gap, never a zero).
 *
 * The SDK types `timestamp` as int32 and `value` as float32; both are read as plain numbers here.
 */

/** The metric names the reference lists; others are kept and ignored. */
export const MONITOR_METRICS = [
  'cpuUsage',
  'memUsedRate',
  'gpuUtil',
  'gpuMemUsage',
  'npuUtil',
  'npuMemUsage',
] as const
export type MonitorMetric = (typeof MONITOR_METRICS)[number]

export const MONITOR_STATISTICS = ['average', 'maximum'] as const
export type MonitorStatistic = (typeof MONITOR_STATISTICS)[number]

/**
 * The ranges the console offers, each with the finest period the service allows for it
 * (durationInMinutes × 60 / period ≤ 1440) that still keeps a chart readable (≤ 168 points).
 */
export const MONITOR_RANGES = {
  '1h': { minutes: 60, period: 60 },
  '6h': { minutes: 360, period: 300 },
  '24h': { minutes: 1440, period: 900 },
  '7d': { minutes: 10_080, period: 3600 },
} as const
export type MonitorRange = keyof typeof MONITOR_RANGES
export const isMonitorRange = (v: unknown): v is MonitorRange =>
  typeof v === 'string' && Object.hasOwn(MONITOR_RANGES, v)

/** Numbers may come as strings from some gateways; anything unreadable (null too) is a gap. */
const valueSchema = z.pipe(
  z.union([z.number(), z.string(), z.null()]),
  z.transform((v) => (typeof v === 'number' ? v : v === null ? Number.NaN : Number(v))),
)

const statisticSchema = z.looseObject({
  statistic: z.optional(z.string()),
  value: z.optional(valueSchema),
})

const dataPointSchema = z.looseObject({
  timestamp: z.number(),
  unit: z.optional(z.string()),
  statistics: z.optional(z.array(statisticSchema)),
})

const metricsSchema = z.looseObject({
  metric: z.looseObject({
    dimensions: z.optional(
      z.array(z.looseObject({ name: z.optional(z.string()), value: z.optional(z.string()) })),
    ),
    metricName: z.string(),
    namespace: z.optional(z.string()),
  }),
  dataPoints: z.optional(z.array(dataPointSchema)),
})

export const poolMonitorSchema = z.looseObject({ metrics: z.optional(z.array(metricsSchema)) })
export type PoolMonitor = z.infer<typeof poolMonitorSchema>

/** One point of a series: `value` is null where the service had no data. */
export interface MonitorPoint {
  t: number
  value: number | null
}
export interface MonitorSeries {
  metric: string
  unit?: string
  points: MonitorPoint[]
}

export const monitorQuery = (range: MonitorRange, statistic: MonitorStatistic) => {
  const { minutes, period } = MONITOR_RANGES[range]
  return { time_range: `-1.-1.${minutes}`, statistics: statistic, period }
}

export const getPoolMonitor = (
  region: Region,
  pool: string,
  range: MonitorRange,
  statistic: MonitorStatistic,
  signal?: AbortSignal,
) =>
  request({
    path: projectPath(region, 'v2', `/pools/${encodeURIComponent(pool)}/monitor`),
    query: monitorQuery(range, statistic),
    schema: poolMonitorSchema,
    signal,
  })

/**
 * The series of one metric, in time order, for the statistic asked (or the point's only one). A
 * metric the answer does not carry is undefined: the pool has no such hardware, or no data yet.
 */
export function seriesOf(
  answer: PoolMonitor,
  metric: string,
  statistic: MonitorStatistic,
): MonitorSeries | undefined {
  const found = answer.metrics?.find((m) => m.metric.metricName === metric)
  if (!found) return undefined
  const points = (found.dataPoints ?? [])
    .map((p): MonitorPoint => {
      const stats = p.statistics ?? []
      const stat =
        stats.find((s) => s.statistic === statistic) ?? (stats.length === 1 ? stats[0] : undefined)
      const v = stat?.value
      // -1 is the documented "no data"; a negative or unreadable value cannot be a utilisation.
      return { t: p.timestamp, value: v === undefined || !Number.isFinite(v) || v < 0 ? null : v }
    })
    .sort((a, b) => a.t - b.t)
  return { metric, unit: found.dataPoints?.find((p) => p.unit)?.unit, points }
}
