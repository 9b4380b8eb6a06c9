import type { Control, UseFormReturn } from 'react-hook-form'
import { z } from '@/api/zod'
import type { Flavor } from '@/api/flavors'
import { isConnectedTo, type Network, networkDisplayName } from '@/api/networks'
import {
  FORBIDDEN_DESCRIPTION_CHARS,
  FORBIDDEN_DESCRIPTION_PATTERN,
  nameProblem,
  POOL_LIMITS,
} from '@/api/pool-rules'
import type { CreatePoolInput, PoolType } from '@/api/pools'
import type { Vpc } from '@/api/vpc'
import { i18n } from '@/i18n'
import { describeFlavor } from '@/lib/format'
import { availability, azLabel, RANDOM_AZ } from './flavor-availability'
import { checkNetworkCidr, NEW_NETWORK, networkCandidates } from './network-choice'

/** What the form knows when it validates: the pool type and what the project can have. */
export interface CreatePoolFormContext {
  type: PoolType
  /** Flavors that serve this pool type (undefined while they load). */
  flavors: readonly Flavor[] | undefined
  zones: readonly string[]
  /** Nodes left in the project's node quota (undefined when the quota is unknown). */
  nodesLeft: number | undefined
  /** The project's ModelArts networks and VPCs (undefined while they load). */
  networks?: readonly Network[] | undefined
  vpcs?: readonly Vpc[] | undefined
  /** Networks left in the network quota (undefined when unknown). */
  networksLeft?: number | undefined
  /** A network an earlier Submit of this form created, which the pool may still use. */
  ownNetwork?: string | undefined
  /** Names of the pools the console already knows of; the server checks again on Submit. */
  takenNames?: ReadonlySet<string> | undefined
}

const { nameMin, nameMax, descriptionMax, createMax } = POOL_LIMITS

/** A pool's or a network's name: the API's rule, one clear sentence per way to break it. */
const resourceNameSchema = (what: 'pool' | 'network') =>
  z.string().check(
    z.superRefine((name, ctx) => {
      // Worked out here, at validation time, so the message is in the language shown now.
      const message = (problem: NonNullable<ReturnType<typeof nameProblem>>) => {
        if (problem === 'empty') return i18n.t(`create:errors.name.empty.${what}`)
        if (problem === 'length')
          return name.length < nameMin
            ? i18n.t('create:errors.name.tooShort', { min: nameMin })
            : i18n.t('create:errors.name.tooLong', { max: nameMax })
        return i18n.t(`create:errors.name.${problem}`)
      }
      const problem = nameProblem(name)
      if (problem) ctx.addIssue({ code: 'custom', message: message(problem) })
    }),
  )

export const nameSchema = resourceNameSchema('pool')

export const descriptionSchema = z.string().check(
  z.maxLength(descriptionMax, {
    error: () => i18n.t('create:errors.description.tooLong', { max: descriptionMax }),
  }),
  z.superRefine((text, ctx) => {
    if (!FORBIDDEN_DESCRIPTION_PATTERN.test(text)) return
    const found = FORBIDDEN_DESCRIPTION_CHARS.filter((c) => text.includes(c))
    ctx.addIssue({
      code: 'custom',
      message: i18n.t('create:errors.description.forbidden', {
        found: found.join(' '),
        all: FORBIDDEN_DESCRIPTION_CHARS.join(' '),
      }),
    })
  }),
)

/** The most nodes this request may ask for: the per-creation limit, or less if the quota is short. */
export const nodesCeiling = (nodesLeft: number | undefined) =>
  Math.max(0, Math.min(createMax, nodesLeft ?? createMax))

/**
 * Nodes stay text in the form (what the user typed is never rewritten); the schema checks the text
 * and the final transform turns it into a number. A refinement, not a transform, reports problems
 * so the checks that span fields (network, sold out) still run alongside it.
 */
export function nodesSchema(nodesLeft: number | undefined) {
  return z.string().check(
    z.superRefine((raw, ctx) => {
      const text = raw.trim()
      const fail = (message: string) => ctx.addIssue({ code: 'custom', message })
      if (!text) return fail(i18n.t('create:errors.nodes.empty'))
      if (!/^\d+$/.test(text)) return fail(i18n.t('create:errors.nodes.notWhole'))
      const n = Number(text)
      if (n < 1) return fail(i18n.t('create:errors.nodes.tooFew'))
      if (n > createMax) return fail(i18n.t('create:errors.nodes.tooMany', { max: createMax }))
      if (nodesLeft !== undefined && n > nodesLeft)
        return fail(
          nodesLeft === 0
            ? i18n.t('create:errors.nodes.quotaUsedUp')
            : i18n.t('create:errors.nodes.quotaLeft', { count: nodesLeft }),
        )
    }),
  )
}

/** What Submit will do: the pool, and the ModelArts network it runs in (made first if new). */
export interface CreatePoolPlan {
  pool: CreatePoolInput
  network:
    | {
        kind: 'existing'
        id: string
        displayName: string
        cidr: string
        /** Already connected to the custom VPC and subnet (nothing to connect). */
        connected?: boolean
      }
    | { kind: 'new'; name: string; cidr: string }
  /** Custom Network Configuration: the VPC and subnet the network is (or gets) connected to. */
  custom?: { vpc: string; subnet: string; securityGroup: string }
}

type NetworkFields = Pick<
  CreatePoolFormValues,
  'network' | 'networkName' | 'networkCidr' | 'vpc' | 'subnet'
>

/** The checks of the network fields, each issue on its field. */
function checkNetwork(
  v: NetworkFields,
  custom: boolean,
  ctx: CreatePoolFormContext,
  issue: (path: keyof CreatePoolFormValues, message: string) => void,
) {
  if (custom) {
    if (!v.vpc) issue('vpc', i18n.t('create:errors.vpc.empty'))
    else if (ctx.vpcs && !ctx.vpcs.some((x) => x.id === v.vpc))
      issue('vpc', i18n.t('create:errors.vpc.gone'))
    if (!v.subnet) issue('subnet', i18n.t('create:errors.subnet.empty'))
    if (!v.vpc || !v.subnet) return
  }
  if (!v.network) return issue('network', i18n.t('create:errors.network.empty'))
  if (v.network !== NEW_NETWORK) {
    if (!ctx.networks) return
    const fits = networkCandidates(ctx.networks, custom ? v : undefined, ctx.ownNetwork)
    if (!fits.some((n) => n.metadata.name === v.network))
      issue(
        'network',
        custom
          ? i18n.t('create:errors.network.notConnected')
          : i18n.t('create:errors.network.unusable'),
      )
    return
  }
  if (ctx.networksLeft === 0) issue('network', i18n.t('create:errors.network.quotaUsedUp'))
  const badName = resourceNameSchema('network').safeParse(v.networkName)
  if (!badName.success) issue('networkName', badName.error.issues[0]?.message ?? '')
  else if (ctx.networks?.some((n) => networkDisplayName(n) === v.networkName))
    issue('networkName', i18n.t('create:errors.networkName.taken', { name: v.networkName }))
  const vpcCidr = custom ? ctx.vpcs?.find((x) => x.id === v.vpc)?.cidr : undefined
  const badCidr = checkNetworkCidr(v.networkCidr, vpcCidr)
  if (badCidr) issue('networkCidr', badCidr)
}

export function createPoolFormSchema(ctx: CreatePoolFormContext) {
  const infer = ctx.type === 'infer'
  return z.pipe(
    z
      .object({
        name: nameSchema,
        description: descriptionSchema,
        customNetwork: z.boolean(),
        vpc: z.string(),
        subnet: z.string(),
        securityGroup: z.string(),
        network: z.string(),
        networkName: z.string(),
        networkCidr: z.string(),
        az: z.string(),
        nodes: nodesSchema(ctx.nodesLeft),
        flavor: z
          .string()
          .check(z.minLength(1, { error: () => i18n.t('create:errors.flavor.empty') })),
      })
      .check(
        z.superRefine((v, issue) => {
          const custom = infer && v.customNetwork
          const add = (path: keyof CreatePoolFormValues, message: string) =>
            issue.addIssue({ code: 'custom', path: [path], message })
          if (ctx.takenNames?.has(v.name))
            add('name', i18n.t('create:errors.name.taken', { name: v.name }))
          checkNetwork(v, custom, ctx, add)
          if (custom && !v.securityGroup)
            add('securityGroup', i18n.t('create:errors.securityGroup.empty'))
          const az = infer ? v.az : RANDOM_AZ
          if (az !== RANDOM_AZ && !ctx.zones.includes(az))
            issue.addIssue({
              code: 'custom',
              path: ['az'],
              message: i18n.t('create:errors.az.unknown'),
            })
          if (!v.flavor || !ctx.flavors) return
          const flavor = ctx.flavors.find((f) => f.metadata.name === v.flavor)
          if (!flavor) {
            issue.addIssue({
              code: 'custom',
              path: ['flavor'],
              message: i18n.t('create:errors.flavor.notOffered'),
            })
            return
          }
          const a = availability(flavor, ctx.zones, az)
          if (a.state === 'sold-out-everywhere')
            issue.addIssue({
              code: 'custom',
              path: ['flavor'],
              message: soldOutMessage(flavor),
            })
          if (a.state === 'sold-out-in-az')
            issue.addIssue({
              code: 'custom',
              path: ['flavor'],
              message: soldOutInAzMessage(flavor, ctx.zones, a.az),
            })
        }),
      ),
    z.transform((v): CreatePoolPlan => {
      const existing = ctx.networks?.find((n) => n.metadata.name === v.network)
      return {
        pool: {
          type: ctx.type,
          name: v.name,
          description: v.description,
          flavor: v.flavor,
          count: Number(v.nodes.trim()),
          az: infer && v.az !== RANDOM_AZ ? v.az : undefined,
        },
        network:
          v.network === NEW_NETWORK
            ? { kind: 'new', name: v.networkName, cidr: v.networkCidr.trim() }
            : {
                kind: 'existing',
                id: v.network,
                displayName: existing ? networkDisplayName(existing) : v.network,
                cidr: existing?.spec.cidr ?? '',
                ...(infer && v.customNetwork && existing
                  ? { connected: isConnectedTo(existing, v.vpc, v.subnet) }
                  : {}),
              },
        ...(infer && v.customNetwork
          ? { custom: { vpc: v.vpc, subnet: v.subnet, securityGroup: v.securityGroup } }
          : {}),
      }
    }),
  )
}

/** What the Specifications field says of a flavor sold out in every AZ. */
export const soldOutMessage = (flavor: Flavor) =>
  i18n.t('create:errors.flavor.soldOut', { flavor: describeFlavor(flavor) })

/** What it says of a flavor sold out in the chosen AZ. */
export const soldOutInAzMessage = (flavor: Flavor, zones: readonly string[], az: string) =>
  i18n.t('create:errors.flavor.soldOutInAz', {
    flavor: describeFlavor(flavor),
    az: azLabel(zones, az),
  })

export type CreatePoolFormValues = z.input<ReturnType<typeof createPoolFormSchema>>

export const DEFAULT_VALUES: CreatePoolFormValues = {
  name: '',
  description: '',
  customNetwork: false,
  vpc: '',
  subnet: '',
  securityGroup: '',
  network: '',
  networkName: '',
  networkCidr: '',
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
  'network',
  'networkName',
  'networkCidr',
  'az',
  'flavor',
  'nodes',
] as const satisfies readonly (keyof CreatePoolFormValues)[]

/** The form's control, as every field component of the Create page takes it. */
export type CreatePoolControl = Control<CreatePoolFormValues, unknown, CreatePoolPlan>
/** The whole form, for the fields that set others (the network fields). */
export type CreatePoolFormApi = UseFormReturn<CreatePoolFormValues, unknown, CreatePoolPlan>
