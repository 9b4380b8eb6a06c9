import { type Flavor, FLAVOR_SCOPE_LABEL } from '@/api/flavors'
import {
  ANNOTATION_DESCRIPTION,
  createPoolBodySchema,
  LABEL_NAME,
  LABEL_WORKSPACE,
  type FlavorCount,
  type Pool,
  type PoolPhase,
  type PoolResource,
  patchPoolBodySchema,
} from '@/api/pools'
import {
  FORBIDDEN_DESCRIPTION_PATTERN,
  POOL_ERROR_CODES,
  POOL_LIMITS as LIMITS,
  POOL_NAME_PATTERN,
} from '@/api/pool-rules'
import { batchDeleteNodesBodySchema, type NodePhase, type PoolNode } from '@/api/nodes'
import { parseQuantity } from '@/lib/format'
import { nodeIp, nodeName } from './ids'
import { placeNodes } from './seed'
import { DURATIONS, type SimEvent, type SimNode, type SimPool, type SimState } from './state'

/**
 * The simulated ModelArts, as pure functions: (state, time, request) → (state, answer).
 * It knows nothing of MSW or HTTP servers; transports adapt to it (see ./routes.ts).
 */

export interface SimAnswer {
  status: number
  body: unknown
}
export interface SimContext {
  now: number
  /** Simulated time runs this many times faster: durations are divided by it. */
  speed: number
}
export interface SimResult {
  state: SimState
  answer: SimAnswer
}

export const ERR = POOL_ERROR_CODES

export const error = (status: number, code: string, msg: string): SimAnswer => ({
  status,
  body: { error_code: code, error_msg: msg },
})
const ok = (body: unknown, status = 200): SimAnswer => ({ status, body })
const result = (state: SimState, answer: SimAnswer): SimResult => ({ state, answer })

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

/* ------------------------------------------------------------------ derived state */

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
  if (t < pool.readyAt) return 'Creating'
  const abnormal = nodesOf(state, pool.id).some((n) => nodePhaseAt(n, t) === 'Abnormal')
  return abnormal ? 'Abnormal' : 'Running'
}

type Counts = { available: number; abnormal: number; creating: number; deleting: number }

function countsAt(nodes: SimNode[], t: number): Counts {
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

const statusEvent = (
  pool: string,
  from: string,
  to: string,
  at: number,
  details = '',
): SimEvent => ({
  pool,
  type: to === 'Abnormal' || to === 'Error' ? 'Warning' : 'Normal',
  reason: 'PoolStatusChange',
  message: `Pool status changed, from ${from} to ${to}, details: ${details}.`,
  at,
})

const countsEvent = (pool: string, from: Counts, to: Counts, at: number): SimEvent => ({
  pool,
  type: 'Normal',
  reason: 'PoolResourcesStatusChange',
  message: `Pool resources status changed, available/abnormal/creating/deleting count from ${countsText(from)} to ${countsText(to)}, timestamp: ${Math.floor(at / 1000)}.`,
  at,
})

/**
 * Turns every transition due between the last clock and `now` into events (stamped at the moment
 * it happened), and drops pools and nodes whose deletion has completed.
 */
export function advance(state: SimState, now: number): SimState {
  if (now <= state.clock) return state
  const from = state.clock
  const due = (t: number | undefined): t is number => t !== undefined && t > from && t <= now
  const events: SimEvent[] = []

  for (const pool of state.pools) {
    const nodes = nodesOf(state, pool.id)
    const times = new Set<number>()
    for (const t of [pool.readyAt, pool.goneAt]) if (due(t)) times.add(t)
    for (const n of nodes) for (const t of [n.readyAt, n.goneAt]) if (due(t)) times.add(t)
    for (const t of [...times].sort((a, b) => a - b)) {
      const before = poolPhaseAt(state, pool, t - 1)
      const after = poolPhaseAt(state, pool, t)
      if (after === 'Gone') break
      const cb = countsAt(nodes, t - 1)
      const ca = countsAt(nodes, t)
      if (!sameCounts(cb, ca)) events.push(countsEvent(pool.id, cb, ca, t))
      if (before !== after) events.push(statusEvent(pool.id, before, after, t))
    }
  }

  const gonePools = new Set(
    state.pools.filter((p) => p.goneAt !== undefined && p.goneAt <= now).map((p) => p.id),
  )
  const changed =
    events.length > 0 ||
    gonePools.size > 0 ||
    state.nodes.some((n) => n.goneAt !== undefined && n.goneAt <= now)
  // Nothing happened: keep the very same state, so the caller has nothing to persist. The next
  // call simply looks at a longer window, which holds no transition either.
  if (!changed) return state

  const workloads = { ...state.workloads }
  for (const id of gonePools) delete workloads[id]
  return {
    ...state,
    clock: now,
    pools: state.pools.filter((p) => !gonePools.has(p.id)),
    nodes: state.nodes.filter(
      (n) => !gonePools.has(n.pool) && !(n.goneAt !== undefined && n.goneAt <= now),
    ),
    events: [...state.events.filter((e) => !gonePools.has(e.pool)), ...events],
    workloads,
  }
}

/* ------------------------------------------------------------------ resource views */

function flavorCounts(nodes: SimNode[], phase: NodePhase, t: number): FlavorCount[] | undefined {
  const byFlavor = new Map<string, Map<string, number>>()
  for (const n of nodes) {
    if (nodePhaseAt(n, t) !== phase) continue
    const azs = byFlavor.get(n.flavor) ?? new Map<string, number>()
    azs.set(n.az, (azs.get(n.az) ?? 0) + 1)
    byFlavor.set(n.flavor, azs)
  }
  if (byFlavor.size === 0) return undefined
  return [...byFlavor].map(([flavor, azs]) => ({
    flavor,
    count: [...azs.values()].reduce((a, b) => a + b, 0),
    azs: [...azs].map(([az, count]) => ({ az, count })),
  }))
}

export function toPool(state: SimState, pool: SimPool, t: number): Pool {
  const nodes = nodesOf(state, pool.id)
  const phase = poolPhaseAt(state, pool, t)
  const abnormal = nodes.filter((n) => nodePhaseAt(n, t) === 'Abnormal')
  const resources: NonNullable<Pool['status']>['resources'] = {}
  for (const [key, p] of [
    ['available', 'Available'],
    ['abnormal', 'Abnormal'],
    ['creating', 'Creating'],
    ['deleting', 'Deleting'],
  ] as const) {
    const c = flavorCounts(nodes, p, t)
    if (c) resources[key] = c
  }
  const scopeState =
    phase === 'Creating' ? 'Enabling' : phase === 'Deleting' ? 'Disabling' : 'Enabled'
  return {
    apiVersion: 'v2',
    kind: 'Pool',
    metadata: {
      name: pool.id,
      creationTimestamp: iso(pool.createdAt),
      ...(pool.deletedAt !== undefined ? { deletionTimestamp: iso(pool.deletedAt) } : {}),
      labels: {
        [LABEL_NAME]: pool.name,
        [LABEL_WORKSPACE]: '0',
        'os.modelarts/tenant.project.id': state.projectId,
        'os.modelarts.pool/biz': 'private',
      },
      annotations: { [ANNOTATION_DESCRIPTION]: pool.description, 'os.modelarts/billing.mode': '0' },
    },
    spec: {
      type: 'Dedicate',
      scope: pool.scope,
      resources: pool.resources,
      network: { name: pool.networkName },
    },
    status: {
      phase: phase === 'Gone' ? 'Deleting' : phase,
      ...(abnormal.length
        ? {
            message: `${abnormal.length} node(s) abnormal: ${abnormal.map((n) => `${n.name} (${n.abnormal ?? 'NotReady'})`).join(', ')}`,
          }
        : {}),
      resources,
      scope: pool.scope.map((s) => ({ scopeType: s, state: scopeState })),
    },
  }
}

function flavorCapacity(flavor: Flavor | undefined) {
  const cpu = flavor ? parseQuantity(flavor.spec.cpu) : 4
  const memGi = flavor ? parseQuantity(flavor.spec.memory) / 1024 ** 3 : 8
  return { cpu, memGi, gpu: flavor?.spec.gpu?.size ?? 0 }
}

export function toNode(state: SimState, node: SimNode, t: number, seq: number): PoolNode {
  const flavor = state.flavors.find((f) => f.metadata.name === node.flavor)
  const { cpu, memGi, gpu } = flavorCapacity(flavor)
  // The kubelet and system daemons reserve a little of every node.
  const cpuM = Math.round(cpu * 1000 - 80)
  const memMi = Math.round(memGi * 1024 * 0.765)
  const busy = (state.workloads[node.pool]?.length ?? 0) > 0
  const used = busy ? 0.25 + ((seq * 37) % 50) / 100 : 0.05
  const phase = nodePhaseAt(node, t)
  const resources: Record<string, string> = { cpu: `${cpuM}m`, memory: `${memMi}Mi` }
  const available: Record<string, string> = {
    cpu: `${Math.round(cpuM * (1 - used))}m`,
    memory: `${Math.round(memMi * (1 - used))}Mi`,
  }
  if (gpu) {
    resources['nvidia.com/gpu'] = String(gpu)
    available['nvidia.com/gpu'] = String(busy ? Math.max(0, gpu - Math.ceil(gpu * used)) : gpu)
  }
  return {
    kind: 'Node',
    apiVersion: 'v2',
    metadata: { name: node.name, creationTimestamp: iso(node.createdAt) },
    spec: { flavor: node.flavor },
    status: {
      phase: phase === 'Gone' ? 'Deleting' : phase,
      az: node.az,
      privateIp: node.ip,
      resources,
      availableResources: phase === 'Available' ? available : resources,
      ...(node.abnormal && phase === 'Abnormal' ? { message: node.abnormal } : {}),
    },
  }
}

/* ------------------------------------------------------------------ lookups */

const livePools = (state: SimState) => state.pools
const findPool = (state: SimState, id: string) => state.pools.find((p) => p.id === id)
const notFound = (id: string) => error(404, ERR.notFound, `pool not found: ${id}`)
const poolNodes = nodesOf

export function quotaUsage(state: SimState) {
  return { pool: livePools(state).length, node: state.nodes.length }
}

/** `limit` is capped at `max`; without one, `fallback` items (every item for pool lists). */
function page<T>(items: T[], query: URLSearchParams, max: number, fallback = max) {
  const asked = Number(query.get('limit'))
  const limit = asked > 0 ? Math.min(max, asked) : fallback
  const offset = Math.max(0, Number(query.get('continue')) || 0)
  const slice = items.slice(offset, offset + limit)
  const next = offset + limit < items.length ? String(offset + limit) : undefined
  return { slice, next }
}

const flavorScopes = (f: Flavor) =>
  (f.metadata.labels?.[FLAVOR_SCOPE_LABEL] ?? '').split(',').map((s) => s.trim())

/** Where a flavor can be had: the AZs that are not sold out. */
const openAzs = (state: SimState, f: Flavor) =>
  state.azs.filter((az) => f.status?.phase?.[az] !== 'soldout')

function zodMessage(issues: { path: PropertyKey[]; message: string }[]) {
  const first = issues[0]
  if (!first) return 'invalid request body'
  return `${first.path.map(String).join('.') || 'body'}: ${first.message}`
}

/* ------------------------------------------------------------------ operations */

export function listPools(state: SimState, ctx: SimContext, query: URLSearchParams): SimAnswer {
  const sorted = [...livePools(state)].sort((a, b) => b.createdAt - a.createdAt)
  const { slice, next } = page(sorted, query, 500, Number.POSITIVE_INFINITY)
  return ok({
    apiVersion: 'v2',
    kind: 'PoolList',
    metadata: next ? { continue: next } : {},
    items: slice.map((p) => toPool(state, p, ctx.now)),
  })
}

export function getPool(state: SimState, ctx: SimContext, id: string): SimAnswer {
  const pool = findPool(state, id)
  return pool ? ok(toPool(state, pool, ctx.now)) : notFound(id)
}

function checkName(name: string): string | undefined {
  if (name.length < LIMITS.nameMin || name.length > LIMITS.nameMax)
    return `metadata.labels.${LABEL_NAME}: the name must be ${LIMITS.nameMin} to ${LIMITS.nameMax} characters long`
  if (!POOL_NAME_PATTERN.test(name))
    return `metadata.labels.${LABEL_NAME}: the name may contain only letters, digits, hyphens (-) and underscores (_)`
  return undefined
}

function checkDescription(description: string): string | undefined {
  if (description.length > LIMITS.descriptionMax)
    return `metadata.annotations.${ANNOTATION_DESCRIPTION}: the description must be at most ${LIMITS.descriptionMax} characters`
  if (FORBIDDEN_DESCRIPTION_PATTERN.test(description))
    return `metadata.annotations.${ANNOTATION_DESCRIPTION}: the description must not contain any of ! < > = & " '`
  return undefined
}

function checkNodeQuota(state: SimState, adding: number): SimAnswer | undefined {
  const used = quotaUsage(state).node
  if (used + adding > state.quota.node) {
    return error(
      400,
      ERR.quota,
      `Node quota exceeded: ${used} of ${state.quota.node} nodes are in use and ${adding} more were requested. Release nodes or ask for a higher node quota.`,
    )
  }
  return undefined
}

function newNodes(
  state: SimState,
  pool: SimPool,
  resource: PoolResource,
  count: number,
  at: number,
  readyAt: number,
): { nodes: SimNode[]; seq: number } {
  let seq = state.seq
  const zones = placeNodes(state, resource, seq, count)
  const nodes = zones.map((az) => {
    const s = seq++
    return {
      name: nodeName(s),
      pool: pool.id,
      flavor: resource.flavor,
      az,
      ip: nodeIp(s),
      createdAt: at,
      readyAt,
    }
  })
  return { nodes, seq }
}

export function createPool(state: SimState, ctx: SimContext, raw: unknown): SimResult {
  const parsed = createPoolBodySchema.safeParse(raw)
  if (!parsed.success)
    return result(state, error(400, ERR.invalid, zodMessage(parsed.error.issues)))
  const body = parsed.data
  const name = body.metadata.labels[LABEL_NAME]
  const description = body.metadata.annotations[ANNOTATION_DESCRIPTION]
  const invalid = (msg: string) => result(state, error(400, ERR.invalid, msg))

  const nameProblem = checkName(name) ?? checkDescription(description)
  if (nameProblem) return invalid(nameProblem)
  const scopes = body.spec.scope
  if (scopes.some((s) => !['Train', 'Infer', 'Notebook'].includes(s)))
    return invalid(`spec.scope: unknown scope in ${scopes.join(', ')}`)
  if (state.pools.some((p) => p.name === name))
    return result(
      state,
      error(
        409,
        ERR.duplicate,
        `A resource pool named ${name} already exists. Choose another name.`,
      ),
    )

  let total = 0
  for (const [i, r] of body.spec.resources.entries()) {
    const at = `spec.resources[${i}]`
    const flavor = state.flavors.find((f) => f.metadata.name === r.flavor)
    if (!flavor) return invalid(`${at}.flavor: unknown flavor ${r.flavor}`)
    const serves = flavorScopes(flavor)
    const missing = scopes.find((s) => !serves.includes(s))
    if (missing) return invalid(`${at}.flavor: ${r.flavor} cannot serve ${missing}`)
    if (!Number.isInteger(r.count) || r.count < 1 || r.count > LIMITS.createMax)
      return invalid(`${at}.count: a pool is created with 1 to ${LIMITS.createMax} nodes at a time`)
    if (r.azs) {
      if (r.azs.length !== 1)
        return invalid(`${at}.azs: choose exactly one AZ, or none for random placement`)
      const az = r.azs[0]!
      if (!state.azs.includes(az.az)) return invalid(`${at}.azs: unknown AZ ${az.az}`)
      if (az.count !== r.count) return invalid(`${at}.azs: the AZ count must equal the node count`)
      if (flavor.status?.phase?.[az.az] === 'soldout')
        return result(
          state,
          error(
            400,
            ERR.soldOut,
            `The flavor ${r.flavor} is sold out in ${az.az}. Choose another flavor or AZ; it can be bought again once other users release capacity.`,
          ),
        )
    } else if (openAzs(state, flavor).length === 0) {
      return result(
        state,
        error(
          400,
          ERR.soldOut,
          `The flavor ${r.flavor} is sold out. Choose another flavor; it can be bought again once other users release capacity.`,
        ),
      )
    }
    if (r.network) {
      const vpc = state.vpcs.find((v) => v.id === r.network!.vpc)
      if (!vpc) return invalid(`${at}.network.vpc: unknown VPC ${r.network.vpc}`)
      const subnet = state.subnets.find((s) => s.id === r.network!.subnet)
      if (!subnet || subnet.vpc_id !== vpc.id)
        return invalid(
          `${at}.network.subnet: subnet ${r.network.subnet} does not belong to VPC ${vpc.name}`,
        )
      if (r.network.securityGroups.length === 0)
        return invalid(`${at}.network.securityGroups: choose a security group`)
      for (const sg of r.network.securityGroups) {
        const group = state.securityGroups.find((g) => g.id === sg)
        if (!group || group.vpc_id !== vpc.id)
          return invalid(
            `${at}.network.securityGroups: security group ${sg} does not belong to VPC ${vpc.name}`,
          )
      }
    }
    total += r.count
  }

  const usage = quotaUsage(state)
  if (usage.pool + 1 > state.quota.pool)
    return result(
      state,
      error(
        400,
        ERR.quota,
        `Pool quota exceeded: ${usage.pool} of ${state.quota.pool} pools are in use. Delete a pool or ask for a higher pool quota.`,
      ),
    )
  const nodeQuota = checkNodeQuota(state, total)
  if (nodeQuota) return result(state, nodeQuota)

  const now = ctx.now
  const readyAt = now + DURATIONS.poolCreate / ctx.speed
  const pool: SimPool = {
    id: `${name}-${state.projectId}`,
    name,
    description,
    scope: [...scopes],
    resources: body.spec.resources.map((r) => ({ ...r, maxCount: r.count })),
    networkName: body.spec.network?.name ?? `network-${name.slice(0, 4)}-${state.projectId}`,
    createdAt: now,
    readyAt,
  }
  let next: SimState = { ...state, pools: [...state.pools, pool] }
  const added: SimNode[] = []
  for (const r of pool.resources) {
    const made = newNodes(next, pool, r, r.count, now, readyAt)
    added.push(...made.nodes)
    next = { ...next, seq: made.seq }
  }
  next = {
    ...next,
    nodes: [...next.nodes, ...added],
    events: [
      ...next.events,
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

function requireState(
  state: SimState,
  pool: SimPool,
  now: number,
  allowed: PoolPhase[],
  action: string,
) {
  const phase = poolPhaseAt(state, pool, now)
  if (!allowed.includes(phase)) {
    return error(
      409,
      ERR.wrongState,
      `The pool ${pool.name} is ${phase}; it cannot be ${action} now.`,
    )
  }
  const busy = poolNodes(state, pool.id).some((n) => {
    const p = nodePhaseAt(n, now)
    return p === 'Creating' || p === 'Deleting'
  })
  if (busy && action !== 'deleted') {
    return error(
      409,
      ERR.wrongState,
      `The pool ${pool.name} is scaling; wait until its nodes settle before changing it again.`,
    )
  }
  return undefined
}

export function patchPool(state: SimState, ctx: SimContext, id: string, raw: unknown): SimResult {
  const pool = findPool(state, id)
  if (!pool) return result(state, notFound(id))
  const parsed = patchPoolBodySchema.safeParse(raw)
  if (!parsed.success)
    return result(state, error(400, ERR.invalid, zodMessage(parsed.error.issues)))
  const body = parsed.data
  const invalid = (msg: string) => result(state, error(400, ERR.invalid, msg))
  let next = state
  let updated: SimPool = pool

  const description = body.metadata?.annotations[ANNOTATION_DESCRIPTION]
  if (description !== undefined) {
    const problem = checkDescription(description)
    if (problem) return invalid(problem)
    updated = { ...updated, description }
  }

  if (body.spec) {
    const wrong = requireState(state, pool, ctx.now, ['Running', 'Abnormal'], 'scaled')
    if (wrong) return result(state, wrong)
    const resources = body.spec.resources
    const flavors = new Set(resources.map((r) => r.flavor))
    if (
      flavors.size !== pool.resources.length ||
      pool.resources.some((r) => !flavors.has(r.flavor))
    )
      return invalid(
        'spec.resources: send every resource entry of the pool, one per flavor, and no other',
      )
    const current = poolNodes(state, pool.id)
    let added = 0
    const plans: { resource: PoolResource; add: number }[] = []
    for (const [i, r] of resources.entries()) {
      const have = current.filter((n) => n.flavor === r.flavor).length
      if (!Number.isInteger(r.count) || r.count < 1)
        return invalid(`spec.resources[${i}].count: must be a whole number of at least 1`)
      if (r.count < have)
        return invalid(
          `spec.resources[${i}].count: ${r.count} is fewer than the ${have} nodes of ${r.flavor}; to scale in, delete named nodes with nodes/batch-delete`,
        )
      added += r.count - have
      plans.push({ resource: r, add: r.count - have })
    }
    if (added === 0) return invalid('spec.resources: the counts are unchanged; nothing to scale')
    if (added > LIMITS.addMax)
      return invalid(
        `spec.resources: at most ${LIMITS.addMax} nodes can be added at once (${added} requested)`,
      )
    if (current.length + added > LIMITS.poolNodesMax)
      return invalid(
        `spec.resources: a pool holds at most ${LIMITS.poolNodesMax} nodes (${current.length + added} requested)`,
      )
    const quota = checkNodeQuota(state, added)
    if (quota) return result(state, quota)
    for (const plan of plans) {
      if (plan.add === 0) continue
      const r = plan.resource
      const flavor = state.flavors.find((f) => f.metadata.name === r.flavor)
      const pinned = r.azs?.length === 1 ? r.azs[0]!.az : undefined
      if (flavor && pinned && flavor.status?.phase?.[pinned] === 'soldout')
        return result(
          state,
          error(
            400,
            ERR.soldOut,
            `The flavor ${r.flavor} is sold out in ${pinned}; no nodes can be added there now.`,
          ),
        )
      if (flavor && !pinned && openAzs(state, flavor).length === 0)
        return result(
          state,
          error(
            400,
            ERR.soldOut,
            `The flavor ${r.flavor} is sold out; no nodes can be added until other users release capacity.`,
          ),
        )
    }

    const before = countsAt(current, ctx.now)
    const readyAt = ctx.now + DURATIONS.nodeCreate / ctx.speed
    updated = {
      ...updated,
      resources: pool.resources.map((old) => {
        const r = resources.find((x) => x.flavor === old.flavor)!
        return { ...old, ...r, maxCount: Math.max(r.count, old.maxCount ?? 0) }
      }),
    }
    const made: SimNode[] = []
    let seq = state.seq
    for (const plan of plans) {
      if (plan.add === 0) continue
      const out = newNodes({ ...state, seq }, updated, plan.resource, plan.add, ctx.now, readyAt)
      made.push(...out.nodes)
      seq = out.seq
    }
    next = {
      ...next,
      seq,
      nodes: [...next.nodes, ...made],
      events: [
        ...next.events,
        countsEvent(pool.id, before, countsAt([...current, ...made], ctx.now), ctx.now),
      ],
    }
  }

  next = { ...next, pools: next.pools.map((p) => (p.id === id ? updated : p)) }
  return result(next, ok(toPool(next, updated, ctx.now)))
}

export function deletePool(state: SimState, ctx: SimContext, id: string): SimResult {
  const pool = findPool(state, id)
  if (!pool) return result(state, notFound(id))
  const phase = poolPhaseAt(state, pool, ctx.now)
  if (phase === 'Creating' || phase === 'Deleting')
    return result(
      state,
      error(409, ERR.wrongState, `The pool ${pool.name} is ${phase}; it cannot be deleted now.`),
    )
  const goneAt = ctx.now + DURATIONS.delete / ctx.speed
  const updated: SimPool = { ...pool, deletedAt: ctx.now, goneAt }
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

export function listNodes(
  state: SimState,
  ctx: SimContext,
  id: string,
  query: URLSearchParams,
): SimAnswer {
  const pool = findPool(state, id)
  if (!pool) return notFound(id)
  const nodes = poolNodes(state, id)
  const { slice, next } = page(nodes, query, 500)
  const offset = Number(query.get('continue')) || 0
  return ok({
    kind: 'NodeList',
    apiVersion: 'v2',
    metadata: next ? { continue: next } : {},
    items: slice.map((n, i) => toNode(state, n, ctx.now, offset + i)),
  })
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
  if (!parsed.success)
    return result(state, error(400, ERR.invalid, zodMessage(parsed.error.issues)))
  const wrong = requireState(state, pool, ctx.now, ['Running', 'Abnormal'], 'scaled')
  if (wrong) return result(state, wrong)
  const names = new Set(parsed.data.deleteNodeNames)
  const nodes = poolNodes(state, id)
  const unknown = [...names].filter((n) => !nodes.some((x) => x.name === n))
  if (unknown.length)
    return result(
      state,
      error(
        400,
        ERR.invalid,
        `deleteNodeNames: no node named ${unknown.join(', ')} in pool ${pool.name}`,
      ),
    )
  if (nodes.length - names.size < 1)
    return result(
      state,
      error(
        400,
        ERR.invalid,
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
    resources: pool.resources
      .map((r) => {
        const count = remaining.filter((n) => n.flavor === r.flavor).length
        return {
          ...r,
          count,
          ...(r.azs?.length === 1 ? { azs: [{ az: r.azs[0]!.az, count }] } : {}),
        }
      })
      .filter((r) => r.count > 0),
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
  next.events = [...state.events, ...events]
  return result(next, ok({ kind: 'Pool', apiVersion: 'v2', metadata: { name: id } }))
}

export function listWorkloads(state: SimState, _ctx: SimContext, id: string): SimAnswer {
  if (!findPool(state, id)) return notFound(id)
  return ok({ kind: 'WorkloadList', items: state.workloads[id] ?? [] })
}

export function listEvents(state: SimState, _ctx: SimContext, query: URLSearchParams): SimAnswer {
  const name = query.get('name')
  const items = state.events
    .filter((e) => !name || e.pool === name)
    .sort((a, b) => b.at - a.at)
    .map((e) => ({
      type: e.type,
      reason: e.reason,
      message: e.message,
      firstTimestamp: iso(e.at),
      lastTimestamp: iso(e.at),
      count: 1,
    }))
  return ok({ kind: 'EventList', items, total: items.length })
}

export const listFlavors = (state: SimState): SimAnswer =>
  ok({ kind: 'ResourceFlavorList', items: state.flavors })

export function getQuotas(state: SimState): SimAnswer {
  const used = quotaUsage(state)
  return ok({
    quotas: {
      resources: [
        { type: 'pool', quota: state.quota.pool, used: used.pool },
        { type: 'node', quota: state.quota.node, used: used.node },
      ],
    },
  })
}

export const listVpcs = (state: SimState): SimAnswer => ok({ vpcs: state.vpcs })

export const listSubnets = (state: SimState, query: URLSearchParams): SimAnswer => {
  const vpc = query.get('vpc_id')
  return ok({ subnets: state.subnets.filter((s) => !vpc || s.vpc_id === vpc) })
}

export const listSecurityGroups = (state: SimState, query: URLSearchParams): SimAnswer => {
  const vpc = query.get('vpc_id')
  return ok({ security_groups: state.securityGroups.filter((s) => !vpc || s.vpc_id === vpc) })
}
