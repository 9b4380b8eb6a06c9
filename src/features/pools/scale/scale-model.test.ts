import { describe, expect, it } from 'vitest'
import type { PoolNode } from '@/api/nodes'
import { entryKey } from '@/api/pool-entries'
import type { Pool } from '@/api/pools'
import {
  checkScale,
  currentByEntry,
  type ScaleDraft,
  sortNodesForScale,
  toggleNode,
} from './scale-model'

const CPU_FLAVOR = 'modelarts.vm.cpu.4ud'
const GPU_FLAVOR = 'modelarts.vm.gpu.t4u8'
/** Entry keys: one flavor in its default node pool. */
const CPU = entryKey({ flavor: CPU_FLAVOR })
const GPU = entryKey({ flavor: GPU_FLAVOR })

const draft = (targets: Record<string, string>, removed: string[] = []): ScaleDraft => ({
  targets,
  removed: new Set(removed),
})

const node = (name: string, phase: string, flavor = CPU_FLAVOR): PoolNode => ({
  metadata: { name },
  spec: { flavor },
  status: { phase },
})

const basePool = {
  apiVersion: 'v2',
  kind: 'Pool',
  metadata: { name: 'p' },
  spec: {
    type: 'Dedicate',
    scope: ['Train'],
    resources: [
      { flavor: CPU_FLAVOR, count: 2 },
      { flavor: GPU_FLAVOR, count: 1 },
    ],
  },
  status: {
    phase: 'Abnormal',
    resources: {
      available: [{ flavor: CPU_FLAVOR, count: 1 }],
      abnormal: [{ flavor: CPU_FLAVOR, count: 1 }],
    },
  },
} satisfies Pool

describe('currentByEntry', () => {
  it('counts nodes of every state per entry, and falls back to the spec before any are reported', () => {
    expect(currentByEntry(basePool)).toEqual({ [CPU]: 2, [GPU]: 0 })
    expect(currentByEntry({ ...basePool, status: { phase: 'Creating' } })).toEqual({
      [CPU]: 2,
      [GPU]: 1,
    })
  })

  it('tells two node pools of one flavor apart by the node pool each count names', () => {
    const pool: Pool = {
      ...basePool,
      spec: {
        ...basePool.spec,
        resources: [
          { flavor: CPU_FLAVOR, count: 4, nodePool: 'main' },
          { flavor: CPU_FLAVOR, count: 1, nodePool: 'burst' },
        ],
      },
      status: {
        phase: 'Running',
        resources: {
          available: [
            { flavor: CPU_FLAVOR, nodePool: 'main', count: 3 },
            { flavor: CPU_FLAVOR, nodePool: 'burst', count: 1 },
          ],
          creating: [{ flavor: CPU_FLAVOR, nodePool: 'main', count: 1 }],
        },
      },
    }
    const main = entryKey({ flavor: CPU_FLAVOR, nodePool: 'main' })
    const burst = entryKey({ flavor: CPU_FLAVOR, nodePool: 'burst' })
    expect(currentByEntry(pool)).toEqual({ [main]: 4, [burst]: 1 })
    // Counts that name no node pool cannot be split: each entry keeps its own count.
    const vague: Pool = {
      ...pool,
      status: { phase: 'Running', resources: { available: [{ flavor: CPU_FLAVOR, count: 5 }] } },
    }
    expect(currentByEntry(vague)).toEqual({ [main]: 4, [burst]: 1 })
  })
})

describe('sortNodesForScale', () => {
  it('puts abnormal nodes first and keeps the service order otherwise', () => {
    const sorted = sortNodesForScale([
      node('a', 'Available'),
      node('b', 'Abnormal'),
      node('c', 'Available'),
    ])
    expect(sorted.map((n) => n.metadata.name)).toEqual(['b', 'a', 'c'])
  })
})

describe('toggleNode', () => {
  const current = { [CPU]: 3 }
  const flavors = new Map([
    ['a', CPU],
    ['b', CPU],
    ['c', CPU],
  ])
  const off = (d: ScaleDraft, name: string) =>
    toggleNode(d, { name, entry: CPU }, false, current, flavors)
  const on = (d: ScaleDraft, name: string) =>
    toggleNode(d, { name, entry: CPU }, true, current, flavors)

  it('lowers the target with each switch turned off and raises it when turned back on', () => {
    const one = off(draft({ [CPU]: '3' }), 'a')
    expect(one.targets[CPU]).toBe('2')
    const two = off(one, 'b')
    expect(two.targets[CPU]).toBe('1')
    expect(on(two, 'a').targets[CPU]).toBe('2')
  })

  it('fills the slots of a target the user lowered instead of lowering it again', () => {
    const one = off(draft({ [CPU]: '1' }), 'a')
    expect(one.targets[CPU]).toBe('1')
    const two = off(one, 'b')
    expect(two.targets[CPU]).toBe('1')
    expect([...two.removed]).toEqual(['a', 'b'])
    // Freeing a slot again leaves the typed target alone.
    expect(on(one, 'a').targets[CPU]).toBe('1')
  })

  it('restarts from the switches when the typed target is unreadable', () => {
    expect(off(draft({ [CPU]: '' }, ['a']), 'b').targets[CPU]).toBe('1')
  })

  it('ignores a switch that is already where it is asked to be', () => {
    const d = draft({ [CPU]: '3' })
    expect(on(d, 'a')).toBe(d)
  })
})

describe('checkScale', () => {
  const flavors = new Map([
    ['a', CPU],
    ['g', GPU],
  ])

  it('refuses to add one flavor and remove another in one request', () => {
    const check = checkScale({
      draft: draft({ [CPU]: '0', [GPU]: '3' }, ['a']),
      current: { [CPU]: 1, [GPU]: 1 },
      nodeEntry: flavors,
    })
    expect(check.ready).toBe(false)
    expect(check.messages[CPU]?.text).toMatch(/separate steps/)
    expect(check.messages[GPU]?.text).toMatch(/separate steps/)
  })

  it('lets a pool with several flavors drop one flavor entirely as long as a node remains', () => {
    const check = checkScale({
      draft: draft({ [CPU]: '0', [GPU]: '1' }, ['a']),
      current: { [CPU]: 1, [GPU]: 1 },
      nodeEntry: flavors,
    })
    expect(check.ready).toBe(true)
    expect(check.plan).toEqual({ kind: 'in', removing: 1, nodeNames: ['a'] })
  })

  it('plans a scale-out of the entries the user changed, and of no other', () => {
    const check = checkScale({
      draft: draft({ [CPU]: '1', [GPU]: '4' }),
      current: { [CPU]: 1, [GPU]: 1 },
      nodeEntry: flavors,
      quotaLeft: 3,
    })
    expect(check.plan).toEqual({ kind: 'out', adding: 3, targets: { [GPU]: 4 } })
    expect(check.ready).toBe(true)
    expect(
      checkScale({
        draft: draft({ [CPU]: '1', [GPU]: '5' }),
        current: { [CPU]: 1, [GPU]: 1 },
        nodeEntry: flavors,
        quotaLeft: 3,
      }).messages[GPU]?.text,
    ).toMatch(/node quota allows 3 more nodes/)
  })

  it('says how added nodes spread over the AZs of an entry pinned to several', () => {
    const check = checkScale({
      draft: draft({ [CPU]: '6' }),
      current: { [CPU]: 4 },
      nodeEntry: flavors,
      spread: (_entry, count) => (count === 6 ? 'cn-north-4a: 3, cn-north-4b: 3' : undefined),
    })
    expect(check.messages[CPU]?.text).toBe('Adds 2 nodes: 4 → 6 (cn-north-4a: 3, cn-north-4b: 3).')
  })

  it('has nothing to do until something changes', () => {
    const check = checkScale({
      draft: draft({ [CPU]: '2' }),
      current: { [CPU]: 2 },
      nodeEntry: flavors,
    })
    expect(check.plan).toEqual({ kind: 'none' })
    expect(check.ready).toBe(false)
  })
})

describe('checkScale with locked nodes', () => {
  const nodeEntry = new Map([
    ['a', CPU],
    ['b', CPU],
    ['c', CPU],
  ])
  const current = { [CPU]: 3 }

  it('refuses a switched-off node that was locked meanwhile, naming it', () => {
    const check = checkScale({
      draft: draft({ [CPU]: '2' }, ['a']),
      current,
      nodeEntry,
      locked: new Set(['a']),
    })
    expect(check.ready).toBe(false)
    expect(check.messages[CPU]).toEqual({
      tone: 'error',
      text: 'a is locked against deletion. Switch it back on, or unlock it on the Nodes tab first.',
    })
  })

  it('says how low the target can go when locked nodes must stay', () => {
    const check = checkScale({
      draft: draft({ [CPU]: '1' }, ['c']),
      current,
      nodeEntry,
      locked: new Set(['a', 'b']),
    })
    expect(check.ready).toBe(false)
    expect(check.messages[CPU]?.text).toBe(
      'At most 1 of these 3 nodes can be removed: 2 nodes are locked against deletion. Raise the target to 2, or unlock nodes on the Nodes tab.',
    )
    // Within what the locks allow, the plan goes through.
    expect(
      checkScale({
        draft: draft({ [CPU]: '2' }, ['c']),
        current,
        nodeEntry,
        locked: new Set(['a', 'b']),
      }).plan,
    ).toEqual({ kind: 'in', removing: 1, nodeNames: ['c'] })
  })
})
