// The monitor and lock shapes against the bodies the public sources document (SOURCES.md).
import { describe, expect, it } from 'vitest'
import { chartsOf, onGrid, summarize } from '@/features/pools/details/monitoring/monitor-model'
import lockRequest from '@/test/fixtures/public/batch-lock-nodes.request.json'
import lockResponse from '@/test/fixtures/public/batch-lock-nodes.response.200.json'
import lockResponseOtc from '@/test/fixtures/public/batch-lock-nodes.response.200.otc.json'
import monitorResponse from '@/test/fixtures/public/pool-monitor.response.200.json'
import { monitorQuery, MONITOR_RANGES, poolMonitorSchema, seriesOf } from './monitor'
import { buildLockBody, isLocked, lockAnswerSchema, lockOutcome, nodeSchema } from './nodes'

describe('ShowPoolMonitor as documented', () => {
  const answer = poolMonitorSchema.parse(monitorResponse)

  it('reads the documented answer, -1 as no data rather than a value', () => {
    expect(seriesOf(answer, 'cpuUsage', 'average')).toEqual({
      metric: 'cpuUsage',
      unit: 'Percent',
      points: [
        { t: 1655193600000, value: 7.944 },
        { t: 1655197200000, value: 7.88 },
      ],
    })
    expect(seriesOf(answer, 'gpuUtil', 'average')?.points.map((p) => p.value)).toEqual([null, null])
    // A point that carries only another statistic is still read: the service answers what it has.
    expect(seriesOf(answer, 'memUsedRate', 'maximum')?.points[0]?.value).toBe(13.83)
  })

  it('charts CPU and memory of the documented CPU pool, and no all-gap accelerator charts', () => {
    const charts = chartsOf(answer, 'average', '7d')
    expect(charts.map((c) => c.title)).toEqual(['CPU usage', 'Memory usage'])
    expect(summarize(charts[0]!.series)).toBe('Latest 7.9 % · peak 7.9 %')
  })

  it('shows a period the answer leaves out, or a null value, as no data', () => {
    const sparse = poolMonitorSchema.parse({
      metrics: [
        {
          metric: { metricName: 'cpuUsage' },
          dataPoints: [
            { timestamp: 0, statistics: [{ statistic: 'average', value: 10 }] },
            { timestamp: 120_000, statistics: [{ statistic: 'average', value: null }] },
            { timestamp: 180_000, statistics: [{ statistic: 'average', value: '30' }] },
          ],
        },
      ],
    })
    const points = onGrid(seriesOf(sparse, 'cpuUsage', 'average')!.points, 60_000)
    expect(points).toEqual([
      { t: 0, value: 10 },
      { t: 60_000, value: null },
      { t: 120_000, value: null },
      { t: 180_000, value: 30 },
    ])
  })

  it('asks within the service limit of 1,440 points for every range it offers', () => {
    for (const [range, { minutes, period }] of Object.entries(MONITOR_RANGES)) {
      expect((minutes * 60) / period).toBeLessThanOrEqual(1440)
      expect(monitorQuery(range as keyof typeof MONITOR_RANGES, 'maximum')).toEqual({
        time_range: `-1.-1.${minutes}`,
        statistics: 'maximum',
        period,
      })
    }
  })
})

describe('batch-lock and batch-unlock as documented', () => {
  it('sends the documented body', () => {
    expect(buildLockBody(['os-node-created-xzz78'])).toEqual(lockRequest)
  })

  it('reads both documented answers, with and without a status per node', () => {
    const names = ['os-node-created-xzz78', 'os-node-other']
    // The current form: a status per node; a node it does not name was not changed.
    expect(lockOutcome(lockAnswerSchema.parse(lockResponse), names)).toEqual({
      done: ['os-node-created-xzz78'],
      failed: ['os-node-other'],
    })
    // The older form lists only the nodes it changed.
    expect(lockOutcome(lockAnswerSchema.parse(lockResponseOtc), names)).toEqual({
      done: ['os-node-created-xzz78'],
      failed: ['os-node-other'],
    })
    const mixed = {
      nodes: [
        { name: 'a', status: 'success' },
        { name: 'b', status: 'failed' },
        { name: 'c', status: 'Error' },
      ],
    }
    expect(lockOutcome(lockAnswerSchema.parse(mixed), ['a', 'b', 'c'])).toEqual({
      done: ['a'],
      failed: ['b', 'c'],
    })
    // The reference's table calls the entries strings; such an answer is read too.
    expect(lockOutcome(lockAnswerSchema.parse({ nodes: ['a'] }), ['a'])).toEqual({
      done: ['a'],
      failed: [],
    })
  })

  it('reads a lock from the node annotation, and a node without one as unlocked', () => {
    const node = (annotations?: Record<string, string>) =>
      nodeSchema.parse({
        metadata: { name: 'n', ...(annotations ? { annotations } : {}) },
        spec: { flavor: 'f' },
        status: { phase: 'Available' },
      })
    expect(isLocked(node({ 'os.modelarts.node/lock.action': 'delete' }))).toBe(true)
    expect(isLocked(node({ 'os.modelarts.node/lock.action': '' }))).toBe(false)
    expect(isLocked(node())).toBe(false)
  })
})
