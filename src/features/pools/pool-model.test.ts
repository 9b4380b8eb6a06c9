import { describe, expect, it } from 'vitest'
import type { Pool } from '@/api/pools'
import {
  canDelete,
  canScale,
  isTransitional,
  nodeCounts,
  poolStatus,
  poolTypes,
  statusLabel,
  statusReason,
} from './pool-model'

const pool = (
  over: {
    phase?: string
    message?: string
    scope?: string[]
    creating?: number
    abnormal?: number
  } = {},
): Pool => ({
  apiVersion: 'v2',
  kind: 'Pool',
  metadata: { name: 'p-1', labels: { 'os.modelarts/name': 'p' } },
  spec: {
    type: 'Dedicate',
    scope: over.scope ?? ['Train'],
    resources: [{ flavor: 'f', count: 3 }],
  },
  status: {
    ...(over.phase ? { phase: over.phase } : {}),
    ...(over.message ? { message: over.message } : {}),
    resources: {
      available: [{ flavor: 'f', count: 3 - (over.creating ?? 0) - (over.abnormal ?? 0) }],
      ...(over.creating ? { creating: [{ flavor: 'f', count: over.creating }] } : {}),
      ...(over.abnormal ? { abnormal: [{ flavor: 'f', count: over.abnormal }] } : {}),
    },
  },
})

describe('pool model', () => {
  it('calls a Running pool with nodes on the way Scaling, and it is transitional', () => {
    const p = pool({ phase: 'Running', creating: 2 })
    expect(poolStatus(p)).toBe('Scaling')
    expect(isTransitional(p)).toBe(true)
    expect(statusReason(p)).toMatch(/2 nodes being added/)
    expect(canScale(p)).toEqual({ allowed: false, reason: expect.stringMatching(/settled/) })
    expect(canDelete(p).allowed).toBe(true)
  })

  it('treats a pool without a phase (just created) as Creating', () => {
    const p = pool()
    expect(poolStatus(p)).toBe('Creating')
    expect(canDelete(p).allowed).toBe(false)
    expect(canScale(p).reason).toBe(
      "Only Running or Abnormal pools can be scaled; this pool's status is Creating.",
    )
  })

  it('shows an unknown phase as it is, with a reason, without failing', () => {
    const p = pool({ phase: 'Hibernating' })
    expect(statusLabel(poolStatus(p))).toBe('Hibernating')
    expect(statusReason(p)).toBe(
      'The service reports the status "Hibernating". Only Running pools can be used.',
    )
    expect(canScale(p).allowed).toBe(false)
  })

  it('puts failure phases into words', () => {
    expect(statusLabel('CreationFailed')).toBe('Creation failed')
    expect(statusLabel('ScalingFailed')).toBe('Scaling failed')
    expect(statusReason(pool({ phase: 'Error', message: 'disk full' }))).toMatch(
      /failed \(disk full\)/,
    )
  })

  it('lets an Abnormal pool be scaled so its abnormal node can be removed', () => {
    const p = pool({ phase: 'Abnormal', abnormal: 1 })
    expect(canScale(p).allowed).toBe(true)
    expect(statusReason(p)).toMatch(/Remove the abnormal node with Scale/)
    expect(nodeCounts(p)).toEqual({ available: 2, abnormal: 1, creating: 0, deleting: 0, total: 3 })
  })

  it('files a pool under every tab its scope serves', () => {
    expect(poolTypes(pool({ scope: ['Notebook'] }))).toEqual(['train'])
    expect(poolTypes(pool({ scope: ['Infer'] }))).toEqual(['infer'])
    expect(poolTypes(pool({ scope: ['Train', 'Infer'] }))).toEqual(['train', 'infer'])
  })
})

describe('pool model with nodes in flight', () => {
  it('keeps refreshing and refuses Scale for an Abnormal pool whose nodes are still changing', () => {
    const p = pool({ phase: 'Abnormal', abnormal: 1, creating: 1 })
    expect(poolStatus(p)).toBe('Abnormal')
    expect(isTransitional(p)).toBe(true)
    expect(canScale(p)).toEqual({ allowed: false, reason: expect.stringMatching(/settled/) })
  })

  it('does not suggest scaling a pool whose scaling failed, since Scale is not allowed then', () => {
    const p = pool({ phase: 'ScalingFailed' })
    expect(canScale(p).allowed).toBe(false)
    expect(statusReason(p)).toMatch(/Delete the pool/)
    expect(statusReason(p)).not.toMatch(/Scale again/)
  })
})
