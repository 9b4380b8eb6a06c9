import { describe, expect, it } from 'vitest'
import { networkSchema } from '@/api/networks'
import { seedFlavors } from '@/test/flavors'
import {
  createPoolFormSchema,
  type CreatePoolFormValues,
  DEFAULT_VALUES,
} from './create-pool-schema'
import { flavorsForType, zonesOf } from './flavor-availability'

const flavors = seedFlavors()
const zones = zonesOf(flavors)
const network = (name: string, cidr: string, peers: [string, string][] = []) =>
  networkSchema.parse({
    metadata: { name: `${name}-p`, labels: { 'os.modelarts/name': name } },
    spec: {
      cidr,
      connection: {
        peerConnectionList: peers.map(([v, s]) => ({ peerVpcId: v, peerSubnetId: s })),
      },
    },
    status: { phase: 'Active' },
  })
const networks = [
  network('network-7a03', '192.168.128.0/17'),
  network('network-prod', '172.20.0.0/16', [['vpc-1', 'subnet-1']]),
]
const vpcs = [{ id: 'vpc-1', name: 'vpc-prod', cidr: '192.168.0.0/16' }]

const schemaFor = (type: 'train' | 'infer', nodesLeft?: number, networksLeft?: number) =>
  createPoolFormSchema({
    type,
    flavors: flavorsForType(flavors, type),
    zones,
    nodesLeft,
    networks,
    vpcs,
    networksLeft,
  })

const valid: CreatePoolFormValues = {
  ...DEFAULT_VALUES,
  name: 'vision-serving',
  flavor: 'modelarts.vm.gpu.t4u8',
  nodes: '2',
  network: 'network-7a03-p',
  networkName: 'network-new1',
  networkCidr: '192.168.0.0/17',
}

/** The first message the form would show on each field, as the resolver picks it. */
function errorsOf(
  values: Partial<CreatePoolFormValues>,
  type: 'train' | 'infer' = 'infer',
  nodesLeft?: number,
) {
  const result = schemaFor(type, nodesLeft).safeParse({ ...valid, ...values })
  const errors: Record<string, string> = {}
  for (const issue of result.error?.issues ?? []) {
    const key = issue.path.join('.')
    errors[key] ??= issue.message
  }
  return errors
}

describe('create pool form rules', () => {
  it.each(['abcd', 'a'.repeat(32), 'llm-finetune-2', 'pool1'])('accepts the name %s', (name) => {
    expect(errorsOf({ name })).toEqual({})
  })

  // The API's rule (Terraform provider docs): lowercase letters, digits and hyphens, starting with
  // a letter and ending with a letter or digit, 4–32 characters. The seed console's capitals,
  // underscores and 64 characters are refused by the real service.
  it.each([
    ['', /Enter a name for the pool/],
    ['abc', /at least 4/],
    ['a'.repeat(33), /at most 32/],
    ['a'.repeat(64), /at most 32/],
    ['LLM-finetune', /lowercase letters, digits and hyphens/],
    ['llm_finetune', /lowercase letters, digits and hyphens/],
    ['my pool', /lowercase letters, digits and hyphens/],
    ['模型训练池', /lowercase letters, digits and hyphens/],
    ['2-pools', /Start the name with a lowercase letter/],
    ['-pool', /Start the name with a lowercase letter/],
    ['pool-', /End the name with a letter or a digit/],
  ])('refuses the name "%s"', (name, message) => {
    expect(errorsOf({ name }).name).toMatch(message)
  })

  it('accepts a description of 256 characters and refuses 257', () => {
    expect(errorsOf({ description: 'd'.repeat(256) })).toEqual({})
    expect(errorsOf({ description: 'd'.repeat(257) }).description).toMatch(/at most 256/)
  })

  it.each(['!', '<', '>', '=', '&', '"', "'"])(
    'refuses a description containing %s and names it',
    (char) => {
      expect(errorsOf({ description: `GPUs ${char} team` }).description).toMatch(
        new RegExp(`^Remove \\${char}\\.`),
      )
    },
  )

  it.each([
    ['', /Enter the number/],
    ['2.5', /whole number/],
    ['-1', /whole number/],
    ['two', /whole number/],
    ['0', /at least 1/],
    ['31', /At most 30/],
  ])('refuses %s nodes', (nodes, message) => {
    expect(errorsOf({ nodes }).nodes).toMatch(message)
  })

  it('bounds the nodes by what is left of the node quota', () => {
    expect(errorsOf({ nodes: '6' }, 'infer', 5).nodes).toBe(
      'Only 5 more nodes fit in the node quota.',
    )
    expect(errorsOf({ nodes: '5' }, 'infer', 5)).toEqual({})
    expect(errorsOf({ nodes: '1' }, 'infer', 0).nodes).toMatch(/quota is used up/)
  })

  it('requires VPC, subnet and security group only when the custom network is on', () => {
    expect(errorsOf({ customNetwork: false })).toEqual({})
    expect(errorsOf({ customNetwork: true })).toEqual({
      vpc: 'Choose a VPC.',
      subnet: 'Choose a subnet.',
      securityGroup: 'Choose a security group.',
    })
  })

  it('refuses a VPC the project no longer has', () => {
    expect(
      errorsOf({ customNetwork: true, vpc: 'vpc-gone', subnet: 's', securityGroup: 'g' }).vpc,
    ).toBe('This VPC no longer exists. Choose another.')
  })

  it('takes an isolated network without a custom network, a connected one with it', () => {
    const custom = { customNetwork: true, vpc: 'vpc-1', subnet: 'subnet-1', securityGroup: 'g' }
    expect(errorsOf({ network: 'network-prod-p' }).network).toMatch(/connected to a VPC/)
    expect(errorsOf({ ...custom, network: 'network-prod-p' })).toEqual({})
    expect(errorsOf({ ...custom, network: 'network-7a03-p' }).network).toMatch(
      /not connected to the chosen VPC and subnet/,
    )
    expect(errorsOf({ network: '' }).network).toBe('Choose a ModelArts network.')
  })

  it.each([
    ['192.168.0.0/17', undefined],
    ['172.24.0.0/16', undefined],
    ['192.168.1.0/24', undefined],
    ['10.168.0.0/16', /within 172\.16\.0\.0\/12/],
    ['192.168.0.0/25', /within 172\.16\.0\.0\/12/],
    ['172.0.0.0/8', /within 172\.16\.0\.0\/12/],
    // Not the first address, and outside the ranges: the range is what to fix.
    ['172.24.0.0/8', /within 172\.16\.0\.0\/12/],
    ['10.0.0.1/16', /within 172\.16\.0\.0\/12/],
    ['172.16.0.0/16', /container network/],
    ['192.168.1.5/24', /not the first address of its block. Use 192\.168\.1\.0\/24/],
    ['192.168.0.0', /CIDR block such as/],
    ['300.1.0.0/16', /CIDR block such as/],
  ])('checks the new network CIDR %s', (networkCidr, message) => {
    const error = errorsOf({ network: 'new', networkCidr }).networkCidr
    if (message) expect(error).toMatch(message)
    else expect(error).toBeUndefined()
  })

  it('refuses a new network CIDR that overlaps the VPC it connects to', () => {
    const custom = { customNetwork: true, vpc: 'vpc-1', subnet: 'subnet-1', securityGroup: 'g' }
    expect(
      errorsOf({ ...custom, network: 'new', networkCidr: '192.168.128.0/17' }).networkCidr,
    ).toBe(
      "It overlaps the VPC's CIDR 192.168.0.0/16. A connected VPC needs a CIDR block of its own.",
    )
    expect(errorsOf({ ...custom, network: 'new', networkCidr: '172.24.0.0/16' })).toEqual({})
  })

  it('checks the new network name by the API rule, and against existing networks', () => {
    expect(errorsOf({ network: 'new', networkName: 'Net_1' }).networkName).toMatch(/lowercase/)
    expect(errorsOf({ network: 'new', networkName: 'network-prod' }).networkName).toMatch(
      /already exists/,
    )
    expect(errorsOf({ network: 'new', networkName: '' }).networkName).toBe(
      'Enter a name for the network.',
    )
  })

  it('refuses a new network when the network quota is used up', () => {
    const result = schemaFor('infer', undefined, 0).safeParse({ ...valid, network: 'new' })
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['network'])
  })

  it('checks every field at once, so all problems show after one Next', () => {
    expect(
      Object.keys(errorsOf({ name: '', nodes: 'x', flavor: '', customNetwork: true })).sort(),
    ).toEqual(['flavor', 'name', 'nodes', 'securityGroup', 'subnet', 'vpc'])
  })

  it('refuses a flavor sold out in the chosen AZ but accepts it in another AZ or at random', () => {
    const p4 = 'modelarts.vm.gpu.p4u8'
    expect(errorsOf({ flavor: p4, az: 'cn-north-4a' }).flavor).toMatch(
      /sold out in AZ 1 \(cn-north-4a\)/,
    )
    expect(errorsOf({ flavor: p4, az: 'cn-north-4b' })).toEqual({})
    expect(errorsOf({ flavor: p4, az: 'random' })).toEqual({})
  })

  it('refuses a flavor sold out everywhere, and one that does not serve the pool type', () => {
    expect(errorsOf({ flavor: 'modelarts.vm.arm.kunpeng.16u64' }).flavor).toMatch(/sold out/)
    expect(errorsOf({ flavor: 'modelarts.vm.gpu.v100' }, 'infer').flavor).toMatch(/not offered/)
  })

  it('offers a flavor without a scope label to both pool types', () => {
    expect(errorsOf({ flavor: 'modelarts.vm.cpu.4ud' }, 'infer')).toEqual({})
    expect(errorsOf({ flavor: 'modelarts.vm.cpu.4ud' }, 'train')).toEqual({})
  })

  it('turns the values into the plan: AZ and custom network only for Service Deployment', () => {
    const custom = {
      customNetwork: true,
      vpc: 'vpc-1',
      subnet: 'subnet-1',
      securityGroup: 'sg-1',
      az: 'cn-north-4b',
      network: 'network-prod-p',
    }
    expect(schemaFor('infer').parse({ ...valid, ...custom, nodes: ' 3 ' })).toEqual({
      pool: {
        type: 'infer',
        name: 'vision-serving',
        description: '',
        flavor: 'modelarts.vm.gpu.t4u8',
        count: 3,
        az: 'cn-north-4b',
      },
      network: {
        kind: 'existing',
        id: 'network-prod-p',
        displayName: 'network-prod',
        cidr: '172.20.0.0/16',
        connected: true,
      },
      custom: { vpc: 'vpc-1', subnet: 'subnet-1', securityGroup: 'sg-1' },
    })
    const train = schemaFor('train').parse({ ...valid, ...custom, network: 'new' })
    expect(train.pool.az).toBeUndefined()
    expect(train.custom).toBeUndefined()
    expect(train.network).toEqual({ kind: 'new', name: 'network-new1', cidr: '192.168.0.0/17' })
  })
})
