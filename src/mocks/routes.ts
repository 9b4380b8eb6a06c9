import type { SimState } from './state'
import {
  error,
  type SimAnswer,
  type SimContext,
  type SimResult,
  vpcError,
} from './simulator/answers'
import * as catalog from './simulator/catalog'
import { advance } from './simulator/clock'
import * as monitor from './simulator/monitor'
import * as networks from './simulator/networks'
import * as locks from './simulator/node-locks'
import * as pools from './simulator/pools'
import * as scaling from './simulator/scaling'

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
    op: (s, c, r) => pools.listPools(s, c, r.query),
  },
  {
    method: 'POST',
    service: 'modelarts',
    pattern: '/v2/:project/pools',
    op: (s, c, r) => pools.createPool(s, c, r.body),
  },
  {
    method: 'GET',
    service: 'modelarts',
    pattern: '/v2/:project/pools/:pool',
    op: (s, c, _r, p) => pools.getPool(s, c, p.pool!),
  },
  {
    method: 'PATCH',
    service: 'modelarts',
    pattern: '/v2/:project/pools/:pool',
    op: (s, c, r, p) => scaling.patchPool(s, c, p.pool!, r.body),
  },
  {
    method: 'DELETE',
    service: 'modelarts',
    pattern: '/v2/:project/pools/:pool',
    op: (s, c, _r, p) => pools.deletePool(s, c, p.pool!),
  },
  {
    method: 'GET',
    service: 'modelarts',
    pattern: '/v2/:project/pools/:pool/nodes',
    op: (s, c, r, p) => scaling.listNodes(s, c, p.pool!, r.query),
  },
  {
    method: 'POST',
    service: 'modelarts',
    pattern: '/v2/:project/pools/:pool/nodes/batch-delete',
    op: (s, c, r, p) => scaling.batchDeleteNodes(s, c, p.pool!, r.body),
  },
  {
    method: 'POST',
    service: 'modelarts',
    pattern: '/v2/:project/pools/:pool/nodes/batch-lock',
    op: (s, c, r, p) => locks.changeLocks(s, c, p.pool!, r.body, true),
  },
  {
    method: 'POST',
    service: 'modelarts',
    pattern: '/v2/:project/pools/:pool/nodes/batch-unlock',
    op: (s, c, r, p) => locks.changeLocks(s, c, p.pool!, r.body, false),
  },
  {
    method: 'GET',
    service: 'modelarts',
    pattern: '/v2/:project/pools/:pool/monitor',
    op: (s, c, r, p) => monitor.getMonitor(s, c, p.pool!, r.query),
  },
  {
    method: 'GET',
    service: 'modelarts',
    pattern: '/v2/:project/pools/:pool/workloads',
    op: (s, c, _r, p) => catalog.listWorkloads(s, c, p.pool!),
  },
  {
    method: 'GET',
    service: 'modelarts',
    pattern: '/v1/:project/resourceflavors',
    op: (s, _c, r) => catalog.listFlavors(s, r.query),
  },
  {
    method: 'GET',
    service: 'modelarts',
    pattern: '/v1/:project/events',
    op: (s, c, r) => catalog.listEvents(s, c, r.query),
  },
  {
    method: 'GET',
    service: 'modelarts',
    pattern: '/v1/:project/quotas',
    op: (s) => catalog.getQuotas(s),
  },
  {
    method: 'GET',
    service: 'modelarts',
    pattern: '/v1/:project/networks',
    op: (s, c, r) => networks.listNetworks(s, c, r.query),
  },
  {
    method: 'POST',
    service: 'modelarts',
    pattern: '/v1/:project/networks',
    op: (s, c, r) => networks.createNetwork(s, c, r.body),
  },
  {
    method: 'GET',
    service: 'modelarts',
    pattern: '/v1/:project/networks/:network',
    op: (s, c, _r, p) => networks.getNetwork(s, c, p.network!),
  },
  {
    method: 'PATCH',
    service: 'modelarts',
    pattern: '/v1/:project/networks/:network',
    op: (s, c, r, p) => networks.patchNetwork(s, c, p.network!, r.body),
  },
  {
    method: 'DELETE',
    service: 'modelarts',
    pattern: '/v1/:project/networks/:network',
    op: (s, c, _r, p) => networks.deleteNetwork(s, c, p.network!),
  },
  { method: 'GET', service: 'vpc', pattern: '/v1/:project/vpcs', op: (s) => catalog.listVpcs(s) },
  {
    method: 'GET',
    service: 'vpc',
    pattern: '/v1/:project/subnets',
    op: (s, _c, r) => catalog.listSubnets(s, r.query),
  },
  {
    method: 'GET',
    service: 'vpc',
    pattern: '/v1/:project/security-groups',
    op: (s) => catalog.listSecurityGroups(s),
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
  const current = advance(state, ctx.now)
  const candidates = routes.filter((r) => r.service === req.service && match(r.pattern, req.path))
  if (candidates.length === 0) {
    return {
      state: current,
      answer: error(404, 'APIGW.0101', `The API does not exist: ${req.method} ${req.path}`),
    }
  }
  const route = candidates.find((r) => r.method === req.method)
  if (!route) {
    return {
      state: current,
      answer: error(405, 'APIGW.0102', `Method ${req.method} is not allowed on ${req.path}`),
    }
  }
  const params = match(route.pattern, req.path)!
  if (params.project !== current.projectId) {
    return {
      state: current,
      answer:
        req.service === 'vpc'
          ? vpcError(400, 'VPC.0007', 'urlTenantId is not equal to tokenTenantId.')
          : error(
              403,
              'ModelArts.0103',
              `You are not allowed to access project ${params.project ?? ''}.`,
            ),
    }
  }
  const out = route.op(current, ctx, req, params)
  return isResult(out) ? out : { state: current, answer: out }
}
