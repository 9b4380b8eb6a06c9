import { type CidrProblem, cidrProblem, parseCidr, proposeCidr, within } from '@/api/network-rules'
import { isConnectedTo, isIsolated, type Network, networkDisplayName } from '@/api/networks'
import type { SecurityGroup } from '@/api/vpc'
import { i18n } from '@/i18n'

/**
 * Which ModelArts network a new pool runs in. A Standard pool must name one (`spec.network.name`):
 * without Custom Network Configuration it is the project's isolated network (one connected to
 * nothing), with it one connected to the chosen VPC and subnet. When there is none, the console
 * creates one (name + CIDR) and, for a custom network, connects it.
 */

/** The select's value for "create a new network". */
export const NEW_NETWORK = 'new'

export interface CustomNetworkChoice {
  vpc: string
  subnet: string
}

const isUsable = (n: Network) => !n.metadata.deletionTimestamp && n.status?.phase !== 'Abnormal'

/**
 * Networks the pool can run in: isolated ones, or those connected to the chosen VPC and subnet —
 * and, for a custom network, `own`: a network this form created for the pool and has not yet
 * connected (Submit connects it), but never one connected somewhere else.
 */
export function networkCandidates(
  networks: readonly Network[] | undefined,
  custom: CustomNetworkChoice | undefined,
  own?: string,
): Network[] {
  const usable = (networks ?? []).filter(isUsable)
  const fit = usable.filter((n) =>
    custom
      ? isConnectedTo(n, custom.vpc, custom.subnet) || (n.metadata.name === own && isIsolated(n))
      : isIsolated(n),
  )
  // Active first: a pool can be created on it at once.
  return fit.sort(
    (a, b) => Number(b.status?.phase === 'Active') - Number(a.status?.phase === 'Active'),
  )
}

export function networkLabel(n: Network): string {
  const phase = n.status?.phase
  return `${networkDisplayName(n)} (${n.spec.cidr})${phase && phase !== 'Active' ? ` · ${phase}` : ''}`
}

/** "network-7b2c": the way ModelArts' own console names a network it proposes. */
export function newNetworkName(random: () => number = Math.random): string {
  const chars = 'abcdefghijklmnopqrstuvwxyz0123456789'
  let tail = ''
  for (let i = 0; i < 4; i++) tail += chars[Math.floor(random() * chars.length)]
  return `network-${tail}`
}

/** A CIDR for a new network that overlaps neither the VPC it connects to nor the other networks. */
export function proposeNetworkCidr(
  networks: readonly Network[] | undefined,
  vpcCidr: string | undefined,
): string {
  const avoid = [...(networks ?? []).map((n) => n.spec.cidr), ...(vpcCidr ? [vpcCidr] : [])]
  return proposeCidr(avoid) ?? proposeCidr(vpcCidr ? [vpcCidr] : []) ?? '192.168.128.0/17'
}

export function cidrMessage(problem: CidrProblem, text: string): string {
  switch (problem.kind) {
    case 'format':
      return i18n.t('create:cidr.format')
    case 'not-network':
      return i18n.t('create:cidr.notNetwork', { text: text.trim(), suggestion: problem.suggestion })
    case 'range':
      return i18n.t('create:cidr.range')
    case 'container':
      return i18n.t('create:cidr.container')
    case 'overlap':
      return i18n.t('create:cidr.overlap', { other: problem.other })
  }
}

export const checkNetworkCidr = (text: string, vpcCidr: string | undefined) => {
  const problem = cidrProblem(text, vpcCidr ? [vpcCidr] : [])
  return problem ? cidrMessage(problem, text) : undefined
}

/** "TCP 8080", "TCP 80–443", "all TCP", "all traffic": what one inbound rule lets in. */
function ruleText(r: NonNullable<SecurityGroup['security_group_rules']>[number]): string {
  if (!r.protocol) return i18n.t('create:rules.allTraffic')
  const proto = r.protocol.toUpperCase()
  const { port_range_min: min, port_range_max: max } = r
  if (min == null && max == null) return i18n.t('create:rules.allProtocol', { proto })
  return min === max || max == null ? `${proto} ${min}` : `${proto} ${min}–${max}`
}

/**
 * What a security group lets in from the pool's network: the inbound IPv4 rules whose source
 * covers the network's CIDR, in words (`[]` when none does). `undefined` when the rules are not
 * known.
 */
export function admitsNetwork(group: SecurityGroup, cidr: string): string[] | undefined {
  const rules = group.security_group_rules
  const network = parseCidr(cidr)
  if (!rules || !network) return undefined
  return rules
    .filter((r) => {
      if (r.direction !== 'ingress' || (r.ethertype && r.ethertype !== 'IPv4')) return false
      const source = parseCidr(r.remote_ip_prefix ?? '')
      return source !== undefined && within(network, source)
    })
    .map(ruleText)
}
