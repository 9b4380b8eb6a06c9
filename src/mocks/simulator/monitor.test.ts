// The monitor API: query rules, every metric answered, gaps as -1, and determinism.
import { describe, expect, it } from 'vitest'
import { poolMonitorSchema, seriesOf } from '@/api/monitor'
import { errorOf, idOf, P, project, T0 } from '../test-project'

const monitor = (sim: ReturnType<typeof project>, id: string, query: Record<string, string>) =>
  sim.send('GET', `/v2/${P}/pools/${id}/monitor`, { query })

const lastHour = { time_range: '-1.-1.60', statistics: 'average', period: '60' }

describe('pool monitoring (ShowPoolMonitor)', () => {
  it('answers every metric for a GPU pool with one point per period of the last hour', () => {
    const sim = project()
    const answer = poolMonitorSchema.parse(monitor(sim, idOf('llm-finetune'), lastHour).body)
    expect(answer.metrics?.map((m) => m.metric.metricName)).toEqual([
      'cpuUsage',
      'memUsedRate',
      'gpuUtil',
      'gpuMemUsage',
      'npuUtil',
      'npuMemUsage',
      'diskUsedRate',
    ])
    const gpu = seriesOf(answer, 'gpuUtil', 'average')!
    expect(gpu.points).toHaveLength(60)
    expect(gpu.points.at(-1)?.t).toBe(Math.floor(T0 / 60_000) * 60_000)
    const values = gpu.points.flatMap((p) => (p.value === null ? [] : [p.value]))
    // Busy (it runs workloads), within 0–100 %, and with a short collector gap (3 of every 40).
    expect(values.length).toBeGreaterThan(50)
    expect(values.length).toBeLessThan(60)
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0)
    expect(Math.max(...values)).toBeLessThanOrEqual(100)
    // The pool has no NPUs: those series are all "no data", as the documented example has them.
    expect(seriesOf(answer, 'npuUtil', 'average')?.points.every((p) => p.value === null)).toBe(true)
  })

  it('has no GPU data for a CPU pool, and the maximum is never below the average', () => {
    const sim = project()
    const id = idOf('notebook-sandbox')
    const avg = poolMonitorSchema.parse(monitor(sim, id, lastHour).body)
    const max = poolMonitorSchema.parse(
      monitor(sim, id, { ...lastHour, statistics: 'maximum' }).body,
    )
    expect(seriesOf(avg, 'gpuUtil', 'average')?.points.every((p) => p.value === null)).toBe(true)
    const a = seriesOf(avg, 'cpuUsage', 'average')!.points
    const m = seriesOf(max, 'cpuUsage', 'maximum')!.points
    a.forEach((p, i) => {
      if (p.value !== null) expect(m[i]!.value!).toBeGreaterThanOrEqual(p.value)
    })
  })

  it('answers the same series twice: the curve is a function of the pool and the time', () => {
    const sim = project()
    const id = idOf('llm-finetune')
    expect(monitor(sim, id, lastHour).body).toEqual(monitor(sim, id, lastHour).body)
  })

  it('has no data before the pool was ready', () => {
    const sim = project()
    sim.create({ name: 'fresh-pool' })
    const id = idOf('fresh-pool')
    const answer = poolMonitorSchema.parse(monitor(sim, id, lastHour).body)
    expect(seriesOf(answer, 'cpuUsage', 'average')?.points.every((p) => p.value === null)).toBe(
      true,
    )
  })

  it('refuses more than 1,440 points, an unknown period or statistic, and an unknown pool', () => {
    const sim = project()
    const id = idOf('llm-finetune')
    expect(errorOf(monitor(sim, id, { time_range: '-1.-1.10080', period: '60' }))).toMatchObject({
      status: 400,
      error_code: 'ModelArts.50004000',
      error_msg: expect.stringMatching(/must not exceed 1440/),
    })
    expect(errorOf(monitor(sim, id, { period: '120' })).error_msg).toMatch(/^period:/)
    expect(errorOf(monitor(sim, id, { statistics: 'median' })).error_msg).toMatch(/^statistics:/)
    expect(errorOf(monitor(sim, id, { time_range: 'last-hour' })).error_msg).toMatch(/^time_range:/)
    expect(errorOf(monitor(sim, idOf('no-such-pool'), lastHour))).toMatchObject({
      status: 404,
      error_code: 'ModelArts.50015001',
    })
  })
})
