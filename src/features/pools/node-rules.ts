import { isLocked, type PoolNode } from '@/api/nodes'
import { i18n } from '@/i18n'

/**
 * Which nodes may be removed, for every place that removes them (Scale's node list, the Nodes
 * tab's bulk delete). The service enforces the same rules.
 */

/** Only settled nodes can be picked for removal: the service rejects the others. */
export const isSettled = (node: PoolNode) =>
  node.status.phase === 'Available' || node.status.phase === 'Abnormal'

/** Settled and not locked against deletion. */
export const isRemovable = (node: PoolNode) => isSettled(node) && !isLocked(node)

/** Why a node cannot be removed now, in the words the node lists show; undefined when it can. */
export function removalProblem(node: PoolNode): string | undefined {
  if (isLocked(node)) return i18n.t('pools:nodes.locked')
  if (!isSettled(node)) {
    const phase = node.status.phase
    const known = ['Creating', 'Checking', 'Deleting'].includes(phase)
    return i18n.t('pools:nodes.unsettled', {
      phase: known ? i18n.t(`pools:nodes.inSentence.${phase as 'Creating'}`) : phase,
    })
  }
  return undefined
}
