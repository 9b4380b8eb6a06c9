// Over 300 lines because it is data: the demo's pools, each with the story it tells (Abnormal
// node, two AZs, Lite, failed creation), and the builder that turns them into a project.
import { defaultNodePool } from '@/api/pool-entries'
import { DEMO_PROJECT_ID } from '@/lib/demo-project'
import { nodeIp, nodeName, uuidOf } from './ids'
import {
  AZ1,
  AZ2,
  AZ3,
  AZS,
  SEED_FLAVORS,
  SEED_NETWORKS,
  SEED_SECURITY_GROUPS,
  SEED_SUBNETS,
  SEED_VPCS,
} from './seed-catalog'
import { blockOf, placeNodes } from './simulator/placement'
import type { SimNetwork, SimNode, SimPool, SimResource, SimState, SimWorkload } from './state'
import { DURATIONS, STATE_VERSION } from './state'

interface PoolSeed {
  name: string
  description: string
  scope: string[]
  resources: (Omit<SimResource, 'maxCount' | 'nodePool'> & { nodePool?: string })[]
  ageDays: number
  /** The network the pool runs in (default: the isolated network-7a03). */
  network?: string
  /** A Lite pool: no scope, on a VPC and CCE cluster. */
  lite?: NonNullable<SimPool['lite']>
  /** Creation failed with this reason, a day ago; the pool has no nodes. */
  failure?: string
  workloads?: Omit<SimWorkload, 'name'>[]
  /** Index of a node to seed as Abnormal. */
  abnormalNode?: number
}

const HOUR = 3_600_000
const DAY = 24 * HOUR

export const SEED_POOLS: PoolSeed[] = [
  {
    name: 'llm-finetune',
    description: 'Fine-tuning of the support-bot language models',
    scope: ['Train', 'Notebook'],
    resources: [{ flavor: 'modelarts.vm.gpu.t4u8', count: 3 }],
    ageDays: 41,
    workloads: [
      { type: 'train', jobName: 'bert-finetune-v3', status: 'Running' },
      { type: 'notebook', jobName: 'notebook-alice-llm', status: 'Running' },
    ],
  },
  {
    name: 'cv-training-a100',
    description: 'Vision models, pinned to AZ 2',
    scope: ['Train'],
    resources: [{ flavor: 'modelarts.vm.gpu.a100.8', count: 2, azs: [{ az: AZ2, count: 2 }] }],
    ageDays: 17,
    workloads: [{ type: 'train', jobName: 'resnet152-imagenet', status: 'Running' }],
  },
  {
    name: 'data-prep-cpu',
    description: 'Feature extraction and data cleaning',
    scope: ['Train', 'Notebook'],
    resources: [{ flavor: 'modelarts.vm.cpu.8ud', count: 2 }],
    ageDays: 9,
    abnormalNode: 1,
    workloads: [{ type: 'notebook', jobName: 'notebook-etl-bob', status: 'Stopped' }],
  },
  {
    name: 'notebook-sandbox',
    description: 'Scratch notebooks for new team members',
    scope: ['Train', 'Notebook'],
    resources: [{ flavor: 'modelarts.vm.cpu.4ud', count: 1 }],
    ageDays: 3,
  },
  {
    name: 'realtime-inference',
    description: 'Production real-time services on vpc-prod',
    scope: ['Infer'],
    network: 'network-prod',
    resources: [{ flavor: 'modelarts.vm.gpu.t4u8', count: 2, azs: [{ az: AZ2, count: 2 }] }],
    ageDays: 63,
    workloads: [
      { type: 'infer', jobName: 'ocr-service', status: 'Running' },
      { type: 'infer', jobName: 'speech-to-text', status: 'Running' },
    ],
  },
  {
    name: 'batch-scoring-cpu',
    description: 'Nightly scoring services',
    scope: ['Infer'],
    resources: [{ flavor: 'modelarts.vm.cpu.8ud', count: 1 }],
    ageDays: 28,
  },
  {
    name: 'edge-infer-p4',
    description: 'Low-latency services in AZ 3',
    scope: ['Infer'],
    resources: [{ flavor: 'modelarts.vm.gpu.p4u8', count: 1, azs: [{ az: AZ3, count: 1 }] }],
    ageDays: 6,
    workloads: [{ type: 'infer', jobName: 'fraud-scoring', status: 'Running' }],
  },
  {
    name: 'shared-gpu-pool',
    description: 'Created through the API for training and serving',
    scope: ['Train', 'Infer'],
    resources: [{ flavor: 'modelarts.vm.gpu.t4u8', count: 2 }],
    ageDays: 120,
  },
  {
    name: 'search-ranking',
    description: 'One flavor in two node pools; the main one spread over AZ 1 and AZ 2',
    scope: ['Infer'],
    resources: [
      {
        flavor: 'modelarts.vm.cpu.8ud',
        count: 4,
        nodePool: 'ranking-main',
        azs: [
          { az: AZ1, count: 2 },
          { az: AZ2, count: 2 },
        ],
      },
      { flavor: 'modelarts.vm.cpu.8ud', count: 1, nodePool: 'ranking-burst' },
    ],
    ageDays: 12,
    workloads: [{ type: 'infer', jobName: 'ranker-v7', status: 'Running' }],
  },
  {
    name: 'lite-k8s-ops',
    description: 'Lite pool on the team CCE cluster, managed with kubectl',
    scope: [],
    lite: {
      vpcId: 'vpc-2b9d4e61',
      subnetId: 'subnet-c9d0e1f2',
      clusterId: 'c7f0d6a2-1b3c-4d5e-8f90-a1b2c3d4e5f6',
      keyPairName: 'KeyPair-ops',
    },
    resources: [
      {
        flavor: 'modelarts.vm.cpu.8ud',
        count: 2,
        nodePool: 'ops-pool',
        network: {
          vpc: 'vpc-2b9d4e61',
          subnet: 'subnet-c9d0e1f2',
          securityGroups: ['sg-55ee66ff'],
        },
      },
    ],
    ageDays: 30,
  },
  {
    name: 'a100-burst',
    description: 'Extra A100 nodes for the quarterly retraining',
    scope: ['Train'],
    resources: [{ flavor: 'modelarts.vm.gpu.a100.8', count: 4, azs: [{ az: AZ1, count: 4 }] }],
    ageDays: 1,
    failure:
      'Insufficient resources: modelarts.vm.gpu.a100.8 is sold out in cn-north-4a; no charge was made',
  },
]

/** A second region's project: fewer pools, other names, so a region switch shows at a glance. */
const SECOND_REGION_POOLS: PoolSeed[] = [
  {
    name: 'east-batch-infer',
    description: 'Nightly batch inference for the East China shops',
    scope: ['Infer'],
    resources: [{ flavor: 'modelarts.vm.cpu.8ud', count: 2 }],
    ageDays: 9,
  },
  {
    name: 'east-train-t4',
    description: 'Small training pool close to the East China data lake',
    scope: ['Train'],
    resources: [{ flavor: 'modelarts.vm.gpu.t4u8', count: 1 }],
    ageDays: 3,
  },
]

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
