import * as sim from './simulator'
import type { SimAnswer, SimContext, SimResult } from './simulator'
import type { SimState } from './state'

/**
 * One table from (method, path) to simulator operation, shared by every transport: the MSW
 * handlers in the browser and in tests, and the plain HTTP server. Paths are those after the
 * `/api/modelarts` or `/api/vpc` prefix.
 */
export interface SimRequest {
  method: string
  service: 'modelarts' | 'vpc'
  /** e.g. `/v2/{project}/pools/{name}` */
  path: string
  query: URLSearchParams
  body?: unknown
}

type Params = Record<string, string>
type Op = (
  state: SimState,
  ctx: SimContext,
  req: SimRequest,
  params: Params,
) => SimAnswer | SimResult

interface Route {
  method: string
  service: SimRequest['service']
  pattern: string
  op: Op
}

const routes: Route[] = [
  {
    method: 'GET',
    service: 'modelarts',
    pattern: '/v2/:project/pools',
    op: (s, c, r) => sim.listPools(s, c, r.query),
  },
  {
    method: 'POST',
    service: 'modelarts',
    pattern: '/v2/:project/pools',
    op: (s, c, r) => sim.createPool(s, c, r.body),
  },
  {
    method: 'GET',
    service: 'modelarts',
    pattern: '/v2/:project/pools/:pool',
    op: (s, c, _r, p) => sim.getPool(s, c, p.pool!),
  },
  {
    method: 'PATCH',
    service: 'modelarts',
    pattern: '/v2/:project/pools/:pool',
    op: (s, c, r, p) => sim.patchPool(s, c, p.pool!, r.body),
  },
  {
    method: 'DELETE',
    service: 'modelarts',
    pattern: '/v2/:project/pools/:pool',
    op: (s, c, _r, p) => sim.deletePool(s, c, p.pool!),
  },
  {
    method: 'GET',
    service: 'modelarts',
    pattern: '/v2/:project/pools/:pool/nodes',
    op: (s, c, r, p) => sim.listNodes(s, c, p.pool!, r.query),
  },
  {
    method: 'POST',
    service: 'modelarts',
    pattern: '/v2/:project/pools/:pool/nodes/batch-delete',
    op: (s, c, r, p) => sim.batchDeleteNodes(s, c, p.pool!, r.body),
  },
  {
    method: 'GET',
    service: 'modelarts',
    pattern: '/v2/:project/pools/:pool/workloads',
    op: (s, c, _r, p) => sim.listWorkloads(s, c, p.pool!),
  },
  {
    method: 'GET',
    service: 'modelarts',
    pattern: '/v1/:project/resourceflavors',
    op: (s) => sim.listFlavors(s),
  },
  {
    method: 'GET',
    service: 'modelarts',
    pattern: '/v1/:project/events',
    op: (s, c, r) => sim.listEvents(s, c, r.query),
  },
  {
    method: 'GET',
    service: 'modelarts',
    pattern: '/v1/:project/quotas',
    op: (s) => sim.getQuotas(s),
  },
  { method: 'GET', service: 'vpc', pattern: '/v1/:project/vpcs', op: (s) => sim.listVpcs(s) },
  {
    method: 'GET',
    service: 'vpc',
    pattern: '/v1/:project/subnets',
    op: (s, _c, r) => sim.listSubnets(s, r.query),
  },
  {
    method: 'GET',
    service: 'vpc',
    pattern: '/v1/:project/security-groups',
    op: (s, _c, r) => sim.listSecurityGroups(s, r.query),
  },
]

function match(pattern: string, path: string): Params | undefined {
  const want = pattern.split('/')
  const got = path.replace(/\/+$/, '').split('/')
  if (want.length !== got.length) return undefined
  const params: Params = {}
  for (const [i, seg] of want.entries()) {
    const actual = got[i] ?? ''
    if (seg.startsWith(':')) params[seg.slice(1)] = decodeURIComponent(actual)
    else if (seg !== actual) return undefined
  }
  return params
}

const isResult = (x: SimAnswer | SimResult): x is SimResult => 'answer' in x

/**
 * Answers one request: brings the state up to `ctx.now`, runs the operation, and returns the
 * (possibly new) state with the answer. The caller persists the state when it changed.
 */
export function dispatch(state: SimState, ctx: SimContext, req: SimRequest): SimResult {
  const current = sim.advance(state, ctx.now)
  const candidates = routes.filter((r) => r.service === req.service && match(r.pattern, req.path))
  if (candidates.length === 0) {
    return {
      state: current,
      answer: sim.error(404, 'APIGW.0101', `The API does not exist: ${req.method} ${req.path}`),
    }
  }
  const route = candidates.find((r) => r.method === req.method)
  if (!route) {
    return {
      state: current,
      answer: sim.error(405, 'APIGW.0102', `Method ${req.method} is not allowed on ${req.path}`),
    }
  }
  const params = match(route.pattern, req.path)!
  if (params.project !== current.projectId) {
    return {
      state: current,
      answer: sim.error(
        403,
        'ModelArts.0103',
        `You are not allowed to access project ${params.project ?? ''}.`,
      ),
    }
  }
  const out = route.op(current, ctx, req, params)
  return isResult(out) ? out : { state: current, answer: out }
}
