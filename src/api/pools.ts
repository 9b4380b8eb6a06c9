import { z } from 'zod'
import { projectPath, request } from './http'
import { azCountSchema, labelsSchema, openEnum } from './schema-helpers'

export const POOL_PHASES = [
  'Creating',
  'Running',
  'Abnormal',
  'Deleting',
  'Error',
  'CreationFailed',
  'ScalingFailed',
  'Waiting',
] as const
export const poolPhaseSchema = openEnum(POOL_PHASES)
export type PoolPhase = z.infer<typeof poolPhaseSchema>

export const POOL_SCOPES = ['Train', 'Infer', 'Notebook'] as const
export const poolScopeSchema = openEnum(POOL_SCOPES)
export type PoolScope = z.infer<typeof poolScopeSchema>

export const LABEL_NAME = 'os.modelarts/name'
export const LABEL_WORKSPACE = 'os.modelarts/workspace.id'
export const ANNOTATION_DESCRIPTION = 'os.modelarts/description'

export const customNetworkSchema = z.looseObject({
  vpc: z.string(),
  subnet: z.string(),
  securityGroups: z.array(z.string()),
})
export type CustomNetwork = z.infer<typeof customNetworkSchema>

export const poolResourceSchema = z.looseObject({
  flavor: z.string(),
  count: z.number().int(),
  maxCount: z.number().int().optional(),
  azs: z.array(azCountSchema).optional(),
  network: customNetworkSchema.optional(),
})
export type PoolResource = z.infer<typeof poolResourceSchema>

/** Node counts of one flavor in one state, as `status.resources.*[]` reports them. */
export const flavorCountSchema = z.looseObject({
  flavor: z.string(),
  count: z.number().int(),
  azs: z.array(azCountSchema).optional(),
})
export type FlavorCount = z.infer<typeof flavorCountSchema>

export const NODE_COUNT_STATES = ['available', 'abnormal', 'creating', 'deleting'] as const
export type NodeCountState = (typeof NODE_COUNT_STATES)[number]

export const poolSchema = z.looseObject({
  apiVersion: z.string(),
  kind: z.string(),
  metadata: z.looseObject({
    name: z.string(),
    creationTimestamp: z.string().optional(),
    deletionTimestamp: z.string().optional(),
    labels: labelsSchema.optional(),
    annotations: labelsSchema.optional(),
  }),
  spec: z.looseObject({
    type: z.string(),
    scope: z.array(poolScopeSchema),
    resources: z.array(poolResourceSchema),
    network: z.looseObject({ name: z.string() }).optional(),
  }),
  status: z
    .looseObject({
      phase: poolPhaseSchema.optional(),
      message: z.string().optional(),
      resources: z
        .looseObject({
          available: z.array(flavorCountSchema).optional(),
          abnormal: z.array(flavorCountSchema).optional(),
          creating: z.array(flavorCountSchema).optional(),
          deleting: z.array(flavorCountSchema).optional(),
        })
        .optional(),
      scope: z
        .array(
          z.looseObject({
            scopeType: poolScopeSchema,
            state: openEnum(['Enabling', 'Enabled', 'EnableFailed', 'Disabling', 'Disabled']),
          }),
        )
        .optional(),
    })
    .optional(),
})
export type Pool = z.infer<typeof poolSchema>

export const poolListSchema = z.looseObject({
  apiVersion: z.string().optional(),
  kind: z.string(),
  metadata: z.looseObject({ continue: z.string().optional() }).optional(),
  items: z.array(poolSchema),
})
export type PoolList = z.infer<typeof poolListSchema>

/** The body of POST /pools, as the API reference documents it. */
export const createPoolBodySchema = z.object({
  kind: z.literal('Pool'),
  apiVersion: z.literal('v2'),
  metadata: z.object({
    labels: z.object({ [LABEL_NAME]: z.string(), [LABEL_WORKSPACE]: z.string() }),
    annotations: z.object({ [ANNOTATION_DESCRIPTION]: z.string() }),
  }),
  spec: z.object({
    type: z.literal('Dedicate'),
    scope: z.array(poolScopeSchema).min(1),
    resources: z.array(poolResourceSchema).min(1),
    network: z.object({ name: z.string() }).optional(),
  }),
})
export type CreatePoolBody = z.infer<typeof createPoolBodySchema>

/** PATCH body (merge-patch): either new resource counts, or new annotations. */
export const patchPoolBodySchema = z.object({
  spec: z.object({ resources: z.array(poolResourceSchema).min(1) }).optional(),
  metadata: z.object({ annotations: labelsSchema }).optional(),
})
export type PatchPoolBody = z.infer<typeof patchPoolBodySchema>

export type PoolType = 'train' | 'infer'

export const SCOPES_FOR_TYPE: Record<PoolType, PoolScope[]> = {
  train: ['Train', 'Notebook'],
  infer: ['Infer'],
}

export interface CreatePoolInput {
  type: PoolType
  name: string
  description: string
  flavor: string
  count: number
  /** An AZ name, or undefined for random placement. */
  az?: string
  network?: CustomNetwork
}

export function buildCreatePoolBody(input: CreatePoolInput): CreatePoolBody {
  const resource: PoolResource = { flavor: input.flavor, count: input.count }
  if (input.az) resource.azs = [{ az: input.az, count: input.count }]
  if (input.network) resource.network = input.network
  return {
    kind: 'Pool',
    apiVersion: 'v2',
    metadata: {
      labels: { [LABEL_NAME]: input.name, [LABEL_WORKSPACE]: '0' },
      annotations: { [ANNOTATION_DESCRIPTION]: input.description },
    },
    spec: { type: 'Dedicate', scope: SCOPES_FOR_TYPE[input.type], resources: [resource] },
  }
}

/**
 * Merge-patch replaces arrays wholesale, so every resource entry is sent with its new count;
 * entries keep their other fields (AZ pinning, network) so nothing is lost on the way.
 */
export function buildScaleOutPatch(
  pool: Pool,
  targets: Record<string, number>,
): PatchPoolBody & { spec: { resources: PoolResource[] } } {
  return {
    spec: {
      resources: pool.spec.resources.map((r) => {
        const count = targets[r.flavor] ?? r.count
        const next: PoolResource = { ...r, count }
        if (r.azs?.length === 1 && r.azs[0]) next.azs = [{ az: r.azs[0].az, count }]
        if (next.maxCount !== undefined && next.maxCount < count) next.maxCount = count
        return next
      }),
    },
  }
}

const poolsPath = (rest = '') => projectPath('v2', `/pools${rest}`)
const enc = encodeURIComponent

/**
 * Lists every pool. No `limit` is sent, so the service answers in as few pages as it likes (one
 * round trip for most projects); any `continue` token it returns is followed until the end.
 */
export async function listPools(signal?: AbortSignal): Promise<Pool[]> {
  const items: Pool[] = []
  let token: string | undefined
  do {
    const page = await request({
      path: poolsPath(),
      query: { continue: token },
      schema: poolListSchema,
      signal,
    })
    items.push(...page.items)
    token = page.metadata?.continue || undefined
  } while (token)
  return items
}

export const getPool = (name: string, signal?: AbortSignal) =>
  request({ path: poolsPath(`/${enc(name)}`), schema: poolSchema, signal })

export const createPool = (body: CreatePoolBody) =>
  request({ method: 'POST', path: poolsPath(), body, schema: poolSchema })

export const patchPool = (name: string, body: PatchPoolBody) =>
  request({ method: 'PATCH', path: poolsPath(`/${enc(name)}`), body, schema: poolSchema })

export const deletePool = (name: string) =>
  request({ method: 'DELETE', path: poolsPath(`/${enc(name)}`), schema: poolSchema })
