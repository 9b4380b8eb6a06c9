import { z } from '@/api/zod'
import { projectPath, type Region, request } from './http'
import { type Listing, requestListing } from './paging'
import {
  azCountSchema,
  labelsSchema,
  objectMetadataSchema,
  openEnum,
  wholeNumberSchema,
} from './schema-helpers'

/*
 * Shapes from the ModelArts API reference (OTC `api-ref/source/resource_management/
 * resource_pool_management/*.rst`: creating_resource_pools, obtaining_resource_pools,
 * obtaining_a_resource_pool, updating_a_resource_pool, deleting_a_resource_pool), the Python SDK's
 * models (`huaweicloudsdkmodelarts/v1/model/pool_*.py`) and the Terraform provider
 * (`resource_huaweicloud_modelarts_resource_pool.go`). Fixtures: src/test/fixtures/public/.
 */

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

/** Where a Lite pool's nodes of one entry live (TF `buildResourcePoolSpecResourcesNetworkBodyParams`). */
export const nodeNetworkSchema = z.looseObject({
  vpc: z.string(),
  subnet: z.string(),
  securityGroups: z.optional(z.array(z.string())),
})
export type NodeNetwork = z.infer<typeof nodeNetworkSchema>

/** `creatingStep`: nodes come in steps of whole racks or super-nodes (OTC PoolResource). */
export const creatingStepSchema = z.looseObject({
  step: z.optional(wholeNumberSchema),
  type: z.optional(z.string()),
})

/**
 * One entry of `spec.resources`: one flavor in one node pool. Entries carry much the console does
 * not edit (taints, labels, volumes, os, driver…): they pass through untouched, so a scale-out
 * sends each entry back as it was with only its counts changed.
 */
export const poolResourceSchema = z.looseObject({
  flavor: z.string(),
  count: wholeNumberSchema,
  maxCount: z.optional(wholeNumberSchema),
  /** Absent: the service calls the node pool `<flavor>-default` (TF docs, node pool nodes). */
  nodePool: z.optional(z.string()),
  azs: z.optional(z.array(azCountSchema)),
  creatingStep: z.optional(creatingStepSchema),
  network: z.optional(nodeNetworkSchema),
})
export type PoolResource = z.infer<typeof poolResourceSchema>

/** Node counts of one flavor (and node pool) in one state, as `status.resources.*[]` reports them. */
export const flavorCountSchema = z.looseObject({
  flavor: z.string(),
  count: wholeNumberSchema,
  nodePool: z.optional(z.string()),
  azs: z.optional(z.array(azCountSchema)),
})
export type FlavorCount = z.infer<typeof flavorCountSchema>

export const NODE_COUNT_STATES = ['available', 'abnormal', 'creating', 'deleting'] as const
export type NodeCountState = (typeof NODE_COUNT_STATES)[number]

/**
 * `spec.network`: a Standard pool names its ModelArts network (`{name}`); a Lite pool names a VPC
 * and subnet instead (`{vpcId, subnetId}`, TF `buildCreateResourcePoolSpecNetworkBodyParams`).
 */
export const poolNetworkSchema = z.looseObject({
  name: z.optional(z.string()),
  vpcId: z.optional(z.string()),
  subnetId: z.optional(z.string()),
})

export const poolSchema = z.looseObject({
  apiVersion: z.string(),
  kind: z.string(),
  metadata: objectMetadataSchema,
  spec: z.looseObject({
    type: z.string(),
    // Lite pools have no scope at all.
    scope: z._default(z.array(poolScopeSchema), []),
    resources: z._default(z.array(poolResourceSchema), []),
    network: z.optional(poolNetworkSchema),
    /** Lite pools only: the CCE cluster the pool runs on. */
    clusters: z.optional(z.array(z.looseObject({ providerId: z.optional(z.string()) }))),
  }),
  status: z.optional(
    z.looseObject({
      phase: z.optional(poolPhaseSchema),
      message: z.optional(z.string()),
      resources: z.optional(
        z.looseObject({
          available: z.optional(z.array(flavorCountSchema)),
          abnormal: z.optional(z.array(flavorCountSchema)),
          creating: z.optional(z.array(flavorCountSchema)),
          deleting: z.optional(z.array(flavorCountSchema)),
        }),
      ),
      scope: z.optional(
        z.array(
          z.looseObject({
            scopeType: poolScopeSchema,
            state: openEnum(['Enabling', 'Enabled', 'EnableFailed', 'Disabling', 'Disabled']),
          }),
        ),
      ),
    }),
  ),
})
export type Pool = z.infer<typeof poolSchema>
/** A pool as the service sends it (counts may be strings, scope may be missing). */
export type PoolBody = z.input<typeof poolSchema>

export const poolListSchema = z.looseObject({
  apiVersion: z.optional(z.string()),
  kind: z.string(),
  metadata: z.optional(z.looseObject({ continue: z.optional(z.string()) })),
  items: z.array(poolSchema),
})

/** An entry as the console sends it: plain numbers, only the fields the API documents. */
const sentResourceSchema = z.looseObject({
  flavor: z.string(),
  count: z.int(),
  maxCount: z.optional(z.int()),
  nodePool: z.optional(z.string()),
  azs: z.optional(z.array(z.object({ az: z.string(), count: z.int() }))),
  creatingStep: z.optional(z.looseObject({})),
})
export type SentResource = z.infer<typeof sentResourceSchema>

/**
 * The body of POST /pools for a Standard (Dedicate) pool, as the API accepts it: `spec.network.name`
 * is mandatory for a physical pool (OTC creating_resource_pools.rst, PySDK `pool_spec_creation.py`).
 * Lenient like the service (extra fields pass); what the console itself sends is built by
 * `buildCreatePoolBody` and checked against the reference's example in the contract tests.
 */
export const createPoolBodySchema = z.looseObject({
  kind: z.literal('Pool'),
  apiVersion: z.literal('v2'),
  metadata: z.looseObject({
    labels: z.looseObject({ [LABEL_NAME]: z.string(), [LABEL_WORKSPACE]: z.optional(z.string()) }),
    annotations: z.optional(z.looseObject({ [ANNOTATION_DESCRIPTION]: z.optional(z.string()) })),
  }),
  spec: z.looseObject({
    type: z.literal('Dedicate'),
    scope: z.array(poolScopeSchema).check(z.minLength(1)),
    resources: z
      .array(z.extend(sentResourceSchema, { network: z.optional(z.unknown()) }))
      .check(z.minLength(1)),
    network: z.looseObject({
      name: z
        .string({ error: 'a Standard pool needs the name of a ModelArts network' })
        .check(z.minLength(1)),
    }),
  }),
})
/** What the console sends: only the documented fields, plain numbers. */
export interface CreatePoolBody {
  kind: 'Pool'
  apiVersion: 'v2'
  metadata: {
    labels: { [LABEL_NAME]: string; [LABEL_WORKSPACE]: string }
    annotations: { [ANNOTATION_DESCRIPTION]: string }
  }
  spec: {
    type: 'Dedicate'
    scope: PoolScope[]
    resources: { flavor: string; count: number; azs?: { az: string; count: number }[] }[]
    network: { name: string }
  }
}

/**
 * PATCH body (merge-patch): either every resource entry with its new count, or new annotations.
 * Entries are passed on as the pool had them, so they may hold fields this schema does not name.
 */
export const patchPoolBodySchema = z.object({
  spec: z.optional(z.object({ resources: z.array(sentResourceSchema).check(z.minLength(1)) })),
  metadata: z.optional(z.object({ annotations: labelsSchema })),
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
}

export function buildCreatePoolBody(input: CreatePoolInput, networkName: string): CreatePoolBody {
  const resource: CreatePoolBody['spec']['resources'][number] = {
    flavor: input.flavor,
    count: input.count,
  }
  if (input.az) resource.azs = [{ az: input.az, count: input.count }]
  return {
    kind: 'Pool',
    apiVersion: 'v2',
    metadata: {
      labels: { [LABEL_NAME]: input.name, [LABEL_WORKSPACE]: '0' },
      annotations: { [ANNOTATION_DESCRIPTION]: input.description },
    },
    spec: {
      type: 'Dedicate',
      scope: SCOPES_FOR_TYPE[input.type],
      resources: [resource],
      network: { name: networkName },
    },
  }
}

const poolsPath = (region: Region, rest = '') => projectPath(region, 'v2', `/pools${rest}`)
const enc = encodeURIComponent

/**
 * The pools the service lists. Without a `status` query it lists creating and created pools only;
 * pools that failed (kept for 3 days) need `status=failed` (OTC obtaining_resource_pools.rst; the
 * Go SDK's ListPoolsRequest: `created|failed|creating`). Any `continue` token is followed.
 */
export const listPools = (
  region: Region,
  signal?: AbortSignal,
  status?: 'failed',
): Promise<Listing<Pool>> =>
  requestListing({
    path: poolsPath(region),
    query: { status },
    item: poolSchema,
    ...(signal ? { signal } : {}),
  })

export const getPool = (region: Region, name: string, signal?: AbortSignal) =>
  request({ path: poolsPath(region, `/${enc(name)}`), schema: poolSchema, signal })

export const createPool = (region: Region, body: CreatePoolBody) =>
  request({ method: 'POST', path: poolsPath(region), body, schema: poolSchema })

export const patchPool = (region: Region, name: string, body: PatchPoolBody) =>
  request({ method: 'PATCH', path: poolsPath(region, `/${enc(name)}`), body, schema: poolSchema })

export const deletePool = (region: Region, name: string) =>
  request({ method: 'DELETE', path: poolsPath(region, `/${enc(name)}`), schema: poolSchema })
