import { describe, expect, it } from 'vitest'
import {
  buildScaleOutPatch,
  defaultNodePool,
  entryKey,
  nodeEntryKey,
  spreadOverAzs,
} from './pool-entries'
import type { Pool } from './pools'
import { findQuota } from './quotas'

const T4 = 'modelarts.vm.gpu.t4u8'

describe('resource entries', () => {
  it('tells entries apart by flavor, node pool and creating step; no node pool is the default one', () => {
    expect(entryKey({ flavor: T4 })).toBe(entryKey({ flavor: T4, nodePool: defaultNodePool(T4) }))
    expect(entryKey({ flavor: T4, nodePool: 'a' })).not.toBe(
      entryKey({ flavor: T4, nodePool: 'b' }),
    )
    expect(entryKey({ flavor: T4, creatingStep: { type: 'hyperinstance', step: 8 } })).not.toBe(
      entryKey({ flavor: T4 }),
    )
  })

  it('places a node in its entry by the node pool label, or by flavor when there is one entry', () => {
    const pool = {
      spec: {
        resources: [
          { flavor: T4, count: 2, nodePool: 'main' },
          { flavor: T4, count: 1, nodePool: 'burst' },
          { flavor: 'cpu', count: 1 },
        ],
      },
    } as Pick<Pool, 'spec'>
    const node = (flavor: string, labels?: Record<string, string>) => ({
      spec: { flavor },
      metadata: { labels },
    })
    expect(nodeEntryKey(pool, node(T4, { 'os.modelarts.node/nodepoolname': 'burst' }))).toBe(
      entryKey({ flavor: T4, nodePool: 'burst' }),
    )
    expect(nodeEntryKey(pool, node('cpu'))).toBe(entryKey({ flavor: 'cpu' }))
    // Two node pools of the flavor and no label: the console cannot tell, so it does not guess.
    expect(nodeEntryKey(pool, node(T4))).toBeUndefined()
  })

  it('spreads a new count over AZs so their counts add up, evenly from where they were', () => {
    const azs = [
      { az: 'a', count: 2 },
      { az: 'b', count: 1 },
    ]
    expect(spreadOverAzs(azs, 6)).toEqual([
      { az: 'a', count: 3 },
      { az: 'b', count: 3 },
    ])
    expect(spreadOverAzs(azs, 2)).toEqual([
      { az: 'a', count: 1 },
      { az: 'b', count: 1 },
    ])
    expect(spreadOverAzs(azs, 3)).toEqual(azs)
    expect(azs).toEqual([
      { az: 'a', count: 2 },
      { az: 'b', count: 1 },
    ])
  })
})

describe('the scale-out patch', () => {
  it('changes only the entry scaled, sending every other back exactly as the service has it', () => {
    const pool = {
      spec: {
        resources: [
          // Counts that do not add up, as a service may report them mid-change: left alone.
          { flavor: T4, count: 3, maxCount: 2, azs: [{ az: 'a', count: 2 }], nodePool: 'odd' },
          {
            flavor: T4,
            count: 2,
            nodePool: 'main',
            azs: [
              { az: 'a', count: 1 },
              { az: 'b', count: 1 },
            ],
          },
        ],
      },
    } as Pick<Pool, 'spec'>
    const [odd, main] = pool.spec.resources
    const patch = buildScaleOutPatch(pool, { [entryKey(main!)]: 5 })
    expect(patch.spec.resources[0]).toBe(odd)
    expect(patch.spec.resources[1]).toEqual({
      flavor: T4,
      count: 5,
      nodePool: 'main',
      azs: [
        { az: 'a', count: 3 },
        { az: 'b', count: 2 },
      ],
    })
  })
})

describe('quotas', () => {
  const quotas = [
    { type: 'pool', quota: 15, used: 4 },
    { type: 'network', quota: -1, used: 2 },
  ]
  it('finds a quota with what is left, and makes up none the service does not report', () => {
    expect(findQuota(quotas, 'pool')).toEqual({ type: 'pool', quota: 15, used: 4, left: 11 })
    expect(findQuota(quotas, 'node')).toBeUndefined()
    // -1 is "unlimited" in Huawei Cloud's quota APIs.
    expect(findQuota(quotas, 'network')).toBeUndefined()
  })
})
