import { describe, expect, it } from 'vitest'
import { SEED_FLAVORS } from '@/mocks/seed'
import {
  createPoolFormSchema,
  type CreatePoolFormValues,
  DEFAULT_VALUES,
} from './create-pool-schema'
import { flavorsForType, zonesOf } from './flavor-availability'

const zones = zonesOf(SEED_FLAVORS)
const schemaFor = (type: 'train' | 'infer', nodesLeft?: number) =>
  createPoolFormSchema({ type, flavors: flavorsForType(SEED_FLAVORS, type), zones, nodesLeft })

const valid: CreatePoolFormValues = {
  ...DEFAULT_VALUES,
  name: 'vision-serving',
  flavor: 'modelarts.vm.gpu.t4u8',
  nodes: '2',
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
  it.each(['abcd', 'a'.repeat(64), 'LLM_fine-tune_2'])('accepts the name %s', (name) => {
    expect(errorsOf({ name })).toEqual({})
  })

  it.each([
    ['', /Enter a name/],
    ['abc', /at least 4/],
    ['a'.repeat(65), /at most 64/],
    ['my pool', /only letters, digits/],
    ['pool.v2', /only letters, digits/],
    ['模型训练池', /only letters, digits/],
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

  it('turns the values into the create input: AZ and network only for Service Deployment', () => {
    const network = {
      customNetwork: true,
      vpc: 'vpc-1',
      subnet: 'subnet-1',
      securityGroup: 'sg-1',
      az: 'cn-north-4b',
    }
    expect(schemaFor('infer').parse({ ...valid, ...network, nodes: ' 3 ' })).toEqual({
      type: 'infer',
      name: 'vision-serving',
      description: '',
      flavor: 'modelarts.vm.gpu.t4u8',
      count: 3,
      az: 'cn-north-4b',
      network: { vpc: 'vpc-1', subnet: 'subnet-1', securityGroups: ['sg-1'] },
    })
    expect(schemaFor('train').parse({ ...valid, ...network })).toMatchObject({
      type: 'train',
      az: undefined,
      network: undefined,
    })
  })
})
