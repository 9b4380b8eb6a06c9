import { batchDeleteNodesBodySchema } from '@/api/nodes'
import { entryKey } from '@/api/pool-entries'
import { POOL_ERROR_CODES, POOL_LIMITS as LIMITS } from '@/api/pool-rules'
import { ANNOTATION_DESCRIPTION, patchPoolBodySchema } from '@/api/pools'
import { DURATIONS, type SimNode, type SimPool, type SimResource, type SimState } from '../state'
import {
  error,
  invalid,
  ok,
  page,
  result,
  type SimAnswer,
  type SimContext,
  type SimResult,
  zodMessage,
} from './answers'
import { countsAt, countsEvent, poolPhaseAt, nodesOf, statusEvent } from './clock'
import { newNodes } from './placement'
import { findPool, notFound, requireState } from './pools'
import {
  checkDescription,
  checkNodeQuota,
  findFlavor,
  isSoldOutIn,
  openAzs,
  soldOut,
} from './rules'
import { toNode, toPool } from './views'

/**
 * Changing a pool's size: the merge-patch of `spec.resources` (scale-out, every entry sent back,
 * matched by flavor, node pool and creating step) and `nodes/batch-delete` (scale-in by name).
 */

const nodesByAz = (nodes: readonly SimNode[]) => {
  const m = new Map<string, number>()
  for (const n of nodes) m.set(n.az, (m.get(n.az) ?? 0) + 1)
  return m
}

const entryNodes = (nodes: readonly SimNode[], r: Pick<SimResource, 'flavor' | 'nodePool'>) =>
  nodes.filter((n) => n.flavor === r.flavor && n.nodePool === r.nodePool)

type SentEntry = {
  flavor: string
  count: number
  nodePool?: string
  azs?: { az: string; count: number }[]
  creatingStep?: Record<string, unknown>
}

interface Plan {
  entry: SimResource
  add: number
  have: Map<string, number>
}

/** Checks the new counts entry by entry; the plans (nodes to add) or the answer refusing them. */
function planScaleOut(
  state: SimState,
  pool: SimPool,
  sent: readonly SentEntry[],
): Plan[] | SimAnswer {
  const current = nodesOf(state, pool.id)
  const byKey = new Map(pool.resources.map((r) => [entryKey(r), r]))
  const sentKeys = new Set(sent.map((r) => entryKey(r)))
  if (
    sentKeys.size !== sent.length ||
    sentKeys.size !== byKey.size ||
    [...sentKeys].some((k) => !byKey.has(k))
  )
    return invalid(
      'spec.resources: send every resource entry of the pool (told apart by flavor, nodePool and creatingStep), each once, and no other',
    )
  const plans: Plan[] = []
  for (const [i, r] of sent.entries()) {
    const at = `spec.resources[${i}]`
    const old = byKey.get(entryKey(r))!
    const nodes = entryNodes(current, old)
    const have = nodesByAz(nodes)
    if (r.count < 1) return invalid(`${at}.count: must be a whole number of at least 1`)
    if (r.count < nodes.length)
      return invalid(
        `${at}.count: ${r.count} is fewer than the ${nodes.length} nodes of ${r.flavor} in node pool ${old.nodePool}; to scale in, delete named nodes with nodes/batch-delete`,
      )
    const azs = r.azs?.length ? r.azs : undefined
    if (old.azs?.length && !azs)
      return invalid(`${at}.azs: this entry is pinned to AZs; send its AZ counts`)
    if (azs) {
      const sum = azs.reduce((s, a) => s + a.count, 0)
      if (sum !== r.count)
        return invalid(`${at}.azs: the AZ counts add up to ${sum}, not to the count ${r.count}`)
      for (const a of azs) {
        if (!state.azs.includes(a.az)) return invalid(`${at}.azs: unknown AZ ${a.az}`)
        if (a.count < (have.get(a.az) ?? 0))
          return invalid(
            `${at}.azs: ${a.az} has ${have.get(a.az)} nodes, more than the ${a.count} asked; delete named nodes to scale in`,
          )
      }
    }
    const entry: SimResource = {
      ...old,
      count: r.count,
      maxCount: Math.max(old.maxCount, r.count),
      ...(azs ? { azs: azs.map((a) => ({ az: a.az, count: a.count })) } : {}),
    }
    plans.push({ entry, add: r.count - nodes.length, have })
  }
  return plans
}

function checkCapacity(
  state: SimState,
  pool: SimPool,
  plans: readonly Plan[],
): SimAnswer | undefined {
  const added = plans.reduce((s, p) => s + p.add, 0)
  const current = nodesOf(state, pool.id).length
  if (added === 0) return invalid('spec.resources: the counts are unchanged; nothing to scale')
  if (added > LIMITS.addMax)
    return invalid(
      `spec.resources: at most ${LIMITS.addMax} nodes can be added at once (${added} requested)`,
    )
  if (current + added > LIMITS.poolNodesMax)
    return invalid(
      `spec.resources: a pool holds at most ${LIMITS.poolNodesMax} nodes (${current + added} requested)`,
    )
  const quota = checkNodeQuota(state, added)
  if (quota) return quota
  for (const { entry, add, have } of plans) {
    if (add === 0) continue
    const flavor = findFlavor(state, entry.flavor)
    if (!flavor) continue
    const growing = entry.azs?.filter((a) => a.count > (have.get(a.az) ?? 0)) ?? []
    const closed = growing.find((a) => isSoldOutIn(flavor, a.az))
    if (closed) return soldOut(entry.flavor, closed.az)
    if (!entry.azs?.length && openAzs(state, flavor).length === 0) return soldOut(entry.flavor)
  }
  return undefined
}

export function patchPool(state: SimState, ctx: SimContext, id: string, raw: unknown): SimResult {
  const pool = findPool(state, id)
  if (!pool) return result(state, notFound(id))
  const parsed = patchPoolBodySchema.safeParse(raw)
  if (!parsed.success) return result(state, invalid(zodMessage(parsed.error.issues)))
  const body = parsed.data
  let updated: SimPool = pool

  const description = body.metadata?.annotations[ANNOTATION_DESCRIPTION]
  if (description !== undefined) {
    const problem = checkDescription(`metadata.annotations.${ANNOTATION_DESCRIPTION}`, description)
    if (problem) return result(state, invalid(problem))
    updated = { ...updated, description }
  }
  if (!body.spec) {
    const next = { ...state, pools: state.pools.map((p) => (p.id === id ? updated : p)) }
    return result(next, ok(toPool(next, updated, ctx.now)))
  }

  const wrong = requireState(state, pool, ctx.now, ['Running', 'Abnormal'], 'scaled')
  if (wrong) return result(state, wrong)
  const plans = planScaleOut(state, pool, body.spec.resources)
  if (!Array.isArray(plans)) return result(state, plans)
  const refused = checkCapacity(state, pool, plans)
  if (refused) return result(state, refused)

  const current = nodesOf(state, pool.id)
  const readyAt = ctx.now + DURATIONS.nodeCreate / ctx.speed
  updated = { ...updated, resources: plans.map((p) => p.entry) }
  const made: SimNode[] = []
  let seq = state.seq
  for (const { entry, add, have } of plans) {
    if (add === 0) continue
    const out = newNodes({ ...state, seq }, updated, entry, add, ctx.now, readyAt, have)
    made.push(...out.nodes)
    seq = out.seq
  }
  const next: SimState = {
    ...state,
    seq,
    pools: state.pools.map((p) => (p.id === id ? updated : p)),
    nodes: [...state.nodes, ...made],
    events: [
      ...state.events,
      countsEvent(
        pool.id,
        countsAt(current, ctx.now),
        countsAt([...current, ...made], ctx.now),
        ctx.now,
      ),
    ],
  }
  return result(next, ok(toPool(next, updated, ctx.now)))
}

export function listNodes(
  state: SimState,
  ctx: SimContext,
  id: string,
  query: URLSearchParams,
): SimAnswer {
  if (!findPool(state, id)) return notFound(id)
  const { slice, next, offset } = page(nodesOf(state, id), query, 500)
  return ok({
    kind: 'NodeList',
    apiVersion: 'v2',
    metadata: next ? { continue: next } : {},
    items: slice.map((n, i) => toNode(state, n, ctx.now, offset + i)),
  })
}

/** What is left of an entry once some of its nodes are gone: counts (and AZ counts) shrink. */
function shrink(entry: SimResource, remaining: readonly SimNode[]): SimResource {
  const left = entryNodes(remaining, entry)
  const byAz = nodesByAz(left)
  return {
    ...entry,
    count: left.length,
    ...(entry.azs ? { azs: entry.azs.map((a) => ({ az: a.az, count: byAz.get(a.az) ?? 0 })) } : {}),
  }
}

export function batchDeleteNodes(
  state: SimState,
  ctx: SimContext,
  id: string,
  raw: unknown,
): SimResult {
  const pool = findPool(state, id)
  if (!pool) return result(state, notFound(id))
  const parsed = batchDeleteNodesBodySchema.safeParse(raw)
  if (!parsed.success) return result(state, invalid(zodMessage(parsed.error.issues)))
  const wrong = requireState(state, pool, ctx.now, ['Running', 'Abnormal'], 'scaled')
  if (wrong) return result(state, wrong)
  const names = new Set(parsed.data.deleteNodeNames)
  const nodes = nodesOf(state, id)
  const unknown = [...names].filter((n) => !nodes.some((x) => x.name === n))
  if (unknown.length)
    return result(
      state,
      invalid(`deleteNodeNames: no node named ${unknown.join(', ')} in pool ${pool.name}`),
    )
  // A deletion lock holds until it is lifted; the service's wording for this is not documented.
  const locked = nodes.filter((n) => names.has(n.name) && n.lock?.includes('delete'))
  if (locked.length)
    return result(
      state,
      invalid(
        `deleteNodeNames: ${locked.map((n) => n.name).join(', ')} ${locked.length === 1 ? 'is' : 'are'} locked against deletion; unlock ${locked.length === 1 ? 'it' : 'them'} first`,
      ),
    )
  // "At least one node must be reserved in the resource pool" (OTC deleting_nodes_in_batches.rst).
  if (nodes.length - names.size < 1)
    return result(
      state,
      error(
        400,
        POOL_ERROR_CODES.invalid,
        `deleteNodeNames: at least one node must remain in pool ${pool.name}; delete the pool instead`,
      ),
    )

  const before = countsAt(nodes, ctx.now)
  const goneAt = ctx.now + DURATIONS.delete / ctx.speed
  const nextNodes = state.nodes.map((n) =>
    n.pool === id && names.has(n.name) ? { ...n, deletedAt: ctx.now, goneAt } : n,
  )
  const remaining = nodes.filter((n) => !names.has(n.name))
  const updated: SimPool = {
    ...pool,
    resources: pool.resources.map((r) => shrink(r, remaining)).filter((r) => r.count > 0),
  }
  const afterNodes = nextNodes.filter((n) => n.pool === id)
  const events = [countsEvent(id, before, countsAt(afterNodes, ctx.now), ctx.now)]
  const next: SimState = {
    ...state,
    nodes: nextNodes,
    pools: state.pools.map((p) => (p.id === id ? updated : p)),
  }
  // Removing the abnormal nodes restores the pool at once; that transition is logged like any other.
  const phaseBefore = poolPhaseAt(state, pool, ctx.now)
  const phaseAfter = poolPhaseAt(next, updated, ctx.now)
  if (phaseAfter !== phaseBefore) events.push(statusEvent(id, phaseBefore, phaseAfter, ctx.now))
  return result({ ...next, events: [...state.events, ...events] }, ok({}))
}
