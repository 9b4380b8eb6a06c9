import type { FlavorBody } from '@/api/flavors'
import type { SecurityGroup } from '@/api/vpc'

/**
 * The demo project's catalogue: its AZs, the flavors it can buy (as the service sends them), its
 * VPCs with their subnets and security groups, and its ModelArts networks.
 */

export const AZS = ['cn-north-4a', 'cn-north-4b', 'cn-north-4c'] as const
export const [AZ1, AZ2, AZ3] = AZS

/**
 * Flavors as the service sends them: GPU sizes as strings, the scope label `.`-separated (Python
 * SDK `resource_flavor_label.py`), and one flavor with `labels: {}` as in the reference's example,
 * which serves every pool type.
 */
const flavor = (
  name: string,
  scope: string | undefined,
  spec: FlavorBody['spec'],
  soldOut: 'none' | 'all' | readonly string[] = 'none',
): FlavorBody => ({
  apiVersion: 'v1',
  kind: 'ResourceFlavor',
  metadata: { name, labels: scope ? { 'os.modelarts/scope': scope } : {} },
  spec: { type: 'Dedicate', ...spec },
  status: {
    phase: Object.fromEntries(
      AZS.map((az) => [
        az,
        soldOut === 'all' || (soldOut !== 'none' && soldOut.includes(az)) ? 'soldout' : 'normal',
      ]),
    ),
  },
})

export const SEED_FLAVORS: FlavorBody[] = [
  flavor('modelarts.vm.gpu.t4u8', 'Train.Infer.Notebook', {
    cpuArch: 'x86',
    cpu: '8',
    memory: '32Gi',
    gpu: { type: 'nvidia-t4', size: '1', memory: '16Gi' },
  }),
  flavor(
    'modelarts.vm.gpu.v100',
    'Train.Notebook',
    {
      cpuArch: 'x86',
      cpu: '8',
      memory: '64Gi',
      gpu: { type: 'nvidia-v100', size: '1', memory: '32Gi' },
    },
    'all',
  ),
  flavor(
    'modelarts.vm.gpu.a100.8',
    'Train.Notebook',
    {
      cpuArch: 'x86',
      cpu: '96',
      memory: '768Gi',
      gpu: { type: 'nvidia-a100', size: '8', memory: '80Gi' },
    },
    [AZ1],
  ),
  flavor(
    'modelarts.vm.gpu.p4u8',
    'Infer',
    {
      cpuArch: 'x86',
      cpu: '8',
      memory: '32Gi',
      gpu: { type: 'nvidia-p4', size: '1', memory: '8Gi' },
    },
    [AZ1],
  ),
  flavor('modelarts.vm.cpu.8ud', 'Train.Infer.Notebook', {
    cpuArch: 'x86',
    cpu: '8',
    memory: '32Gi',
  }),
  flavor('modelarts.vm.cpu.4ud', undefined, {
    cpuArch: 'x86',
    cpu: '4',
    memory: '8Gi',
  }),
  flavor(
    'modelarts.vm.arm.kunpeng.16u64',
    'Infer',
    { cpuArch: 'arm64', cpu: '16', memory: '64Gi' },
    'all',
  ),
]

export const SEED_VPCS = [
  { id: 'vpc-7f3a1c2e', name: 'vpc-prod', cidr: '192.168.0.0/16', status: 'OK' },
  { id: 'vpc-2b9d4e61', name: 'vpc-staging', cidr: '172.16.0.0/16', status: 'OK' },
]

export const SEED_SUBNETS = [
  {
    id: 'subnet-a1b2c3d4',
    name: 'subnet-prod-inference',
    cidr: '192.168.10.0/24',
    gateway_ip: '192.168.10.1',
    vpc_id: 'vpc-7f3a1c2e',
    availability_zone: AZ2,
    status: 'ACTIVE',
  },
  {
    id: 'subnet-e5f6a7b8',
    name: 'subnet-prod-default',
    cidr: '192.168.0.0/24',
    gateway_ip: '192.168.0.1',
    vpc_id: 'vpc-7f3a1c2e',
    availability_zone: AZ1,
    status: 'ACTIVE',
  },
  {
    id: 'subnet-c9d0e1f2',
    name: 'subnet-staging',
    cidr: '172.16.0.0/24',
    gateway_ip: '172.16.0.1',
    vpc_id: 'vpc-2b9d4e61',
    availability_zone: AZ1,
    status: 'ACTIVE',
  },
]

const inbound = (port: number, from: string) => ({
  direction: 'ingress',
  ethertype: 'IPv4',
  protocol: 'tcp',
  port_range_min: port,
  port_range_max: port,
  remote_ip_prefix: from,
})

export const SEED_SECURITY_GROUPS: SecurityGroup[] = [
  {
    id: 'sg-11aa22bb',
    name: 'sg-inference',
    description: 'Inbound 8080 from the API gateway',
    vpc_id: 'vpc-7f3a1c2e',
    security_group_rules: [inbound(8080, '0.0.0.0/0')],
  },
  {
    id: 'sg-33cc44dd',
    name: 'default',
    description: 'Default security group',
    vpc_id: 'vpc-7f3a1c2e',
  },
  { id: 'sg-55ee66ff', name: 'sg-staging', description: 'Staging access', vpc_id: 'vpc-2b9d4e61' },
  // Bound to no VPC, as groups made through the v3 API are: usable with any VPC.
  { id: 'sg-77ab88cd', name: 'sg-monitoring', description: 'Prometheus scrapes from the ops VPC' },
]

/** The project's isolated network, and one connected to vpc-prod for the custom-network pool. */
export const SEED_NETWORKS = [
  { name: 'network-7a03', cidr: '192.168.128.0/17', peers: [] },
  {
    name: 'network-prod',
    cidr: '172.20.0.0/16',
    peers: [{ vpc: 'vpc-7f3a1c2e', subnet: 'subnet-a1b2c3d4' }],
  },
] as const
