import { describe, expect, it } from 'vitest'
import { flavorSchema } from '@/api/flavors'
import { poolSchema } from '@/api/pools'
import { summarizePools } from './pool-overview'
import { visiblePools } from './visible-pools'

const T4 = flavorSchema.parse({
  metadata: { name: 'gpu.t4' },
  spec: { cpu: '8', memory: '32Gi', gpu: { type: 'nvidia-t4', size: '1' } },
})
const flavors = new Map([[T4.metadata.name, T4]])

const pool = (name: string, phase: string, available: number, extra: object = {}) =>
  poolSchema.parse({
    apiVersion: 'v2',
    kind: 'Pool',
    metadata: {
      name,
      labels: { 'os.modelarts/name': name },
      creationTimestamp: '2026-01-01T00:00:00Z',
    },
    spec: { type: 'Dedicate', scope: ['Train'], resources: [{ flavor: 'gpu.t4', count: 2 }] },
    status: { phase, resources: { available: [{ flavor: 'gpu.t4', count: available }] }, ...extra },
  })

describe('the list overview', () => {
  const pools = [pool('a', 'Running', 2), pool('b', 'Abnormal', 1), pool('c', 'Running', 3)]

  it('counts pools by status (working first), nodes, and GPUs by type from the nodes there are', () => {
    const s = summarizePools(pools, flavors)
    expect(s.statuses).toEqual([
      ['Running', 2],
      ['Abnormal', 1],
    ])
    expect(s.nodes).toBe(6)
    expect(s.accelerators).toEqual([['NVIDIA T4', 6]])
  })

  it('counts no GPUs for a pool whose creation failed or that is being deleted without nodes', () => {
    const failed = poolSchema.parse({
      apiVersion: 'v2',
      kind: 'Pool',
      metadata: { name: 'f' },
      spec: { type: 'Dedicate', resources: [{ flavor: 'gpu.t4', count: 4 }] },
      status: { phase: 'CreationFailed' },
    })
    expect(summarizePools([failed], flavors).accelerators).toEqual([])
  })

  it('filters the list to what a figure counts', () => {
    const params = { type: 'train', q: '', sort: 'name', order: 'asc', page: 0, size: 20 } as const
    const names = (status: string, gpu: string) =>
      visiblePools(pools, { ...params, status, gpu }, flavors).map((p) => p.metadata.name)
    expect(names('Abnormal', '')).toEqual(['b'])
    expect(names('', 'NVIDIA T4')).toEqual(['a', 'b', 'c'])
    expect(names('', 'NVIDIA A100')).toEqual([])
    // Without the flavors the accelerator filter cannot be told: every pool rather than none.
    expect(
      visiblePools(pools, { ...params, status: '', gpu: 'NVIDIA A100' }, undefined).map(
        (p) => p.metadata.name,
      ),
    ).toEqual(['a', 'b', 'c'])
    expect(summarizePools(pools, undefined).accelerators).toEqual([])
  })
})
