import type { Flavor } from '@/api/flavors'
import {
  ANNOTATION_DESCRIPTION,
  LABEL_NAME,
  NODE_COUNT_STATES,
  type NodeCountState,
  type Pool,
  type PoolType,
} from '@/api/pools'
import { describeFlavor } from '@/lib/format'
import { i18n } from '@/i18n'

/** What the console calls a pool's state: the API phase, plus Scaling for a busy Running pool. */
export type PoolStatus =
  | 'Creating'
  | 'Running'
  | 'Scaling'
  | 'Abnormal'
  | 'Deleting'
  | 'Error'
  | 'CreationFailed'
  | 'ScalingFailed'
  | 'Waiting'
  | (string & {})

/** Read at use, so each read is in the language of the moment. */
export const POOL_TYPE_LABELS: Readonly<Record<PoolType, string>> = {
  get train() {
    return i18n.t('pools:types.train')
  },
  get infer() {
    return i18n.t('pools:types.infer')
  },
}

export const isPoolType = (v: unknown): v is PoolType => v === 'train' || v === 'infer'

export const poolName = (pool: Pool) => pool.metadata.labels?.[LABEL_NAME] ?? pool.metadata.name
export const poolId = (pool: Pool) => pool.metadata.name
export const poolDescription = (pool: Pool) =>
  pool.metadata.annotations?.[ANNOTATION_DESCRIPTION] ?? ''

/**
 * A Lite pool runs on the user's own CCE cluster: it names a VPC and subnet (`spec.network
 * {vpcId, subnetId}`) and its cluster (`spec.clusters`) instead of a ModelArts network, and has no
 * scope (Terraform's resource_huaweicloud_modelarts_resource_pool.go, src/api/pools.ts).
 */
export const isLitePool = (pool: Pool) =>
  !pool.spec.network?.name && Boolean(pool.spec.network?.vpcId || pool.spec.clusters?.length)

export const liteReadOnly = () => i18n.t('pools:lite.readOnly')

/** A pool serves every tab whose work its scope holds; a Lite pool (no scope) serves any work. */
export function poolTypes(pool: Pool): PoolType[] {
  if (isLitePool(pool)) return ['train', 'infer']
  const types: PoolType[] = []
  if (pool.spec.scope.some((s) => s === 'Train' || s === 'Notebook')) types.push('train')
  if (pool.spec.scope.includes('Infer')) types.push('infer')
  return types
}

export type NodeCounts = Record<NodeCountState, number> & { total: number }

export function nodeCounts(pool: Pool): NodeCounts {
  const counts = { available: 0, abnormal: 0, creating: 0, deleting: 0, total: 0 }
  for (const state of NODE_COUNT_STATES) {
    const n = (pool.status?.resources?.[state] ?? []).reduce((sum, r) => sum + r.count, 0)
    counts[state] = n
    counts.total += n
  }
  if (counts.total === 0 && guessesFromSpec(pool))
    counts.total = pool.spec.resources.reduce((s, r) => s + r.count, 0)
  return counts
}

/**
 * Right after create the service may report no node yet: the requested count is the best guess.
 * Later (a failed pool, one being deleted) no node reported means none.
 */
function guessesFromSpec(pool: Pool) {
  const phase = pool.status?.phase
  return !phase || phase === 'Creating' || phase === 'Waiting'
}

/** The pool's nodes by flavor, in any state, by the same rule as `nodeCounts`. */
export function nodesByFlavor(pool: Pool): Map<string, number> {
  const out = new Map<string, number>()
  for (const state of NODE_COUNT_STATES)
    for (const r of pool.status?.resources?.[state] ?? [])
      out.set(r.flavor, (out.get(r.flavor) ?? 0) + r.count)
  if (out.size === 0 && guessesFromSpec(pool))
    for (const r of pool.spec.resources) out.set(r.flavor, (out.get(r.flavor) ?? 0) + r.count)
  return out
}

export function poolStatus(pool: Pool): PoolStatus {
  const phase = pool.status?.phase
  if (!phase) return 'Creating'
  if (phase === 'Running') {
    const c = nodeCounts(pool)
    if (c.creating > 0 || c.deleting > 0) return 'Scaling'
  }
  return phase
}

const KNOWN_STATUSES = [
  'Creating',
  'Running',
  'Scaling',
  'Abnormal',
  'Deleting',
  'Error',
  'CreationFailed',
  'ScalingFailed',
  'Waiting',
] as const
/** A status the console knows, in words; one it does not know, as the service wrote it. */
export const statusLabel = (status: PoolStatus) =>
  (KNOWN_STATUSES as readonly string[]).includes(status)
    ? i18n.t(`pools:status.${status as (typeof KNOWN_STATUSES)[number]}`)
    : status

export const TRANSITIONAL: ReadonlySet<PoolStatus> = new Set([
  'Creating',
  'Scaling',
  'Deleting',
  'Waiting',
])
/** Nodes are being added or removed, whatever the phase says (an Abnormal pool can scale too). */
export const hasNodesInFlight = (pool: Pool) => {
  const c = nodeCounts(pool)
  return c.creating > 0 || c.deleting > 0
}

export const isTransitional = (pool: Pool) =>
  TRANSITIONAL.has(poolStatus(pool)) || hasNodesInFlight(pool)

export type StatusTone = 'success' | 'info' | 'warning' | 'error' | 'neutral'

export function statusTone(status: PoolStatus): StatusTone {
  switch (status) {
    case 'Running':
      return 'success'
    case 'Creating':
    case 'Scaling':
    case 'Waiting':
      return 'info'
    case 'Deleting':
      return 'warning'
    case 'Abnormal':
    case 'Error':
    case 'CreationFailed':
    case 'ScalingFailed':
      return 'error'
    default:
      return 'neutral'
  }
}

/** Why a pool is not simply usable, and what to do about it; undefined for a settled Running pool. */
export function statusReason(pool: Pool): string | undefined {
  const status = poolStatus(pool)
  const message = pool.status?.message?.trim()
  const c = nodeCounts(pool)
  // The service's own words, when it gave some, in brackets after ours.
  const detail = message ? i18n.t('pools:reason.detail', { message }) : ''
  switch (status) {
    case 'Running':
      return undefined
    case 'Scaling': {
      const parts = []
      if (c.creating) parts.push(i18n.t('pools:reason.adding', { count: c.creating }))
      if (c.deleting) parts.push(i18n.t('pools:reason.removing', { count: c.deleting }))
      return i18n.t('pools:reason.scaling', { parts: parts.join(i18n.t('pools:reason.and')) })
    }
    case 'Creating':
      return i18n.t('pools:reason.creating')
    case 'Waiting':
      return i18n.t('pools:reason.waiting')
    case 'Deleting':
      return i18n.t('pools:reason.deleting')
    case 'Abnormal':
      return i18n.t('pools:reason.abnormal', {
        count: c.abnormal,
        what: message || i18n.t('pools:reason.abnormalNodes', { count: c.abnormal }),
      })
    case 'Error':
      return i18n.t('pools:reason.error', { detail })
    case 'CreationFailed':
      return i18n.t('pools:reason.creationFailed', { detail })
    case 'ScalingFailed':
      return i18n.t('pools:reason.scalingFailed', { detail })
    default:
      return i18n.t('pools:reason.unknown', { status, detail })
  }
}

export interface Permission {
  allowed: boolean
  reason?: string
}

export function canScale(pool: Pool): Permission {
  if (isLitePool(pool)) return { allowed: false, reason: liteReadOnly() }
  const status = poolStatus(pool)
  if (status === 'Scaling' || hasNodesInFlight(pool))
    return { allowed: false, reason: i18n.t('pools:can.scaleInFlight') }
  if (status === 'Running' || status === 'Abnormal') return { allowed: true }
  return {
    allowed: false,
    reason: i18n.t('pools:can.scaleStatus', { status: statusLabel(status) }),
  }
}

export function canDelete(pool: Pool): Permission {
  if (isLitePool(pool)) return { allowed: false, reason: liteReadOnly() }
  const status = poolStatus(pool)
  if (status === 'Creating') return { allowed: false, reason: i18n.t('pools:can.deleteCreating') }
  if (status === 'Deleting') return { allowed: false, reason: i18n.t('pools:can.deleteDeleting') }
  return { allowed: true }
}

/**
 * The pool's flavors in words, e.g. "GPU · 1 × NVIDIA T4 · 8 vCPUs · 32 GiB"; a flavor in several
 * node pools is named once, with how many.
 */
export function poolFlavorText(pool: Pool, flavors: readonly Flavor[] | undefined): string {
  const entries = new Map<string, number>()
  for (const r of pool.spec.resources) entries.set(r.flavor, (entries.get(r.flavor) ?? 0) + 1)
  return [...entries]
    .map(([name, pools]) => {
      const text = describeFlavor(
        flavors?.find((f) => f.metadata.name === name),
        name,
      )
      return pools > 1 ? i18n.t('pools:flavor.inNodePools', { text, count: pools }) : text
    })
    .join(i18n.t('pools:flavor.separator'))
}

/** What a pool without a custom network runs on. */
export const isolatedNetworkText = () => i18n.t('pools:network.isolated')

/** The AZs nodes are pinned to, "Random", or both when only some entries are pinned. */
export function poolAzText(pool: Pool): string {
  const azs = pool.spec.resources.flatMap((r) => r.azs?.map((a) => a.az) ?? [])
  if (!azs.length) return i18n.t('pools:az.random')
  const pinned = [...new Set(azs)].join(i18n.t('pools:az.separator'))
  return pool.spec.resources.some((r) => !r.azs?.length)
    ? i18n.t('pools:az.someRandom', { pinned })
    : pinned
}
