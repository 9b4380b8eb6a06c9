import { POOL_ERROR_CODES } from '@/api/pool-rules'
import { cidrProblem, overlaps, parseCidr } from '@/api/network-rules'
import { createNetworkBodySchema, patchNetworkBodySchema } from '@/api/networks'
import { LABEL_NAME } from '@/api/pools'
import { DURATIONS, type SimNetwork, type SimPeer, type SimState } from '../state'
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
import { networkPhaseAt } from './clock'
import { checkName, quotaUsage } from './rules'
import { toNetwork } from './views'

/**
 * ModelArts networks (OTC network_management/*.rst): created asynchronously (Creating → Active),
 * connected to a VPC/subnet by a merge-patch of the whole peer connection list.
 */

const findNetwork = (state: SimState, id: string) =>
  state.networks.find((n) => n.id === id && n.deletedAt === undefined)
const networkNotFound = () => error(404, POOL_ERROR_CODES.networkNotFound, 'Network not exist.')

export function listNetworks(state: SimState, ctx: SimContext, query: URLSearchParams): SimAnswer {
  const live = state.networks
    .filter((n) => n.deletedAt === undefined)
    .sort((a, b) => a.createdAt - b.createdAt)
  const { slice, next } = page(live, query, 500)
  return ok({
    apiVersion: 'v1',
    kind: 'NetworkList',
    metadata: next ? { continue: next } : {},
    items: slice.map((n) => toNetwork(n, ctx.now)),
  })
}

export function getNetwork(state: SimState, ctx: SimContext, id: string): SimAnswer {
  const network = findNetwork(state, id)
  return network ? ok(toNetwork(network, ctx.now)) : networkNotFound()
}

const CIDR_PROBLEMS = {
  format: 'spec.cidr: not an IPv4 CIDR block such as 192.168.128.0/17',
  range:
    'spec.cidr: the CIDR must lie within 172.16.0.0/12 (prefix 12 to 24) or 192.168.0.0/16 (prefix 16 to 24)',
} as const

export function createNetwork(state: SimState, ctx: SimContext, raw: unknown): SimResult {
  const answer = (a: SimAnswer) => result(state, a)
  const parsed = createNetworkBodySchema.safeParse(raw)
  if (!parsed.success) return answer(invalid(zodMessage(parsed.error.issues)))
  const name = parsed.data.metadata.labels[LABEL_NAME]
  const badName = checkName(`metadata.labels.${LABEL_NAME}`, name)
  if (badName) return answer(invalid(badName))
  const cidr = parsed.data.spec.cidr
  const problem = cidrProblem(cidr)
  // The API checks the form and the ranges; overlaps with the container range are advice only.
  if (problem?.kind === 'format' || problem?.kind === 'range')
    return answer(invalid(CIDR_PROBLEMS[problem.kind]))
  if (problem?.kind === 'not-network')
    return answer(
      invalid(
        `spec.cidr: ${cidr} is not the first address of its block; use ${problem.suggestion}`,
      ),
    )
  const same = state.networks.find((n) => n.name === name)
  if (same)
    return answer(
      invalid(
        same.deletedAt === undefined
          ? `metadata.labels.${LABEL_NAME}: a network named ${name} already exists`
          : `metadata.labels.${LABEL_NAME}: a network named ${name} is still being deleted; choose another name or wait until it is gone`,
      ),
    )
  const used = quotaUsage(state).network
  if (used + 1 > state.quota.network)
    return answer(
      error(
        400,
        POOL_ERROR_CODES.quota,
        `Network quota exceeded: ${used} of ${state.quota.network} networks are in use. Delete a network or ask for a higher network quota.`,
      ),
    )
  const network: SimNetwork = {
    id: `${name}-${state.projectId}`,
    name,
    cidr,
    createdAt: ctx.now,
    readyAt: ctx.now + DURATIONS.networkCreate / ctx.speed,
    peers: [],
  }
  const next = { ...state, networks: [...state.networks, network] }
  // The create answer carries no phase yet (OTC example: "phase": "").
  const body = toNetwork(network, ctx.now)
  return result(next, ok({ ...body, status: { phase: '' } }))
}

/** Connects the network to VPC subnets: the list sent replaces the one it had. */
export function patchNetwork(
  state: SimState,
  ctx: SimContext,
  id: string,
  raw: unknown,
): SimResult {
  const answer = (a: SimAnswer) => result(state, a)
  const network = findNetwork(state, id)
  if (!network) return answer(networkNotFound())
  const parsed = patchNetworkBodySchema.safeParse(raw)
  if (!parsed.success) return answer(invalid(zodMessage(parsed.error.issues)))
  const phase = networkPhaseAt(network, ctx.now)
  if (phase !== 'Active')
    return answer(invalid(`The network ${network.name} is ${phase}; connect it once it is Active.`))
  const own = parseCidr(network.cidr)
  const peers: SimPeer[] = []
  for (const [i, p] of parsed.data.spec.connection.peerConnectionList.entries()) {
    const at = `spec.connection.peerConnectionList[${i}]`
    const vpc = state.vpcs.find((v) => v.id === p.peerVpcId)
    if (!vpc) return answer(invalid(`${at}.peerVpcId: no VPC ${p.peerVpcId} in this project`))
    const subnet = state.subnets.find((s) => s.id === p.peerSubnetId)
    if (!subnet || subnet.vpc_id !== vpc.id)
      return answer(
        invalid(`${at}.peerSubnetId: subnet ${p.peerSubnetId} does not belong to VPC ${vpc.name}`),
      )
    const theirs = vpc.cidr ? parseCidr(vpc.cidr) : undefined
    if (own && theirs && overlaps(own, theirs))
      return answer(
        invalid(
          `${at}.peerVpcId: the network's CIDR ${network.cidr} overlaps VPC ${vpc.name} (${vpc.cidr}); a connected VPC needs a CIDR of its own`,
        ),
      )
    const had = network.peers.find((x) => x.vpc === vpc.id && x.subnet === subnet.id)
    peers.push(
      had ?? {
        vpc: vpc.id,
        subnet: subnet.id,
        readyAt: ctx.now + DURATIONS.peerConnect / ctx.speed,
      },
    )
  }
  const updated: SimNetwork = { ...network, peers }
  const next = { ...state, networks: state.networks.map((n) => (n.id === id ? updated : n)) }
  return result(next, ok(toNetwork(updated, ctx.now)))
}

export function deleteNetwork(state: SimState, ctx: SimContext, id: string): SimResult {
  const network = findNetwork(state, id)
  if (!network) return result(state, networkNotFound())
  const user = state.pools.find((p) => p.networkName === id)
  if (user)
    return result(
      state,
      invalid(`The network ${network.name} is used by pool ${user.name}; delete the pool first.`),
    )
  const updated: SimNetwork = {
    ...network,
    deletedAt: ctx.now,
    goneAt: ctx.now + DURATIONS.delete / ctx.speed,
  }
  const next = { ...state, networks: state.networks.map((n) => (n.id === id ? updated : n)) }
  return result(next, ok(toNetwork(updated, ctx.now)))
}
