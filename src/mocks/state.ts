import type { Flavor } from '@/api/flavors'
import type { PoolResource } from '@/api/pools'
import type { SecurityGroup, Subnet, Vpc } from '@/api/vpc'
import type { Workload } from '@/api/workloads'

/**
 * The simulated project, stored as facts with timestamps (ms since epoch). Phases are never
 * stored: they are derived from the timestamps and the current time, so they are right after a
 * reload and in every browser tab.
 */
export interface SimPool {
  /** metadata.name: `<name>-<project_id>`, the only identifier in paths. */
  id: string
  name: string
  description: string
  scope: string[]
  resources: PoolResource[]
  networkName: string
  createdAt: number
  /** Creating until then. */
  readyAt: number
  deletedAt?: number
  /** Removed for good at this time. */
  goneAt?: number
}

export interface SimNode {
  name: string
  pool: string
  flavor: string
  az: string
  ip: string
  createdAt: number
  readyAt: number
  deletedAt?: number
  goneAt?: number
  /** Why the node is abnormal, when it is. */
  abnormal?: string
}

export interface SimEvent {
  pool: string
  type: 'Normal' | 'Warning'
  reason: string
  message: string
  at: number
}

export interface SimState {
  version: 1
  projectId: string
  /** The time up to which transitions have been turned into events. */
  clock: number
  /** Grows with every generated name, so names are deterministic yet unique. */
  seq: number
  azs: string[]
  quota: { pool: number; node: number }
  flavors: Flavor[]
  vpcs: Vpc[]
  subnets: Subnet[]
  securityGroups: SecurityGroup[]
  pools: SimPool[]
  nodes: SimNode[]
  events: SimEvent[]
  workloads: Record<string, Workload[]>
}

/** How long transitions take at demo speed 1, as PRODUCT.md describes. */
export const DURATIONS = {
  poolCreate: 8_000,
  nodeCreate: 5_000,
  delete: 4_000,
} as const

export const STATE_VERSION = 1
