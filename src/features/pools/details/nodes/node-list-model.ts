import { isLocked, NODE_PHASES, type PoolNode } from '@/api/nodes'
import { i18n } from '@/i18n'
import { isRemovable, isSettled, removalProblem } from '../../node-rules'

/**
 * What the Nodes tab shows and allows, without React: filtering, counts by status, and the rules
 * for the bulk actions (the same ones Scale's node list applies; the service checks them again).
 */

export const STATUS_FILTERS = ['all', ...NODE_PHASES, 'Locked'] as const
export type StatusFilter = (typeof STATUS_FILTERS)[number]
export const isStatusFilter = (v: unknown): v is StatusFilter =>
  (STATUS_FILTERS as readonly unknown[]).includes(v)

export function filterNodes(
  nodes: readonly PoolNode[],
  status: StatusFilter,
  search: string,
): PoolNode[] {
  const needle = search.trim().toLowerCase()
  return nodes.filter((n) => {
    if (status === 'Locked' ? !isLocked(n) : status !== 'all' && n.status.phase !== status)
      return false
    if (!needle) return true
    return (
      n.metadata.name.toLowerCase().includes(needle) || (n.status.privateIp ?? '').includes(needle)
    )
  })
}

/** Nodes per phase, in the API's phase order (phases it adds later at the end), and locked ones. */
export function countNodes(nodes: readonly PoolNode[]) {
  const byPhase = new Map<string, number>()
  for (const p of NODE_PHASES) byPhase.set(p, 0)
  let locked = 0
  for (const n of nodes) {
    byPhase.set(n.status.phase, (byPhase.get(n.status.phase) ?? 0) + 1)
    if (isLocked(n)) locked++
  }
  return {
    total: nodes.length,
    phases: [...byPhase].filter(([, count]) => count > 0),
    locked,
  }
}

export type BulkAction = 'delete' | 'lock' | 'unlock'

/**
 * Why the selected nodes cannot get an action, or undefined when they can. `all` is every node
 * of the pool: a deletion must leave at least one.
 */
export function bulkProblem(
  action: BulkAction,
  selected: readonly PoolNode[],
  all: readonly PoolNode[],
): string | undefined {
  // Worded when asked, in the language active then.
  const say = (key: 'selectFirst' | 'alreadyLocked' | 'noneLocked' | 'settledOnly' | 'keepOne') =>
    i18n.t(`details:nodes.problems.${key}`)
  if (selected.length === 0) return say('selectFirst')
  if (action === 'lock') {
    if (selected.every(isLocked)) return say('alreadyLocked')
    if (targetsOf('lock', selected).length === 0) return say('settledOnly')
    return undefined
  }
  if (action === 'unlock') {
    if (!selected.some(isLocked)) return say('noneLocked')
    if (targetsOf('unlock', selected).length === 0) return say('settledOnly')
    return undefined
  }
  const blocked = selected.find((n) => !isRemovable(n))
  if (blocked)
    return i18n.t('details:nodes.problems.notRemovable', {
      name: blocked.metadata.name,
      problem: removalProblem(blocked),
    })
  if (all.length - selected.length < 1) return say('keepOne')
  return undefined
}

/**
 * The nodes an action changes: locking skips those already locked, unlocking those that are not,
 * and both skip nodes being created or deleted (the service refuses them).
 */
export function targetsOf(action: BulkAction, selected: readonly PoolNode[]): string[] {
  const pick =
    action === 'lock'
      ? selected.filter((n) => !isLocked(n) && isSettled(n))
      : action === 'unlock'
        ? selected.filter((n) => isLocked(n) && isSettled(n))
        : selected
  return pick.map((n) => n.metadata.name)
}
