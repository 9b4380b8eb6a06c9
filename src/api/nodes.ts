import { z } from 'zod'
import { projectPath, type Region, request } from './http'
import { requestAll } from './paging'
import { openEnum } from './schema-helpers'

/*
 * Nodes, as OTC `node_management/obtaining_nodes_in_a_resource_pool.rst` and
 * deleting_nodes_in_batches.rst document them; `Checking` (self-check after creation) comes from
 * the Go SDK's `model_node_status.go` and the Terraform docs. Node labels name the node pool
 * (`os.modelarts.node/nodepoolname`, see pool-entries.ts).
 */

export const NODE_PHASES = ['Available', 'Creating', 'Checking', 'Deleting', 'Abnormal'] as const
export const nodePhaseSchema = openEnum(NODE_PHASES)
export type NodePhase = z.infer<typeof nodePhaseSchema>

const quantitiesSchema = z.record(z.string(), z.string())

export const nodeSchema = z.looseObject({
  kind: z.string().optional(),
  apiVersion: z.string().optional(),
  metadata: z.looseObject({
    name: z.string(),
    creationTimestamp: z.string().optional(),
    labels: z.record(z.string(), z.string()).optional(),
  }),
  spec: z.looseObject({ flavor: z.string() }),
  status: z.looseObject({
    phase: nodePhaseSchema,
    az: z.string().optional(),
    privateIp: z.string().optional(),
    resources: quantitiesSchema.optional(),
    availableResources: quantitiesSchema.optional(),
  }),
})
export type PoolNode = z.infer<typeof nodeSchema>

export const nodeListSchema = z.looseObject({
  kind: z.string(),
  apiVersion: z.string().optional(),
  metadata: z.looseObject({ continue: z.string().optional() }).optional(),
  items: z.array(nodeSchema),
})

export const batchDeleteNodesBodySchema = z.object({
  deleteNodeNames: z.array(z.string()).min(1),
})
export type BatchDeleteNodesBody = z.infer<typeof batchDeleteNodesBodySchema>

export const buildBatchDeleteBody = (names: readonly string[]): BatchDeleteNodesBody => ({
  deleteNodeNames: [...names],
})

const nodesPath = (region: Region, pool: string, rest = '') =>
  projectPath(region, 'v2', `/pools/${encodeURIComponent(pool)}/nodes${rest}`)

/**
 * Every node of a pool. The API pages at 500 — where it honours `limit`/`continue` at all: the
 * Terraform provider notes it answers every node regardless (collectPages copes with both).
 */
export const listNodes = (
  region: Region,
  pool: string,
  signal?: AbortSignal,
): Promise<PoolNode[]> =>
  requestAll({
    path: nodesPath(region, pool),
    query: { limit: 500 },
    schema: nodeListSchema,
    signal,
  })

/** The service answers 200 with a body we do not rely on. */
const batchDeleteAnswerSchema = z.unknown()

export const batchDeleteNodes = (region: Region, pool: string, names: readonly string[]) =>
  request({
    method: 'POST',
    path: nodesPath(region, pool, '/batch-delete'),
    body: buildBatchDeleteBody(names),
    schema: batchDeleteAnswerSchema,
  })
