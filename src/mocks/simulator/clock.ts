import type { NodePhase } from '@/api/nodes'
import type { PoolPhase } from '@/api/pools'
import type { SimEvent, SimNetwork, SimNode, SimPool, SimState } from '../state'

/**
 * Time in the simulated project: every phase is a pure function of stored timestamps and the
 * current time, and `advance` turns the transitions due since the last request into events.
 */

export function nodePhaseAt(node: SimNode, t: number): NodePhase | 'Gone' {
  if (node.goneAt !== undefined && t >= node.goneAt) return 'Gone'
  if (node.deletedAt !== undefined && t >= node.deletedAt) return 'Deleting'
  if (t < node.readyAt) return 'Creating'
  if (node.abnormal) return 'Abnormal'
  return 'Available'
}

const nodeIndex = new WeakMap<SimNode[], Map<string, SimNode[]>>()

/**
 * The nodes of one pool. States are never mutated, so an index built once per `nodes` array stays
 * right, and a list of 2,000 pools costs one pass over the nodes instead of one per pool.
 */
export function nodesOf(state: SimState, poolId: string): SimNode[] {
  let index = nodeIndex.get(state.nodes)
  if (!index) {
    index = new Map()
    for (const n of state.nodes) {
      const list = index.get(n.pool)
      if (list) list.push(n)
      else index.set(n.pool, [n])
    }
    nodeIndex.set(state.nodes, index)
  }
  return index.get(poolId) ?? []
}

export function poolPhaseAt(state: SimState, pool: SimPool, t: number): PoolPhase | 'Gone' {
  if (pool.goneAt !== undefined && t >= pool.goneAt) return 'Gone'
  if (pool.deletedAt !== undefined && t >= pool.deletedAt) return 'Deleting'
  if (pool.failedAt !== undefined && t >= pool.failedAt) return 'CreationFailed'
  if (t < pool.readyAt) return 'Creating'
  const abnormal = nodesOf(state, pool.id).some((n) => nodePhaseAt(n, t) === 'Abnormal')
  return abnormal ? 'Abnormal' : 'Running'
}

export function networkPhaseAt(network: SimNetwork, t: number): 'Creating' | 'Active' | 'Gone' {
  if (network.goneAt !== undefined && t >= network.goneAt) return 'Gone'
  return t < network.readyAt ? 'Creating' : 'Active'
}

export type Counts = { available: number; abnormal: number; creating: number; deleting: number }

export function countsAt(nodes: readonly SimNode[], t: number): Counts {
  const c: Counts = { available: 0, abnormal: 0, creating: 0, deleting: 0 }
  for (const n of nodes) {
    const p = nodePhaseAt(n, t)
    if (p === 'Available') c.available++
    else if (p === 'Abnormal') c.abnormal++
    else if (p === 'Creating') c.creating++
    else if (p === 'Deleting') c.deleting++
  }
  return c
}

const countsText = (c: Counts) => `${c.available}/${c.abnormal}/${c.creating}/${c.deleting}`
const sameCounts = (a: Counts, b: Counts) => countsText(a) === countsText(b)

/** The service's own wording (OTC event_management/obtaining_the_event_list.rst). */
export const statusEvent = (
  pool: string,
  from: string,
  to: string,
  at: number,
  details = '',
): SimEvent => ({
  pool,
  type: ['Abnormal', 'Error', 'CreationFailed', 'ScalingFailed'].includes(to)
    ? 'Warning'
    : 'Normal',
  reason: 'PoolStatusChange',
  message: `Pool status changed, from ${from} to ${to}, details: ${details}.`,
  at,
})

export const countsEvent = (pool: string, from: Counts, to: Counts, at: number): SimEvent => ({
  pool,
  type: 'Normal',
  reason: 'PoolResourcesStatusChange',
  message: `Pool resources status changed, available/abnormal/creating/deleting count from ${countsText(from)} to ${countsText(to)}, timestamp: ${Math.floor(at / 1000)}.`,
  at,
})

/**
 * Turns every transition due between the last clock and `now` into events (stamped at the moment
 * it happened), and drops pools, nodes and networks whose deletion (or retention) has ended.
 */
export function advance(state: SimState, now: number): SimState {
  if (now <= state.clock) return state
  const from = state.clock
  const due = (t: number | undefined): t is number => t !== undefined && t > from && t <= now
  const events: SimEvent[] = []

  for (const pool of state.pools) {
    const nodes = nodesOf(state, pool.id)
    const times = new Set<number>()
    for (const t of [pool.readyAt, pool.failedAt, pool.goneAt]) if (due(t)) times.add(t)
    for (const n of nodes) for (const t of [n.readyAt, n.goneAt]) if (due(t)) times.add(t)
    for (const t of [...times].sort((a, b) => a - b)) {
      const before = poolPhaseAt(state, pool, t - 1)
      const after = poolPhaseAt(state, pool, t)
      if (after === 'Gone') break
      const cb = countsAt(nodes, t - 1)
      const ca = countsAt(nodes, t)
      if (!sameCounts(cb, ca)) events.push(countsEvent(pool.id, cb, ca, t))
      if (before !== after)
        events.push(
          statusEvent(
            pool.id,
            before,
            after,
            t,
            after === 'CreationFailed' ? (pool.failure ?? '') : '',
          ),
        )
    }
  }

  const isGone = (x: { goneAt?: number }) => x.goneAt !== undefined && x.goneAt <= now
  const gonePools = new Set(state.pools.filter(isGone).map((p) => p.id))
  const changed =
    events.length > 0 ||
    gonePools.size > 0 ||
    state.nodes.some(isGone) ||
    state.networks.some(isGone)
  // Nothing happened: keep the very same state, so the caller has nothing to persist. The next
  // call simply looks at a longer window, which holds no transition either.
  if (!changed) return state

  const workloads = { ...state.workloads }
  for (const id of gonePools) delete workloads[id]
  return {
    ...state,
    clock: now,
    pools: state.pools.filter((p) => !gonePools.has(p.id)),
    nodes: state.nodes.filter((n) => !gonePools.has(n.pool) && !isGone(n)),
    networks: state.networks.filter((n) => !isGone(n)),
    events: [...state.events.filter((e) => !gonePools.has(e.pool)), ...events],
    workloads,
  }
}
