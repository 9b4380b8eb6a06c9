import type { FlavorBody } from '@/api/flavors'
import type { NodeNetwork } from '@/api/pools'
import type { SecurityGroup, Subnet, Vpc } from '@/api/vpc'

/**
 * The simulated project, stored as facts with timestamps (ms since epoch). Phases are never
 * stored: they are derived from the timestamps and the current time, so they are right after a
 * reload and in every browser tab.
 */

/** One entry of a pool's `spec.resources`, as the service keeps it: its node pool always named. */
export interface SimResource {
  flavor: string
  count: number
  maxCount: number
  nodePool: string
  azs?: { az: string; count: number }[]
  creatingStep?: { step?: number; type?: string }
  /** Lite pools only: the VPC, subnet and security groups of the entry's nodes. */
  network?: NodeNetwork
}

export interface SimPool {
  /** metadata.name: `<name>-<project_id>`, the only identifier in paths. */
  id: string
  name: string
  description: string
  /** Empty for a Lite pool. */
  scope: string[]
  resources: SimResource[]
  /** The ModelArts network of a Standard pool. */
  networkName?: string
  /** What makes a pool a Lite pool: the VPC/subnet and CCE cluster it runs on. */
  lite?: { vpcId: string; subnetId: string; clusterId: string; keyPairName: string }
  createdAt: number
  /** Creating until then. */
  readyAt: number
  /** Creation failed at this time, for this reason; the service keeps such a pool for 3 days. */
  failedAt?: number
  failure?: string
  deletedAt?: number
  /** Removed for good at this time. */
  goneAt?: number
}

export interface SimNode {
  name: string
  pool: string
  flavor: string
  nodePool: string
  az: string
  ip: string
  createdAt: number
  readyAt: number
  deletedAt?: number
  goneAt?: number
  /** Why the node is abnormal, when it is. */
  abnormal?: string
  /** The locked actions (`['delete']`) while a deletion lock is on. */
  lock?: string[]
}

export interface SimPeer {
  vpc: string
  subnet: string
  /** Connecting until then. */
  readyAt: number
}

export interface SimNetwork {
  /** metadata.name: `<name>-<project_id>`. */
  id: string
  name: string
  cidr: string
  createdAt: number
  /** Creating until then, Active after. */
  readyAt: number
  peers: SimPeer[]
  deletedAt?: number
  goneAt?: number
}

export interface SimWorkload {
  type: string
  /** The internal ID, `modelarts-job-<uuid>`. */
  name: string
  /** What the user called it. */
  jobName: string
  status: string
}

export interface SimEvent {
  pool: string
  type: 'Normal' | 'Warning'
  reason: string
  message: string
  at: number
}

export interface SimState {
  version: typeof STATE_VERSION
  projectId: string
  /** The time up to which transitions have been turned into events. */
  clock: number
  /** Grows with every generated name, so names are deterministic yet unique. */
  seq: number
  azs: string[]
  quota: { pool: number; node: number; network: number }
  flavors: FlavorBody[]
  vpcs: Vpc[]
  subnets: Subnet[]
  securityGroups: SecurityGroup[]
  networks: SimNetwork[]
  pools: SimPool[]
  nodes: SimNode[]
  events: SimEvent[]
  workloads: Record<string, SimWorkload[]>
}

/** How long transitions take at demo speed 1, as PRODUCT.md describes. */
export const DURATIONS = {
  poolCreate: 8_000,
  nodeCreate: 5_000,
  delete: 4_000,
  networkCreate: 5_000,
  peerConnect: 3_000,
  /** How long the service keeps a pool whose creation failed. */
  failedKept: 3 * 24 * 3_600_000,
} as const

/** Bumped whenever the stored shape changes: older stored states are replaced by the seed. */
export const STATE_VERSION = 2
