import { describe, expect, it } from 'vitest'
import type { PoolNode } from '@/api/nodes'
import type { Pool } from '@/api/pools'
import {
  checkScale,
  currentByFlavor,
  type ScaleDraft,
  sortNodesForScale,
  toggleNode,
} from './scale-model'

const CPU = 'modelarts.vm.cpu.4ud'
const GPU = 'modelarts.vm.gpu.t4u8'

const draft = (targets: Record<string, string>, removed: string[] = []): ScaleDraft => ({
  targets,
  removed: new Set(removed),
})

const node = (name: string, phase: string, flavor = CPU): PoolNode => ({
  metadata: { name },
  spec: { flavor },
  status: { phase },
})

describe('currentByFlavor', () => {
  it('counts nodes of every state per flavor, and falls back to the spec before any are reported', () => {
    const pool = {
      apiVersion: 'v2',
      kind: 'Pool',
      metadata: { name: 'p' },
      spec: {
        type: 'Dedicate',
        scope: ['Train'],
        resources: [
          { flavor: CPU, count: 2 },
          { flavor: GPU, count: 1 },
        ],
      },
      status: {
        phase: 'Abnormal',
        resources: {
          available: [{ flavor: CPU, count: 1 }],
          abnormal: [{ flavor: CPU, count: 1 }],
        },
      },
    } satisfies Pool
    expect(currentByFlavor(pool)).toEqual({ [CPU]: 2, [GPU]: 0 })
    expect(currentByFlavor({ ...pool, status: { phase: 'Creating' } })).toEqual({
      [CPU]: 2,
      [GPU]: 1,
    })
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
    toggleNode(d, { name, flavor: CPU }, false, current, flavors)
  const on = (d: ScaleDraft, name: string) =>
    toggleNode(d, { name, flavor: CPU }, true, current, flavors)

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
      nodeFlavor: flavors,
    })
    expect(check.ready).toBe(false)
    expect(check.messages[CPU]?.text).toMatch(/separate steps/)
    expect(check.messages[GPU]?.text).toMatch(/separate steps/)
  })

  it('lets a pool with several flavors drop one flavor entirely as long as a node remains', () => {
    const check = checkScale({
      draft: draft({ [CPU]: '0', [GPU]: '1' }, ['a']),
      current: { [CPU]: 1, [GPU]: 1 },
      nodeFlavor: flavors,
    })
    expect(check.ready).toBe(true)
    expect(check.plan).toEqual({ kind: 'in', removing: 1, nodeNames: ['a'] })
  })

  it('plans a scale-out with every flavor, changed or not', () => {
    const check = checkScale({
      draft: draft({ [CPU]: '1', [GPU]: '4' }),
      current: { [CPU]: 1, [GPU]: 1 },
      nodeFlavor: flavors,
      quotaLeft: 3,
    })
    expect(check.plan).toEqual({ kind: 'out', adding: 3, targets: { [CPU]: 1, [GPU]: 4 } })
    expect(check.ready).toBe(true)
    expect(
      checkScale({
        draft: draft({ [CPU]: '1', [GPU]: '5' }),
        current: { [CPU]: 1, [GPU]: 1 },
        nodeFlavor: flavors,
        quotaLeft: 3,
      }).messages[GPU]?.text,
    ).toMatch(/node quota allows 3 more nodes/)
  })

  it('has nothing to do until something changes', () => {
    const check = checkScale({
      draft: draft({ [CPU]: '2' }),
      current: { [CPU]: 2 },
      nodeFlavor: flavors,
    })
    expect(check.plan).toEqual({ kind: 'none' })
    expect(check.ready).toBe(false)
  })
})
