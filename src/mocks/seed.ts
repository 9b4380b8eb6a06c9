import { defaultNodePool } from '@/api/pool-entries'
import { DEMO_PROJECT_ID } from '@/lib/demo-project'
import { nodeIp, nodeName, uuidOf } from './ids'
import {
  AZS,
  SEED_FLAVORS,
  SEED_NETWORKS,
  SEED_SECURITY_GROUPS,
  SEED_SUBNETS,
  SEED_VPCS,
} from './seed-catalog'
import { type PoolSeed, SECOND_REGION_POOLS, SEED_POOLS } from './seed-pools'
import { blockOf, placeNodes } from './simulator/placement'
import type { SimNetwork, SimNode, SimPool, SimState } from './state'
import { DURATIONS, STATE_VERSION } from './state'

const HOUR = 3_600_000
const DAY = 24 * HOUR

export interface SeedOptions {
  now: number
  scenario?: 'default' | 'large'
  projectId?: string
  /** The seeded pools: the full demo set, or a second region's few. */
  pools?: 'first-region' | 'second-region'
}

export function createSeed({
  now,
  scenario = 'default',
  projectId = DEMO_PROJECT_ID,
  pools = 'first-region',
}: SeedOptions): SimState {
  const state: SimState = {
    version: STATE_VERSION,
    projectId,
    clock: now,
    seq: 1,
    azs: [...AZS],
    quota:
      scenario === 'large'
        ? { pool: 2_100, node: 10_000, network: 15 }
        : { pool: 15, node: 200, network: 15 },
    flavors: structuredClone(SEED_FLAVORS),
    vpcs: structuredClone(SEED_VPCS),
    subnets: structuredClone(SEED_SUBNETS),
    securityGroups: structuredClone(SEED_SECURITY_GROUPS),
    networks: SEED_NETWORKS.map((n, i): SimNetwork => ({
      id: `${n.name}-${projectId}`,
      name: n.name,
      cidr: n.cidr,
      createdAt: now - (200 - i) * DAY,
      readyAt: now - (200 - i) * DAY + DURATIONS.networkCreate,
      peers: n.peers.map((p) => ({ ...p, readyAt: now - (200 - i) * DAY + HOUR })),
    })),
    pools: [],
    nodes: [],
    events: [],
    workloads: {},
  }

  const add = (seed: PoolSeed) => {
    const id = `${seed.name}-${projectId}`
    const createdAt = now - seed.ageDays * DAY
    const failedAt = seed.failure ? createdAt + 10 * 60_000 : undefined
    const readyAt = failedAt ?? createdAt + 6 * 60_000
    const pool: SimPool = {
      id,
      name: seed.name,
      description: seed.description,
      scope: seed.scope,
      resources: seed.resources.map((r) => ({
        ...structuredClone(r),
        maxCount: r.count,
        nodePool: r.nodePool ?? defaultNodePool(r.flavor),
      })),
      ...(seed.lite
        ? { lite: seed.lite }
        : { networkName: `${seed.network ?? 'network-7a03'}-${projectId}` }),
      createdAt,
      readyAt,
      ...(failedAt !== undefined
        ? { failedAt, failure: seed.failure, goneAt: failedAt + DURATIONS.failedKept }
        : {}),
    }
    state.pools.push(pool)
    if (failedAt !== undefined) {
      state.events.push({
        pool: id,
        type: 'Warning',
        reason: 'PoolStatusChange',
        message: `Pool status changed, from Creating to CreationFailed, details: ${seed.failure}.`,
        at: failedAt,
      })
      return
    }
    let index = 0
    const block = blockOf(state, pool)
    for (const resource of pool.resources) {
      const zones = placeNodes(state, resource, state.seq, resource.count)
      for (const az of zones) {
        const seq = state.seq++
        const node: SimNode = {
          name: nodeName(seq),
          pool: id,
          flavor: resource.flavor,
          nodePool: resource.nodePool,
          az,
          ip: nodeIp(seq, block),
          createdAt,
          readyAt,
        }
        if (seed.abnormalNode === index) {
          node.abnormal = 'NotReady: the kubelet stopped posting node status'
        }
        state.nodes.push(node)
        index++
      }
    }
    if (seed.workloads)
      state.workloads[id] = seed.workloads.map((w) => ({
        ...w,
        name: `modelarts-job-${uuidOf(state.seq++)}`,
      }))
    const counts = `0/0/${index}/0`
    state.events.push(
      {
        pool: id,
        type: 'Normal',
        reason: 'PoolStatusChange',
        message: 'Pool status changed, from Creating to Running, details: .',
        at: readyAt,
      },
      {
        pool: id,
        type: 'Normal',
        reason: 'PoolResourcesStatusChange',
        message: `Pool resources status changed, available/abnormal/creating/deleting count from ${counts} to ${index}/0/0/0, timestamp: ${Math.floor(readyAt / 1000)}.`,
        at: readyAt,
      },
    )
    if (seed.abnormalNode !== undefined) {
      const bad = state.nodes.filter((n) => n.pool === id)[seed.abnormalNode]
      const at = now - 2 * HOUR
      state.events.push(
        {
          pool: id,
          type: 'Warning',
          reason: 'NodeAbnormal',
          message: `Node ${bad?.name ?? ''} is abnormal: NotReady, the kubelet stopped posting node status.`,
          at,
        },
        {
          pool: id,
          type: 'Warning',
          reason: 'PoolStatusChange',
          message: 'Pool status changed, from Running to Abnormal, details: 1 node abnormal.',
          at,
        },
      )
    }
  }

  const seeded = pools === 'first-region' ? SEED_POOLS : SECOND_REGION_POOLS
  seeded.forEach(add)

  if (scenario === 'large' && pools === 'first-region') {
    const flavors = ['modelarts.vm.gpu.t4u8', 'modelarts.vm.cpu.8ud', 'modelarts.vm.cpu.4ud']
    for (const [type, scope] of [
      ['train', ['Train', 'Notebook']],
      ['infer', ['Infer']],
    ] as const) {
      for (let i = 0; i < 1000; i++) {
        add({
          name: `${type}-pool-${String(i).padStart(4, '0')}`,
          description: `Generated ${type === 'train' ? 'training' : 'inference'} pool ${i}`,
          scope: [...scope],
          resources: [{ flavor: flavors[i % flavors.length] as string, count: 1 + (i % 3) }],
          ageDays: 1 + (i % 300),
        })
      }
    }
    add({
      name: 'large-cluster-500',
      description: 'A 500-node training cluster for performance work',
      scope: ['Train'],
      resources: [{ flavor: 'modelarts.vm.cpu.8ud', count: 500 }],
      ageDays: 2,
      abnormalNode: 137,
    })
  }

  return state
}
