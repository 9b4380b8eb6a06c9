import type { AzCount } from './schema-helpers'
import type { PatchPoolBody, Pool, PoolResource, SentResource } from './pools'

/*
 * A pool's `spec.resources` holds one entry per flavor *and node pool* (one flavor may sit in two
 * node pools), and an entry may come in creating steps. Terraform matches entries the same way
 * when it scales (`findResourceByFlavorAndNodePoolAndCreatingStep` in
 * resource_huaweicloud_modelarts_resource_pool.go), treating a missing nodePool as
 * `<flavor>-default`, the name the service gives it (TF docs, modelartsv2_node_pool_nodes).
 */

/** The node pool the service puts an entry's nodes in when the request names none. */
export const defaultNodePool = (flavor: string) => `${flavor}-default`

/** Node labels naming a node's node pool (Go SDK `model_node_labels.go`). */
export const NODE_POOL_LABELS = ['os.modelarts.node/nodepoolname', 'os.modelarts.node/nodepool']

type EntryLike = Pick<PoolResource, 'flavor' | 'nodePool' | 'creatingStep'>

/** What tells one entry from another: flavor, node pool and creating step. */
export function entryKey(entry: EntryLike): string {
  const step = entry.creatingStep
  const stepKey = step ? `${step.type ?? ''}:${step.step ?? ''}` : ''
  return `${entry.flavor}|${entry.nodePool ?? defaultNodePool(entry.flavor)}|${stepKey}`
}

/**
 * The key of the entry that holds nodes of `flavor` in `nodePool`. Without a node pool name (the
 * service did not say) only a flavor with a single entry can be told; otherwise undefined.
 */
export function matchEntry(
  pool: Pick<Pool, 'spec'>,
  flavor: string,
  nodePool: string | undefined,
): string | undefined {
  const candidates = pool.spec.resources.filter((r) => r.flavor === flavor)
  const hit = nodePool
    ? candidates.find((r) => (r.nodePool ?? defaultNodePool(flavor)) === nodePool)
    : candidates.length === 1
      ? candidates[0]
      : undefined
  return hit ? entryKey(hit) : undefined
}

/** The entry a node belongs to: its flavor and its node pool label. */
export function nodeEntryKey(
  pool: Pick<Pool, 'spec'>,
  node: { spec: { flavor: string }; metadata: { labels?: Record<string, string> } },
): string | undefined {
  const labels = node.metadata.labels ?? {}
  const nodePool = NODE_POOL_LABELS.map((l) => labels[l]).find(Boolean)
  return matchEntry(pool, node.spec.flavor, nodePool)
}

/**
 * New AZ counts for an entry pinned to several AZs, adding up to `count`: added nodes go one by one
 * to the AZ with the fewest (the first of them on a tie), removed ones come from the AZ with the
 * most, so the spread stays as even as it was.
 */
export function spreadOverAzs(azs: readonly AzCount[], count: number): AzCount[] {
  const next = azs.map((a) => ({ ...a }))
  if (next.length === 0) return next
  let total = next.reduce((s, a) => s + a.count, 0)
  while (total < count) {
    const low = next.reduce((min, a) => (a.count < min.count ? a : min))
    low.count++
    total++
  }
  while (total > count) {
    const high = next.reduce((max, a) => (a.count > max.count ? a : max))
    high.count--
    total--
  }
  return next
}

/** A scaled entry: everything it had, its new count, AZ counts that add up to it, maxCount. */
function rescaled(entry: PoolResource, count: number): SentResource {
  const next: SentResource = { ...entry, count }
  if (entry.azs?.length) next.azs = spreadOverAzs(entry.azs, count)
  if (entry.maxCount !== undefined) next.maxCount = Math.max(entry.maxCount, count)
  return next
}

/**
 * The scale-out PATCH. Merge-patch replaces arrays wholesale, so every entry is sent back with
 * all its fields; only the entries named in `targets` (by `entryKey`) change, every other one
 * goes back exactly as the service sent it.
 */
export function buildScaleOutPatch(
  pool: Pick<Pool, 'spec'>,
  targets: Readonly<Record<string, number>>,
): PatchPoolBody & { spec: { resources: SentResource[] } } {
  return {
    spec: {
      resources: pool.spec.resources.map((r) => {
        const target = targets[entryKey(r)]
        return target === undefined ? r : rescaled(r, target)
      }),
    },
  }
}
