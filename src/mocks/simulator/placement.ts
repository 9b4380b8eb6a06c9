import { nodeIp, nodeName } from '../ids'
import type { SimNode, SimPool, SimState } from '../state'
import { isSoldOutIn } from './rules'

interface EntryPlacement {
  flavor: string
  nodePool: string
  azs?: readonly { az: string; count: number }[]
}

/**
 * The AZ of each of `count` new nodes of an entry. Pinned to AZs, each AZ gets what its count asks
 * beyond the nodes it already has; otherwise round-robin over the AZs where the flavor is open.
 */
export function placeNodes(
  state: Pick<SimState, 'azs' | 'flavors'>,
  entry: EntryPlacement,
  seq: number,
  count: number,
  have: ReadonlyMap<string, number> = new Map(),
): string[] {
  if (entry.azs?.length) {
    const zones: string[] = []
    for (const a of entry.azs)
      for (let i = have.get(a.az) ?? 0; i < a.count && zones.length < count; i++) zones.push(a.az)
    return zones
  }
  const flavor = state.flavors.find((f) => f.metadata.name === entry.flavor)
  const open = state.azs.filter((az) => !flavor || !isSoldOutIn(flavor, az))
  const zones = open.length ? open : state.azs
  return Array.from({ length: count }, (_, i) => zones[(seq + i) % zones.length] as string)
}

/** The address block a pool's nodes live in: its ModelArts network's, or a Lite pool's subnet's. */
export function blockOf(state: SimState, pool: Pick<SimPool, 'networkName' | 'lite'>) {
  if (pool.lite) return state.subnets.find((s) => s.id === pool.lite?.subnetId)?.cidr
  return state.networks.find((n) => n.id === pool.networkName)?.cidr
}

/** `count` new nodes for one entry of a pool, named and addressed from the sequence. */
export function newNodes(
  state: SimState,
  pool: Pick<SimPool, 'id' | 'networkName' | 'lite'>,
  entry: EntryPlacement,
  count: number,
  at: number,
  readyAt: number,
  have?: ReadonlyMap<string, number>,
): { nodes: SimNode[]; seq: number } {
  let seq = state.seq
  const block = blockOf(state, pool)
  const zones = placeNodes(state, entry, seq, count, have)
  const nodes = zones.map((az) => {
    const s = seq++
    return {
      name: nodeName(s),
      pool: pool.id,
      flavor: entry.flavor,
      nodePool: entry.nodePool,
      az,
      ip: nodeIp(s, block),
      createdAt: at,
      readyAt,
    }
  })
  return { nodes, seq }
}
