import { lockBodySchema } from '@/api/nodes'
import type { SimNode, SimState } from '../state'
import { invalid, ok, result, type SimContext, type SimResult, zodMessage } from './answers'
import { nodePhaseAt, nodesOf } from './clock'
import { findPool, notFound } from './pools'

/*
 * Deletion locks (`nodes/batch-lock`, `nodes/batch-unlock`; src/api/nodes.ts has the sources).
 * Each named node gets `success` or `failed`, as the SDK's NodesResultMsg allows: a node that is
 * not in the pool, or is being created or deleted, fails; the others change. A locked node is
 * refused by batch-delete (scaling.ts); the pool itself can still be deleted.
 */

const settled = (node: SimNode, t: number) => {
  const phase = nodePhaseAt(node, t)
  return phase === 'Available' || phase === 'Abnormal'
}

export function changeLocks(
  state: SimState,
  ctx: SimContext,
  id: string,
  raw: unknown,
  lock: boolean,
): SimResult {
  const pool = findPool(state, id)
  if (!pool) return result(state, notFound(id))
  const parsed = lockBodySchema.safeParse(raw)
  if (!parsed.success) return result(state, invalid(zodMessage(parsed.error.issues)))
  const { nodeNames, actions } = parsed.data
  const nodes = new Map(nodesOf(state, id).map((n) => [n.name, n]))
  const changed = new Set(
    nodeNames.filter((name) => {
      const node = nodes.get(name)
      return node !== undefined && settled(node, ctx.now)
    }),
  )
  const next: SimState = {
    ...state,
    nodes: state.nodes.map((n) =>
      n.pool === id && changed.has(n.name)
        ? { ...n, lock: lock ? [...new Set([...(n.lock ?? []), ...actions])] : undefined }
        : n,
    ),
  }
  const names = [...changed]
  const events = names.length
    ? [
        {
          pool: id,
          type: 'Normal' as const,
          reason: lock ? 'NodesLocked' : 'NodesUnlocked',
          message: `Deletion lock ${lock ? 'enabled' : 'disabled'} on ${names.join(', ')}`,
          at: ctx.now,
        },
      ]
    : []
  return result(
    { ...next, events: [...state.events, ...events] },
    ok({
      nodes: nodeNames.map((name) => ({ name, status: changed.has(name) ? 'success' : 'failed' })),
    }),
  )
}
