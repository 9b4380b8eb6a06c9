import type { FlavorBody } from '@/api/flavors'
import type { NetworkBody } from '@/api/networks'
import { LOCK_ANNOTATION, type NodePhase, type PoolNode } from '@/api/nodes'
import { NODE_POOL_LABELS } from '@/api/pool-entries'
import {
  ANNOTATION_DESCRIPTION,
  type FlavorCount,
  LABEL_NAME,
  LABEL_WORKSPACE,
  type PoolBody,
} from '@/api/pools'
import { parseQuantity } from '@/lib/format'
import type { SimNetwork, SimNode, SimPool, SimState } from '../state'
import { iso } from './answers'
import { networkPhaseAt, nodePhaseAt, nodesOf, poolPhaseAt } from './clock'

/**
 * Answer bodies in the service's own shapes (OTC examples, see src/test/fixtures/public/): what
 * the simulated project looks like at time `t`.
 */

function flavorCounts(nodes: SimNode[], phase: NodePhase, t: number): FlavorCount[] | undefined {
  const byEntry = new Map<string, { flavor: string; nodePool: string; azs: Map<string, number> }>()
  for (const n of nodes) {
    if (nodePhaseAt(n, t) !== phase) continue
    const key = `${n.flavor}|${n.nodePool}`
    const entry = byEntry.get(key) ?? { flavor: n.flavor, nodePool: n.nodePool, azs: new Map() }
    entry.azs.set(n.az, (entry.azs.get(n.az) ?? 0) + 1)
    byEntry.set(key, entry)
  }
  if (byEntry.size === 0) return undefined
  return [...byEntry.values()].map(({ flavor, nodePool, azs }) => ({
    flavor,
    nodePool,
    count: [...azs.values()].reduce((a, b) => a + b, 0),
    azs: [...azs].map(([az, count]) => ({ az, count })),
  }))
}

export function toPool(state: SimState, pool: SimPool, t: number): PoolBody {
  const nodes = nodesOf(state, pool.id)
  const phase = poolPhaseAt(state, pool, t)
  const abnormal = nodes.filter((n) => nodePhaseAt(n, t) === 'Abnormal')
  const resources: NonNullable<PoolBody['status']>['resources'] = {}
  for (const [key, p] of [
    ['available', 'Available'],
    ['abnormal', 'Abnormal'],
    ['creating', 'Creating'],
    ['deleting', 'Deleting'],
  ] as const) {
    const c = flavorCounts(nodes, p, t)
    if (c) resources[key] = c
  }
  const scopeState =
    phase === 'Creating' ? 'Enabling' : phase === 'Deleting' ? 'Disabling' : 'Enabled'
  const message =
    phase === 'CreationFailed'
      ? pool.failure
      : abnormal.length
        ? `${abnormal.length} node(s) abnormal: ${abnormal.map((n) => `${n.name} (${n.abnormal ?? 'NotReady'})`).join(', ')}`
        : undefined
  return {
    apiVersion: 'v2',
    kind: 'Pool',
    metadata: {
      name: pool.id,
      creationTimestamp: iso(pool.createdAt),
      ...(pool.deletedAt !== undefined ? { deletionTimestamp: iso(pool.deletedAt) } : {}),
      labels: {
        [LABEL_NAME]: pool.name,
        [LABEL_WORKSPACE]: '0',
        'os.modelarts/tenant.project.id': state.projectId,
        'os.modelarts.pool/biz': 'private',
      },
      annotations: { [ANNOTATION_DESCRIPTION]: pool.description, 'os.modelarts/billing.mode': '0' },
    },
    spec: {
      type: 'Dedicate',
      // A Lite pool has no scope at all (TF: "must not be set" with vpc_id).
      ...(pool.lite ? {} : { scope: pool.scope }),
      resources: pool.resources.map((r) => ({ ...r })),
      network: pool.lite
        ? { vpcId: pool.lite.vpcId, subnetId: pool.lite.subnetId }
        : { name: pool.networkName },
      ...(pool.lite
        ? {
            clusters: [{ providerId: pool.lite.clusterId, name: `cce-${pool.name}` }],
            userLogin: { keyPairName: pool.lite.keyPairName },
          }
        : {}),
    },
    status: {
      phase: phase === 'Gone' ? 'Deleting' : phase,
      ...(message ? { message } : {}),
      resources,
      ...(pool.lite ? {} : { scope: pool.scope.map((s) => ({ scopeType: s, state: scopeState })) }),
    },
  }
}

function flavorCapacity(flavor: FlavorBody | undefined) {
  const cpu = flavor ? parseQuantity(flavor.spec.cpu) : 4
  const memGi = flavor ? parseQuantity(flavor.spec.memory) / 1024 ** 3 : 8
  return { cpu, memGi, gpu: Number(flavor?.spec.gpu?.size ?? 0) }
}

export function toNode(state: SimState, node: SimNode, t: number, seq: number): PoolNode {
  const flavor = state.flavors.find((f) => f.metadata.name === node.flavor)
  const { cpu, memGi, gpu } = flavorCapacity(flavor)
  // The kubelet and system daemons reserve a little of every node.
  const cpuM = Math.round(cpu * 1000 - 80)
  const memMi = Math.round(memGi * 1024 * 0.765)
  const busy = (state.workloads[node.pool]?.length ?? 0) > 0
  const used = busy ? 0.25 + ((seq * 37) % 50) / 100 : 0.05
  const phase = nodePhaseAt(node, t)
  const resources: Record<string, string> = { cpu: `${cpuM}m`, memory: `${memMi}Mi` }
  const available: Record<string, string> = {
    cpu: `${Math.round(cpuM * (1 - used))}m`,
    memory: `${Math.round(memMi * (1 - used))}Mi`,
  }
  if (gpu) {
    resources['nvidia.com/gpu'] = String(gpu)
    available['nvidia.com/gpu'] = String(busy ? Math.max(0, gpu - Math.ceil(gpu * used)) : gpu)
  }
  return {
    kind: 'Node',
    apiVersion: 'v2',
    metadata: {
      name: node.name,
      creationTimestamp: iso(node.createdAt),
      labels: {
        [NODE_POOL_LABELS[0]!]: node.nodePool,
        'os.modelarts/tenant.project.id': state.projectId,
      },
      ...(node.lock?.length ? { annotations: { [LOCK_ANNOTATION]: node.lock.join(',') } } : {}),
    },
    spec: { flavor: node.flavor },
    status: {
      phase: phase === 'Gone' ? 'Deleting' : phase,
      az: node.az,
      privateIp: node.ip,
      resources,
      availableResources: phase === 'Available' ? available : resources,
      ...(node.abnormal && phase === 'Abnormal' ? { message: node.abnormal } : {}),
    },
  }
}

export function toNetwork(network: SimNetwork, t: number): NetworkBody {
  const phase = networkPhaseAt(network, t)
  const peers = network.peers.map((p) => ({ peerVpcId: p.vpc, peerSubnetId: p.subnet }))
  return {
    apiVersion: 'v1',
    kind: 'Network',
    metadata: {
      name: network.id,
      creationTimestamp: iso(network.createdAt),
      ...(network.deletedAt !== undefined ? { deletionTimestamp: iso(network.deletedAt) } : {}),
      labels: { [LABEL_NAME]: network.name, [LABEL_WORKSPACE]: '0' },
      annotations: {},
    },
    spec: { cidr: network.cidr, connection: peers.length ? { peerConnectionList: peers } : {} },
    status: {
      phase: phase === 'Gone' ? 'Active' : phase,
      connectionStatus: peers.length
        ? {
            peerConnectionStatus: network.peers.map((p) => ({
              peerVpcId: p.vpc,
              peerSubnetId: p.subnet,
              phase: t < p.readyAt ? 'Connecting' : 'Active',
            })),
          }
        : {},
    },
  }
}
