import { z } from 'zod'
import type { Flavor } from '@/api/flavors'
import {
  FORBIDDEN_DESCRIPTION_CHARS,
  FORBIDDEN_DESCRIPTION_PATTERN,
  POOL_LIMITS,
  POOL_NAME_PATTERN,
} from '@/api/pool-rules'
import type { CreatePoolInput, PoolType } from '@/api/pools'
import { describeFlavor } from '@/lib/format'
import { availability, azLabel, RANDOM_AZ } from './flavor-availability'

/** What the form knows when it validates: the pool type and what the project can have. */
export interface CreatePoolFormContext {
  type: PoolType
  /** Flavors that serve this pool type (undefined while they load). */
  flavors: readonly Flavor[] | undefined
  zones: readonly string[]
  /** Nodes left in the project's node quota (undefined when the quota is unknown). */
  nodesLeft: number | undefined
}

const { nameMin, nameMax, descriptionMax, createMax } = POOL_LIMITS

export const nameSchema = z
  .string()
  .min(1, 'Enter a name for the pool.')
  .min(nameMin, `The name must be at least ${nameMin} characters long.`)
  .max(nameMax, `The name must be at most ${nameMax} characters long.`)
  .regex(POOL_NAME_PATTERN, 'Use only letters, digits, hyphens (-) and underscores (_).')

export const descriptionSchema = z
  .string()
  .max(descriptionMax, `The description must be at most ${descriptionMax} characters long.`)
  .superRefine((text, ctx) => {
    if (!FORBIDDEN_DESCRIPTION_PATTERN.test(text)) return
    const found = FORBIDDEN_DESCRIPTION_CHARS.filter((c) => text.includes(c))
    ctx.addIssue({
      code: 'custom',
      message: `Remove ${found.join(' ')}. The description cannot contain any of ${FORBIDDEN_DESCRIPTION_CHARS.join(' ')}`,
    })
  })

/** The most nodes this request may ask for: the per-creation limit, or less if the quota is short. */
export const nodesCeiling = (nodesLeft: number | undefined) =>
  Math.max(0, Math.min(createMax, nodesLeft ?? createMax))

/**
 * Nodes stay text in the form (what the user typed is never rewritten); the schema checks the text
 * and the final transform turns it into a number. A refinement, not a transform, reports problems
 * so the checks that span fields (network, sold out) still run alongside it.
 */
export function nodesSchema(nodesLeft: number | undefined) {
  return z.string().superRefine((raw, ctx) => {
    const text = raw.trim()
    const fail = (message: string) => ctx.addIssue({ code: 'custom', message })
    if (!text) return fail('Enter the number of nodes.')
    if (!/^\d+$/.test(text)) return fail('Enter a whole number of nodes, such as 2.')
    const n = Number(text)
    if (n < 1) return fail('A pool needs at least 1 node.')
    if (n > createMax)
      return fail(`At most ${createMax} nodes can be created at once. Add more later with Scale.`)
    if (nodesLeft !== undefined && n > nodesLeft)
      return fail(
        nodesLeft === 0
          ? 'The node quota is used up. Release nodes or ask for a higher node quota.'
          : `Only ${nodesLeft} more ${nodesLeft === 1 ? 'node fits' : 'nodes fit'} in the node quota.`,
      )
  })
}

export function createPoolFormSchema(ctx: CreatePoolFormContext) {
  const infer = ctx.type === 'infer'
  return z
    .object({
      name: nameSchema,
      description: descriptionSchema,
      customNetwork: z.boolean(),
      vpc: z.string(),
      subnet: z.string(),
      securityGroup: z.string(),
      az: z.string(),
      nodes: nodesSchema(ctx.nodesLeft),
      flavor: z.string().min(1, 'Choose the specifications of the nodes.'),
    })
    .superRefine((v, issue) => {
      if (infer && v.customNetwork) {
        if (!v.vpc) issue.addIssue({ code: 'custom', path: ['vpc'], message: 'Choose a VPC.' })
        if (!v.subnet)
          issue.addIssue({ code: 'custom', path: ['subnet'], message: 'Choose a subnet.' })
        if (!v.securityGroup)
          issue.addIssue({
            code: 'custom',
            path: ['securityGroup'],
            message: 'Choose a security group.',
          })
      }
      const az = infer ? v.az : RANDOM_AZ
      if (az !== RANDOM_AZ && !ctx.zones.includes(az))
        issue.addIssue({
          code: 'custom',
          path: ['az'],
          message: 'Choose Random or one of the AZs.',
        })
      if (!v.flavor || !ctx.flavors) return
      const flavor = ctx.flavors.find((f) => f.metadata.name === v.flavor)
      if (!flavor) {
        issue.addIssue({
          code: 'custom',
          path: ['flavor'],
          message: 'These specifications are not offered for this pool type. Choose another.',
        })
        return
      }
      const a = availability(flavor, ctx.zones, az)
      if (a.state === 'sold-out-everywhere')
        issue.addIssue({
          code: 'custom',
          path: ['flavor'],
          message: `${describeFlavor(flavor)} is sold out. Choose other specifications.`,
        })
      if (a.state === 'sold-out-in-az')
        issue.addIssue({
          code: 'custom',
          path: ['flavor'],
          message: soldOutInAzMessage(flavor, ctx.zones, a.az),
        })
    })
    .transform((v): CreatePoolInput => ({
      type: ctx.type,
      name: v.name,
      description: v.description,
      flavor: v.flavor,
      count: Number(v.nodes.trim()),
      az: infer && v.az !== RANDOM_AZ ? v.az : undefined,
      network:
        infer && v.customNetwork
          ? { vpc: v.vpc, subnet: v.subnet, securityGroups: [v.securityGroup] }
          : undefined,
    }))
}

export const soldOutInAzMessage = (flavor: Flavor, zones: readonly string[], az: string) =>
  `${describeFlavor(flavor)} is sold out in ${azLabel(zones, az)}. Choose other specifications, or another AZ.`

export type CreatePoolFormValues = z.input<ReturnType<typeof createPoolFormSchema>>

export const DEFAULT_VALUES: CreatePoolFormValues = {
  name: '',
  description: '',
  customNetwork: false,
  vpc: '',
  subnet: '',
  securityGroup: '',
  az: RANDOM_AZ,
  nodes: '1',
  flavor: '',
}

/** Fields in the order they appear, so focus goes to the first one that needs attention. */
export const FIELD_ORDER = [
  'name',
  'description',
  'vpc',
  'subnet',
  'securityGroup',
  'az',
  'flavor',
  'nodes',
] as const satisfies readonly (keyof CreatePoolFormValues)[]
