import type { SimPool, SimState } from '../state'
import { invalid, ok, type SimAnswer, type SimContext } from './answers'
import { nodePhaseAt, nodesOf } from './clock'
import { findPool, notFound } from './pools'

/*
 * ShowPoolMonitor (src/api/monitor.ts has the documented shapes). The series are made up but
 * plausible and deterministic: a pure function of the pool, its nodes and workloads, and the
 * time, so every reload and every tab sees the same curve. A point is -1 ("no data") before the
 * pool was ready, once it is deleting, and during a short collector outage every ~40 periods,
 * so the console's gaps are exercised. Like the documented example (OTC
 * `monitoring_a_resource_pool.rst`: a CPU pool whose GPU and NPU series are all -1, NPU with an
 * empty unit), every metric is answered, and hardware the pool lacks is -1 throughout.
 */

const STATISTICS = ['maximum', 'minimum', 'sum', 'average', 'sampleCount']
const PERIODS = [60, 300, 900, 3600]

/** A number in [0, 1) from a string: stable noise for a pool and a time. */
function noise(key: string): number {
  let h = 2166136261
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619)
  return ((h >>> 0) % 10_000) / 10_000
}

interface Parsed {
  start: number
  end: number
  period: number
  statistic: string
}

function parseQuery(query: URLSearchParams, now: number): Parsed | string {
  const range = query.get('time_range') ?? '-1.-1.60'
  const parts = range.split('.')
  const [s, e, d] = parts.map(Number)
  if (parts.length !== 3 || [s, e, d].some((x) => x === undefined || !Number.isInteger(x)))
    return 'time_range: expected startTimeInMillis.endTimeInMillis.durationInMinutes'
  const minutes = d!
  if (minutes <= 0) return 'time_range: durationInMinutes must be greater than 0'
  const period = Number(query.get('period') ?? '60')
  if (!PERIODS.includes(period)) return `period: must be one of ${PERIODS.join(', ')}`
  if ((minutes * 60) / period > 1440)
    return `time_range: durationInMinutes * 60 / period must not exceed 1440 (${(minutes * 60) / period} points asked)`
  const statistic = query.get('statistics') ?? 'maximum'
  if (!STATISTICS.includes(statistic)) return `statistics: must be one of ${STATISTICS.join(', ')}`
  let end = e === -1 ? (s === -1 ? now : s! + minutes * 60_000) : e!
  end = Math.min(end, now)
  const start = s === -1 ? end - minutes * 60_000 : s!
  if (start >= end) return 'time_range: the start must be before the end'
  return { start, end, period, statistic }
}

/** The hardware a pool's flavors have. */
function hardwareOf(state: SimState, pool: SimPool) {
  const flavors = pool.resources.map((r) => state.flavors.find((f) => f.metadata.name === r.flavor))
  return { gpu: flavors.some((f) => f?.spec.gpu), npu: flavors.some((f) => f?.spec.npu) }
}

type Metric = keyof typeof LOAD

/**
 * Every metric the reference names, in its order, with its unit (NPU's empty, as in the example),
 * how hard it works when the pool is busy (the mean), idle, and how much it swings.
 */
const LOAD = {
  cpuUsage: { unit: 'Percent', busy: 48, idle: 6, swing: 18 },
  memUsedRate: { unit: 'Percent', busy: 62, idle: 14, swing: 8 },
  gpuUtil: { unit: 'Percent', busy: 71, idle: 1, swing: 22 },
  gpuMemUsage: { unit: 'Percent', busy: 58, idle: 2, swing: 10 },
  npuUtil: { unit: '', busy: 66, idle: 1, swing: 20 },
  npuMemUsage: { unit: '', busy: 52, idle: 2, swing: 9 },
  diskUsedRate: { unit: 'Percent', busy: 31, idle: 24, swing: 2 },
} as const

/** What every point of one answer shares, worked out once per request. */
interface Context {
  pool: SimPool
  hardware: { gpu: boolean; npu: boolean }
  busy: boolean
  period: number
  statistic: string
}

function valueAt(
  { pool, hardware, busy, period, statistic }: Context,
  metric: Metric,
  t: number,
  up: number,
): number {
  if (t < pool.readyAt || (pool.deletedAt !== undefined && t >= pool.deletedAt)) return -1
  if ((metric.startsWith('gpu') && !hardware.gpu) || (metric.startsWith('npu') && !hardware.npu))
    return -1
  const slot = Math.floor(t / (period * 1000))
  // A short outage of the collector: three points out of every forty, placed per pool.
  const phase = Math.floor(noise(pool.id) * 40)
  if ((slot + phase) % 40 < 3) return -1
  if (up === 0) return -1
  const { busy: high, idle, swing } = LOAD[metric]
  const base = busy ? high : idle
  const wave = Math.sin((slot / 24) * Math.PI * 2 + noise(pool.id + metric) * 6)
  const jitter = noise(`${pool.id}:${metric}:${slot}`) - 0.5
  const average = base + (busy ? swing : swing / 6) * (0.7 * wave + 0.6 * jitter)
  const value =
    statistic === 'maximum'
      ? average + 6 + 10 * noise(`${pool.id}:${metric}:${slot}:max`)
      : statistic === 'minimum'
        ? average - 6 - 8 * noise(`${pool.id}:${metric}:${slot}:min`)
        : statistic === 'sampleCount'
          ? period / 15
          : statistic === 'sum'
            ? average * (period / 15)
            : average
  const bounded = statistic === 'sum' || statistic === 'sampleCount' ? value : Math.min(100, value)
  return Math.round(Math.max(0, bounded) * 100) / 100
}

export function getMonitor(
  state: SimState,
  ctx: SimContext,
  id: string,
  query: URLSearchParams,
): SimAnswer {
  const pool = findPool(state, id)
  if (!pool) return notFound(id)
  const parsed = parseQuery(query, ctx.now)
  if (typeof parsed === 'string') return invalid(parsed)
  const { start, end, period, statistic } = parsed
  const step = period * 1000
  const times: number[] = []
  for (let t = Math.floor(end / step) * step; t > start; t -= step) times.unshift(t)
  const nodes = nodesOf(state, pool.id)
  // Nodes up at each point, once for all metrics.
  const up = times.map((t) => nodes.filter((n) => nodePhaseAt(n, t) === 'Available').length)
  const context: Context = {
    pool,
    hardware: hardwareOf(state, pool),
    busy: (state.workloads[pool.id]?.length ?? 0) > 0,
    period,
    statistic,
  }
  return ok({
    metrics: (Object.keys(LOAD) as Metric[]).map((metricName) => ({
      metric: {
        dimensions: [{ name: 'clusterId', value: `cluster-${pool.id.slice(0, 8)}` }],
        metricName,
        namespace: 'PAAS.AGGR',
      },
      dataPoints: times.map((timestamp, i) => ({
        timestamp,
        unit: LOAD[metricName].unit,
        statistics: [{ statistic, value: valueAt(context, metricName, timestamp, up[i] ?? 0) }],
      })),
    })),
  })
}
