import { z } from '@/api/zod'
import { projectPath, type Region, request } from './http'
import { requestAll } from './paging'
import { openEnum } from './schema-helpers'

/*
 * Nodes, as OTC `node_management/obtaining_nodes_in_a_resource_pool.rst` and
 * deleting_nodes_in_batches.rst document them; `Checking` (self-check after creation) comes from
 * the Go SDK's `model_node_status.go` and the Terraform docs. Node labels name the node pool
 * (`os.modelarts.node/nodepoolname`, see pool-entries.ts).
 *
 * Deletion locks: `POST …/nodes/batch-lock` and `…/batch-unlock` take `{nodeNames, actions}`
 * (support.huaweicloud.com/intl/en-us/api-modelarts/BatchLockPoolNodes.html); `actions` is always
 * `["delete"]` (TF `resource_huaweicloud_modelartsv2_node_batch_lock.go`: "must contain only one
 * element named `delete`"). The answer lists each node with `status` success|failed (PySDK
 * `nodes_result_msg.py`; the older OTC example has no `status`). A lock only stops deletion
 * (OTC user guide `viewing_details_about_a_resource_pool.rst`, "deletion lock").
 *
 * How a read shows a lock is in no official source: neither the API reference, the SDK models
 * nor the Terraform provider name a field. The one public account (a third-party ModelArts skill
 * file, "verified through real API testing") is `metadata.annotations["os.modelarts.node/lock.action"]`,
 * non-empty when locked. That is what `lockedActions` reads; were the service to say it
 * differently, nodes would show as unlocked and its refusal to delete one would still reach the
 * user in its own words.
 */

export const LOCK_ANNOTATION = 'os.modelarts.node/lock.action'
/** The only lock action the service documents: no deletion (scale-in or batch delete). */
export const LOCK_ACTIONS = ['delete'] as const

export const NODE_PHASES = ['Available', 'Creating', 'Checking', 'Deleting', 'Abnormal'] as const
export const nodePhaseSchema = openEnum(NODE_PHASES)
export type NodePhase = z.infer<typeof nodePhaseSchema>

const quantitiesSchema = z.record(z.string(), z.string())

export const nodeSchema = z.looseObject({
  kind: z.optional(z.string()),
  apiVersion: z.optional(z.string()),
  metadata: z.looseObject({
    name: z.string(),
    creationTimestamp: z.optional(z.string()),
    labels: z.optional(z.record(z.string(), z.string())),
    annotations: z.optional(z.record(z.string(), z.string())),
  }),
  spec: z.looseObject({ flavor: z.string() }),
  status: z.looseObject({
    phase: nodePhaseSchema,
    az: z.optional(z.string()),
    privateIp: z.optional(z.string()),
    resources: z.optional(quantitiesSchema),
    availableResources: z.optional(quantitiesSchema),
  }),
})
export type PoolNode = z.infer<typeof nodeSchema>

export const nodeListSchema = z.looseObject({
  kind: z.string(),
  apiVersion: z.optional(z.string()),
  metadata: z.optional(z.looseObject({ continue: z.optional(z.string()) })),
  items: z.array(nodeSchema),
})

export const batchDeleteNodesBodySchema = z.object({
  deleteNodeNames: z.array(z.string()).check(z.minLength(1)),
})
export type BatchDeleteNodesBody = z.infer<typeof batchDeleteNodesBodySchema>

export const buildBatchDeleteBody = (names: readonly string[]): BatchDeleteNodesBody => ({
  deleteNodeNames: [...names],
})

/** The actions locked on a node (`["delete"]`), empty when it is not locked. */
export function lockedActions(node: PoolNode): string[] {
  const raw = node.metadata.annotations?.[LOCK_ANNOTATION] ?? ''
  return raw
    .split(/[,;\s]+/)
    .map((a) => a.trim())
    .filter(Boolean)
}
export const isLocked = (node: PoolNode) => lockedActions(node).length > 0

export const lockBodySchema = z.object({
  nodeNames: z.array(z.string()).check(z.minLength(1)),
  actions: z.array(z.enum(LOCK_ACTIONS)).check(z.minLength(1)),
})
export type LockBody = z.infer<typeof lockBodySchema>

export const buildLockBody = (names: readonly string[]): LockBody => ({
  nodeNames: [...names],
  actions: [...LOCK_ACTIONS],
})

/** Each node with whether the change took; an entry without `status` (older answers) took. */
export const lockAnswerSchema = z.looseObject({
  nodes: z.optional(
    z.array(
      z.union([
        z.pipe(
          z.string(),
          z.transform((name) => ({ name, status: undefined as string | undefined })),
        ),
        z.looseObject({ name: z.optional(z.string()), status: z.optional(z.string()) }),
      ]),
    ),
  ),
})
export type LockAnswer = z.infer<typeof lockAnswerSchema>

/**
 * Which of the named nodes the service says it changed. Entries with a `status` count only when
 * it is `success`; an answer without any (the older form) lists the nodes it changed; a node it
 * does not mention was not changed. A 200 without a list is taken at its word.
 */
export function lockOutcome(answer: LockAnswer, names: readonly string[]) {
  if (!answer.nodes) return { done: [...names], failed: [] }
  const withStatus = answer.nodes.some((n) => n.status !== undefined)
  const changed = new Set(
    answer.nodes.filter((n) => !withStatus || n.status === 'success').map((n) => n.name),
  )
  return {
    done: names.filter((n) => changed.has(n)),
    failed: names.filter((n) => !changed.has(n)),
  }
}

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

/** Locks (`lock`) or unlocks the deletion of named nodes. */
export const changeNodeLocks = (
  region: Region,
  pool: string,
  names: readonly string[],
  lock: boolean,
) =>
  request({
    method: 'POST',
    path: nodesPath(region, pool, lock ? '/batch-lock' : '/batch-unlock'),
    body: buildLockBody(names),
    schema: lockAnswerSchema,
  })
