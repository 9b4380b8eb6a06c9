/**
 * CIDR arithmetic and the rules a ModelArts network's CIDR must follow, shared by the form and the
 * simulated backend. The reference allows 172.16.0.0/12 to /24 and 192.168.0.0/16 to /24 (OTC
 * `network_management/creating_network_resources.rst`, the Python SDK's `network_spec.py`); the
 * user guide (OTC umn `modelarts_network.rst`) adds that it must not overlap the VPC it connects
 * to, nor ModelArts' own container range 172.16.0.0/16.
 */

export interface Cidr {
  /** The first address, as an unsigned 32-bit number. */
  base: number
  prefix: number
  text: string
}

const CIDR_PATTERN = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\/(\d{1,2})$/

const mask = (prefix: number) => (prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0)
const ipText = (n: number) => [24, 16, 8, 0].map((s) => (n >>> s) & 255).join('.')

/** "192.168.0.0/16" → its numbers; undefined when it is not an IPv4 CIDR at all. */
export function parseCidr(text: string): (Cidr & { address: number }) | undefined {
  const m = CIDR_PATTERN.exec(text.trim())
  if (!m) return undefined
  const octets = m.slice(1, 5).map(Number)
  const prefix = Number(m[5])
  if (octets.some((o) => o > 255) || prefix > 32) return undefined
  const address = octets.reduce((n, o) => n * 256 + o, 0) >>> 0
  return { address, base: (address & mask(prefix)) >>> 0, prefix, text: text.trim() }
}

const size = (c: Cidr) => 2 ** (32 - c.prefix)

export const overlaps = (a: Cidr, b: Cidr) => a.base < b.base + size(b) && b.base < a.base + size(a)

export const within = (inner: Cidr, outer: Cidr) =>
  inner.base >= outer.base && inner.base + size(inner) <= outer.base + size(outer)

const range = (text: string, longest: number) => ({ cidr: parseCidr(text)!, longest })

/** Where a ModelArts network may lie: each range, and the longest prefix allowed in it. */
export const NETWORK_RANGES = [range('172.16.0.0/12', 24), range('192.168.0.0/16', 24)]
/** ModelArts' container network; a network on it cannot reach its own pods. */
export const CONTAINER_CIDR = parseCidr('172.16.0.0/16')!

export type CidrProblem =
  | { kind: 'format' }
  | { kind: 'not-network'; suggestion: string }
  | { kind: 'range' }
  | { kind: 'container' }
  | { kind: 'overlap'; other: string }

/**
 * What is wrong with a network CIDR, if anything; `avoid` holds CIDRs it must not overlap (the VPC
 * it will connect to). The simulator checks `format`, `not-network` and `range`, as the API does;
 * the form checks all of them.
 */
export function cidrProblem(text: string, avoid: readonly string[] = []): CidrProblem | undefined {
  const c = parseCidr(text)
  if (!c) return { kind: 'format' }
  // The range first: a "did you mean" suggestion must be a block that is then accepted.
  const fits = NETWORK_RANGES.some(
    (r) => within(c, r.cidr) && c.prefix >= r.cidr.prefix && c.prefix <= r.longest,
  )
  if (!fits) return { kind: 'range' }
  if (c.address !== c.base)
    return { kind: 'not-network', suggestion: `${ipText(c.base)}/${c.prefix}` }
  if (overlaps(c, CONTAINER_CIDR)) return { kind: 'container' }
  for (const other of avoid) {
    const o = parseCidr(other)
    if (o && overlaps(c, o)) return { kind: 'overlap', other }
  }
  return undefined
}

/** CIDRs the console proposes for a new network, most roomy first. */
const PROPOSALS = [
  '192.168.128.0/17',
  '172.20.0.0/16',
  '172.24.0.0/16',
  '192.168.0.0/17',
  '172.28.0.0/16',
  '192.168.64.0/18',
]

/** A free CIDR for a new network: one that overlaps none of `avoid`; undefined if all do. */
export const proposeCidr = (avoid: readonly string[]) =>
  PROPOSALS.find((p) => cidrProblem(p, avoid) === undefined)
