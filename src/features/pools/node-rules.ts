import { isLocked, type PoolNode } from '@/api/nodes'

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
  if (isLocked(node)) return 'Locked against deletion. Unlock it on the Nodes tab to remove it.'
  if (!isSettled(node)) return `A ${node.status.phase.toLowerCase()} node cannot be removed.`
  return undefined
}
