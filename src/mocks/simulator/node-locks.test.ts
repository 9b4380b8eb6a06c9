// Deletion locks: what a read shows, what a locked node refuses, and per-node results.
import { describe, expect, it } from 'vitest'
import { isLocked, lockAnswerSchema } from '@/api/nodes'
import { errorOf, idOf, P, project, S, T0 } from '../test-project'

const pool = idOf('llm-finetune')
const lockCall = (sim: ReturnType<typeof project>, names: string[], lock = true, at?: number) =>
  sim.send('POST', `/v2/${P}/pools/${pool}/nodes/${lock ? 'batch-lock' : 'batch-unlock'}`, {
    body: { nodeNames: names, actions: ['delete'] },
    at,
  })

describe('node deletion locks (batch-lock, batch-unlock)', () => {
  it('locks a node: the read shows it, batch-delete refuses it, unlocking frees it', () => {
    const sim = project()
    const [a, b] = sim.nodes(pool).items.map((n) => n.metadata.name) as [string, string]
    const answer = lockAnswerSchema.parse(lockCall(sim, [a]).body)
    expect(answer.nodes).toEqual([{ name: a, status: 'success' }])
    const nodes = sim.nodes(pool).items
    expect(nodes.filter(isLocked).map((n) => n.metadata.name)).toEqual([a])
    expect(nodes.find((n) => n.metadata.name === a)?.metadata.annotations).toEqual({
      'os.modelarts.node/lock.action': 'delete',
    })

    expect(errorOf(sim.deleteNodes(pool, [a, b]))).toMatchObject({
      status: 400,
      error_msg: `deleteNodeNames: ${a} is locked against deletion; unlock it first`,
    })
    // Nothing was deleted: the refusal is whole.
    expect(sim.nodes(pool).items.every((n) => n.status.phase === 'Available')).toBe(true)

    expect(lockCall(sim, [a], false).status).toBe(200)
    expect(sim.nodes(pool).items.some(isLocked)).toBe(false)
    expect(sim.deleteNodes(pool, [a]).status).toBe(200)
    expect(sim.events(pool).map((e) => e.reason)).toEqual(
      expect.arrayContaining(['NodesLocked', 'NodesUnlocked']),
    )
  })

  it('answers failed for a node not in the pool or still being created, success for the rest', () => {
    const sim = project()
    const [a] = sim.nodes(pool).items.map((n) => n.metadata.name) as [string]
    sim.scaleTo(pool, 4)
    const creating = sim.nodes(pool).items.find((n) => n.status.phase === 'Creating')!.metadata.name
    const answer = lockAnswerSchema.parse(lockCall(sim, [a, 'os-node-nope', creating]).body)
    expect(answer.nodes).toEqual([
      { name: a, status: 'success' },
      { name: 'os-node-nope', status: 'failed' },
      { name: creating, status: 'failed' },
    ])
  })

  it('refuses a body without actions and an unknown pool', () => {
    const sim = project()
    const noActions = sim.send('POST', `/v2/${P}/pools/${pool}/nodes/batch-lock`, {
      body: { nodeNames: ['x'] },
    })
    expect(errorOf(noActions)).toMatchObject({ status: 400, error_code: 'ModelArts.50004000' })
    const missing = sim.send('POST', `/v2/${P}/pools/${idOf('nope')}/nodes/batch-lock`, {
      body: { nodeNames: ['x'], actions: ['delete'] },
      at: T0 + S,
    })
    expect(errorOf(missing)).toMatchObject({ status: 404, error_code: 'ModelArts.50015001' })
  })

  it('still deletes the pool of a locked node (a lock holds nodes, not the pool)', () => {
    const sim = project()
    const [a] = sim.nodes(pool).items.map((n) => n.metadata.name) as [string]
    lockCall(sim, [a])
    expect(sim.deletePool(pool).status).toBe(200)
  })
})
