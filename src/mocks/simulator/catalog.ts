import type { SimState } from '../state'
import { iso, ok, page, type SimAnswer, type SimContext, vpcError } from './answers'
import { findPool, notFound } from './pools'
import { quotaUsage } from './rules'

/** The read-only parts of the project: flavors, quotas, workloads, events, and the VPC service. */

export function listFlavors(state: SimState, query: URLSearchParams): SimAnswer {
  const { slice, next } = page(state.flavors, query, 500)
  return ok({
    apiVersion: 'v1',
    kind: 'ResourceFlavorList',
    metadata: next ? { continue: next } : {},
    items: slice,
  })
}

/**
 * Quota values as strings, the way the reference's table types them; `pool` and `network` are the
 * documented types. `node` is this simulator's own: PRODUCT.md gives the demo project 200 nodes.
 */
export function getQuotas(state: SimState): SimAnswer {
  const used = quotaUsage(state)
  const entry = (type: 'pool' | 'network' | 'node') => ({
    type,
    quota: String(state.quota[type]),
    used: String(used[type]),
  })
  return ok({ quotas: { resources: [entry('pool'), entry('network'), entry('node')] } })
}

export function listWorkloads(state: SimState, _ctx: SimContext, id: string): SimAnswer {
  if (!findPool(state, id)) return notFound(id)
  const items = (state.workloads[id] ?? []).map((w) => ({
    kind: 'Workload',
    apiVersion: 'v1',
    type: w.type,
    name: w.name,
    jobName: w.jobName,
    namespace: id,
    status: w.status,
  }))
  return ok({ apiVersion: 'v1', kind: 'WorkloadList', metadata: {}, items, total: items.length })
}

export function listEvents(state: SimState, _ctx: SimContext, query: URLSearchParams): SimAnswer {
  const name = query.get('name')
  const items = state.events
    .filter((e) => !name || e.pool === name)
    .sort((a, b) => b.at - a.at)
    .map((e) => ({
      apiVersion: 'v1',
      kind: 'Event',
      type: e.type,
      reason: e.reason,
      message: e.message,
      firstTimestamp: iso(e.at),
      lastTimestamp: iso(e.at),
      count: 1,
    }))
  return ok({ apiVersion: 'v1', kind: 'EventList', metadata: {}, items, total: items.length })
}

export const listVpcs = (state: SimState): SimAnswer => ok({ vpcs: state.vpcs })

/** Subnets of a VPC; an unknown `vpc_id` is VPC.0101, in the VPC service's own error format. */
export function listSubnets(state: SimState, query: URLSearchParams): SimAnswer {
  const vpc = query.get('vpc_id')
  if (vpc && !state.vpcs.some((v) => v.id === vpc))
    return vpcError(400, 'VPC.0101', `getVpc error vpcId is invalid: ${vpc}`)
  return ok({ subnets: state.subnets.filter((s) => !vpc || s.vpc_id === vpc) })
}

/**
 * Every security group, whatever `vpc_id` asks: the VPC API treats it as "only used as a prompt"
 * (OTC-VPC querying_security_groups.rst), so the console must filter by VPC itself.
 */
export const listSecurityGroups = (state: SimState): SimAnswer =>
  ok({ security_groups: state.securityGroups })
