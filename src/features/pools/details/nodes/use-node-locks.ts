import { useRef, useState } from 'react'
import { isLocked, lockOutcome } from '@/api/nodes'
import type { Pool } from '@/api/pools'
import { useNotify } from '@/components/notice'
import { i18n } from '@/i18n'
import { errorText } from '@/components/state-views'
import { poolId, poolName } from '../../pool-model'
import { useChangeNodeLocks, useReadNodesNow } from '../../detail-queries'
import { useWriteOnce } from '../../use-write-once'

export type LockChange = { names: string[]; lock: boolean }
type Outcome = { done: string[]; failed: string[] }

/**
 * Locking or unlocking the deletion of nodes from the Nodes tab: one request per click, a lost
 * answer checked against the nodes, and, node by node, what took and what did not. The nodes
 * the service did not change stay on screen (`refused`) until the user dismisses them.
 */
export function useNodeLocks(pool: Pool) {
  const id = poolId(pool)
  const name = poolName(pool)
  const notify = useNotify()
  const change = useChangeNodeLocks()
  const readNodes = useReadNodesNow()
  const outcome = useRef<Outcome | undefined>(undefined)
  const [refused, setRefused] = useState<LockChange | null>(null)
  const write = useWriteOnce<LockChange>({
    // Unlike a dialog, the tab stays after a change: it goes back to idle for the next one.
    idleWhenApplied: true,
    send: async ({ names, lock }) => {
      outcome.current = undefined
      setRefused(null)
      const answer = await change.mutateAsync({ poolId: id, nodeNames: names, lock })
      outcome.current = lockOutcome(answer, names)
    },
    // After a lost answer the nodes say what happened, node by node.
    check: async ({ names, lock }) => {
      const now = new Map((await readNodes(id)).map((n) => [n.metadata.name, n]))
      const done = names.filter((n) => {
        const node = now.get(n)
        return node !== undefined && isLocked(node) === lock
      })
      outcome.current = { done, failed: names.filter((n) => !done.includes(n)) }
      return done.length > 0
    },
    onApplied: ({ names, lock }) => {
      const { done, failed } = outcome.current ?? { done: names, failed: [] }
      if (done.length)
        notify({
          message: i18n.t(lock ? 'details:nodes.lockEnabled' : 'details:nodes.lockDisabled', {
            count: done.length,
            name,
            names: done.join(i18n.t('details:nodes.nameSeparator')),
          }),
        })
      setRefused(failed.length ? { names: failed, lock } : null)
    },
    onFailedAfterLeaving: (error) =>
      notify({
        severity: 'error',
        message: i18n.t('details:nodes.lockFailed', { name, message: errorText(error).message }),
      }),
  })
  return { write, refused, dismissRefused: () => setRefused(null) }
}
