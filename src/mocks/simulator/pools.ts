import { defaultNodePool, entryKey } from '@/api/pool-entries'
import { POOL_ERROR_CODES, POOL_LIMITS as LIMITS } from '@/api/pool-rules'
import {
  ANNOTATION_DESCRIPTION,
  createPoolBodySchema,
  LABEL_NAME,
  type PoolPhase,
  POOL_SCOPES,
} from '@/api/pools'
import { DURATIONS, type SimNode, type SimPool, type SimResource, type SimState } from '../state'
import {
  error,
  invalid,
  ok,
  result,
  type SimAnswer,
  type SimContext,
  type SimResult,
  zodMessage,
} from './answers'
import { countsAt, countsEvent, nodePhaseAt, nodesOf, poolPhaseAt, statusEvent } from './clock'
import { networkPhaseAt } from './clock'
import { newNodes } from './placement'
import {
  checkDescription,
  checkName,
  checkNodeQuota,
  findFlavor,
  flavorServes,
  isSoldOutIn,
  openAzs,
  quotaUsage,
  soldOut,
} from './rules'
import { toPool } from './views'

/** Pool operations: list, show, create, delete. Scaling lives in ./scaling.ts. */

export const findPool = (state: SimState, id: string) => state.pools.find((p) => p.id === id)
export const notFound = (id: string) =>
  error(404, POOL_ERROR_CODES.notFound, `pool not found: ${id}`)

/** `status` of ListPools (Go SDK ListPoolsRequest): which pools an unfiltered list leaves out. */
const LIST_STATUS: Record<string, (phase: PoolPhase | 'Gone') => boolean> = {
  creating: (p) => p === 'Creating',
  failed: (p) => p === 'CreationFailed',
  created: (p) => p !== 'Creating' && p !== 'CreationFailed',
}

export function listPools(state: SimState, ctx: SimContext, query: URLSearchParams): SimAnswer {
  const status = query.get('status')
  const filter = status === null ? (p: string) => p !== 'CreationFailed' : LIST_STATUS[status]
  if (!filter)
    return invalid(`status: must be one of ${Object.keys(LIST_STATUS).join(', ')}, not ${status}`)
  const items = state.pools
    .filter((p) => filter(poolPhaseAt(state, p, ctx.now)))
    .sort((a, b) => b.createdAt - a.createdAt)
    .map((p) => toPool(state, p, ctx.now))
  return ok({ apiVersion: 'v2', kind: 'PoolList', items })
}

export function getPool(state: SimState, ctx: SimContext, id: string): SimAnswer {
  const pool = findPool(state, id)
  return pool ? ok(toPool(state, pool, ctx.now)) : notFound(id)
}

type CreateEntry = { flavor: string; count: number; nodePool?: string; network?: unknown } & {
  azs?: { az: string; count: number }[]
  creatingStep?: Record<string, unknown>
}

/** Checks one entry of a create request; a problem comes back as the answer to send. */
function checkEntry(
  state: SimState,
  r: CreateEntry,
  at: string,
  scopes: readonly string[],
): SimAnswer | undefined {
  const flavor = findFlavor(state, r.flavor)
  if (!flavor) return invalid(`${at}.flavor: unknown flavor ${r.flavor}`)
  const missing = scopes.find((s) => !flavorServes(flavor, s))
  if (missing) return invalid(`${at}.flavor: ${r.flavor} cannot serve ${missing}`)
  if (r.network !== undefined)
    return invalid(
      `${at}.network: only Lite pools take a VPC, subnet and security groups per node pool; a pool on a ModelArts network (spec.network.name) takes none`,
    )
  if (r.count < 1 || r.count > LIMITS.createMax)
    return invalid(`${at}.count: a pool is created with 1 to ${LIMITS.createMax} nodes at a time`)
  if (r.nodePool !== undefined && !/^[a-z][a-z0-9-]{0,49}$/.test(r.nodePool))
    return invalid(
      `${at}.nodePool: 1 to 50 lowercase letters, digits and hyphens, starting with a letter`,
    )
  if (r.azs?.length) {
    for (const a of r.azs)
      if (!state.azs.includes(a.az)) return invalid(`${at}.azs: unknown AZ ${a.az}`)
    const sum = r.azs.reduce((s, a) => s + a.count, 0)
    if (sum !== r.count)
      return invalid(`${at}.azs: the AZ counts add up to ${sum}, not to the count ${r.count}`)
    const closed = r.azs.find((a) => a.count > 0 && isSoldOutIn(flavor, a.az))
    if (closed) return soldOut(r.flavor, closed.az)
  } else if (openAzs(state, flavor).length === 0) {
    return soldOut(r.flavor)
  }
  return undefined
}

export function createPool(state: SimState, ctx: SimContext, raw: unknown): SimResult {
  const answer = (a: SimAnswer) => result(state, a)
  const parsed = createPoolBodySchema.safeParse(raw)
  if (!parsed.success) return answer(invalid(zodMessage(parsed.error.issues)))
  const body = parsed.data
  const name = body.metadata.labels[LABEL_NAME]
  const description = body.metadata.annotations?.[ANNOTATION_DESCRIPTION] ?? ''

  const problem =
    checkName(`metadata.labels.${LABEL_NAME}`, name) ??
    checkDescription(`metadata.annotations.${ANNOTATION_DESCRIPTION}`, description)
  if (problem) return answer(invalid(problem))
  const scopes = body.spec.scope
  const unknownScope = scopes.find((s) => !(POOL_SCOPES as readonly string[]).includes(s))
  if (unknownScope) return answer(invalid(`spec.scope: unknown scope ${unknownScope}`))
  if (state.pools.some((p) => p.name === name))
    return answer(
      error(
        409,
        POOL_ERROR_CODES.duplicate,
        `A resource pool named ${name} already exists. Choose another name.`,
      ),
    )

  // A physical pool runs in a ModelArts network, which must exist and be Active.
  const networkName = body.spec.network.name
  const network = state.networks.find((n) => n.id === networkName && n.deletedAt === undefined)
  if (!network)
    return answer(invalid(`spec.network.name: no ModelArts network named ${networkName}`))
  const networkPhase = networkPhaseAt(network, ctx.now)
  if (networkPhase !== 'Active')
    return answer(
      invalid(
        `spec.network.name: the network ${networkName} is ${networkPhase}; create the pool once it is Active`,
      ),
    )

  const keys = new Set<string>()
  let total = 0
  for (const [i, r] of body.spec.resources.entries()) {
    const at = `spec.resources[${i}]`
    const bad = checkEntry(state, r, at, scopes)
    if (bad) return answer(bad)
    const key = entryKey(r)
    if (keys.has(key))
      return answer(invalid(`${at}: two entries for flavor ${r.flavor} in the same node pool`))
    keys.add(key)
    total += r.count
  }
  if (total > LIMITS.createMax)
    return answer(
      invalid(`spec.resources: a pool is created with at most ${LIMITS.createMax} nodes at a time`),
    )

  const usage = quotaUsage(state)
  if (usage.pool + 1 > state.quota.pool)
    return answer(
      error(
        400,
        POOL_ERROR_CODES.quota,
        `Pool quota exceeded: ${usage.pool} of ${state.quota.pool} pools are in use. Delete a pool or ask for a higher pool quota.`,
      ),
    )
  const nodeQuota = checkNodeQuota(state, total)
  if (nodeQuota) return answer(nodeQuota)

  const now = ctx.now
  const readyAt = now + DURATIONS.poolCreate / ctx.speed
  const resources: SimResource[] = body.spec.resources.map((r) => ({
    flavor: r.flavor,
    count: r.count,
    maxCount: r.count,
    nodePool: r.nodePool ?? defaultNodePool(r.flavor),
    ...(r.azs?.length ? { azs: r.azs.map((a) => ({ az: a.az, count: a.count })) } : {}),
    ...(r.creatingStep ? { creatingStep: r.creatingStep } : {}),
  }))
  const pool: SimPool = {
    id: `${name}-${state.projectId}`,
    name,
    description,
    scope: [...scopes],
    resources,
    networkName,
    createdAt: now,
    readyAt,
  }
  let seq = state.seq
  const added: SimNode[] = []
  for (const r of resources) {
    const made = newNodes({ ...state, seq }, pool, r, r.count, now, readyAt)
    added.push(...made.nodes)
    seq = made.seq
  }
  const next: SimState = {
    ...state,
    seq,
    pools: [...state.pools, pool],
    nodes: [...state.nodes, ...added],
    events: [
      ...state.events,
      {
        pool: pool.id,
        type: 'Normal',
        reason: 'PoolCreated',
        message: `Pool ${name} created with ${total} node(s); creating resources.`,
        at: now,
      },
      countsEvent(pool.id, countsAt([], now), countsAt(added, now), now),
    ],
  }
  return result(next, ok(toPool(next, pool, now)))
}

/**
 * Whether the pool may change now: `allowed` phases, and (unless deleting) no nodes in flight.
 * "Pool (%s) is not running" is ModelArts.2887, a 400 (OTC appendix/error_codes.rst).
 */
export function requireState(
  state: SimState,
  pool: SimPool,
  now: number,
  allowed: PoolPhase[],
  action: string,
): SimAnswer | undefined {
  const phase = poolPhaseAt(state, pool, now)
  if (!allowed.includes(phase))
    return error(
      400,
      POOL_ERROR_CODES.wrongState,
      `The pool ${pool.name} is ${phase}; it cannot be ${action} now.`,
    )
  const busy = nodesOf(state, pool.id).some((n) => {
    const p = nodePhaseAt(n, now)
    return p === 'Creating' || p === 'Deleting'
  })
  if (busy && action !== 'deleted')
    return error(
      400,
      POOL_ERROR_CODES.wrongState,
      `The pool ${pool.name} is scaling; wait until its nodes settle before changing it again.`,
    )
  return undefined
}

export function deletePool(state: SimState, ctx: SimContext, id: string): SimResult {
  const pool = findPool(state, id)
  if (!pool) return result(state, notFound(id))
  const phase = poolPhaseAt(state, pool, ctx.now)
  if (phase === 'Creating' || phase === 'Deleting')
    return result(
      state,
      error(
        400,
        POOL_ERROR_CODES.wrongState,
        `The pool ${pool.name} is ${phase}; it cannot be deleted now.`,
      ),
    )
  const goneAt = ctx.now + DURATIONS.delete / ctx.speed
  const updated: SimPool = {
    ...pool,
    deletedAt: ctx.now,
    goneAt: Math.min(pool.goneAt ?? goneAt, goneAt),
  }
  const next: SimState = {
    ...state,
    pools: state.pools.map((p) => (p.id === id ? updated : p)),
    nodes: state.nodes.map((n) =>
      n.pool === id
        ? { ...n, deletedAt: n.deletedAt ?? ctx.now, goneAt: Math.min(n.goneAt ?? goneAt, goneAt) }
        : n,
    ),
    events: [...state.events, statusEvent(id, phase, 'Deleting', ctx.now)],
  }
  return result(next, ok(toPool(next, updated, ctx.now)))
}
