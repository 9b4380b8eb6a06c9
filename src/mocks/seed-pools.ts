import { AZ1, AZ2, AZ3 } from './seed-catalog'
import type { SimPool, SimResource, SimWorkload } from './state'

/*
 * The demo's pools, each with the story it tells (an Abnormal node, two AZs, a Lite pool, a
 * failed creation, workloads). seed.ts turns them into a project.
 */

export interface PoolSeed {
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
export const SECOND_REGION_POOLS: PoolSeed[] = [
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
