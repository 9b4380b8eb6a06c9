import { useQuery } from '@tanstack/react-query'
import { useCallback, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isLocked, type PoolNode } from '@/api/nodes'
import { defaultNodePool, entryKey, nodeEntryKey, spreadOverAzs } from '@/api/pool-entries'
import { isPoolError } from '@/api/pool-errors'
import type { Pool } from '@/api/pools'
import { findQuota } from '@/api/quotas'
import { useNotify } from '@/components/notice'
import { errorText } from '@/components/state-views'
import { i18n } from '@/i18n'
import { describeFlavor } from '@/lib/format'
import { nodeCounts, poolId, poolName } from '../pool-model'
import { flavorsQuery, quotasQuery, useReadPoolNow } from '../queries'
import {
  poolNodesQuery,
  useDeleteNodes,
  useNodesGoneCheck,
  useScaleOutPool,
} from '../detail-queries'
import { useWriteOnce } from '../use-write-once'
import {
  checkScale,
  currentByEntry,
  namesText,
  nodesText,
  type ScaleDraft,
  sortNodesForScale,
  toggleNode,
} from './scale-model'

/** The one request a Scale submit sends: new absolute counts, or nodes to delete. */
type Change =
  | { kind: 'out'; targets: Record<string, number>; adding: number }
  | { kind: 'in'; nodeNames: string[] }

/**
 * The Scale dialog's controller: the pool's entries and nodes, the draft (targets and switches),
 * what it adds up to (checkScale), and Submit, which sends the one request the plan needs. The
 * dialog (scale-pool-dialog.tsx) only renders what this returns.
 */
export function useScalePool(pool: Pool, onClose: () => void) {
  const id = poolId(pool)
  const name = poolName(pool)
  // Also re-renders the dialog on a language switch, so every text below is worked out again.
  const { t } = useTranslation('actions')
  const notify = useNotify()
  const nodes = useQuery(poolNodesQuery(id))
  const quotas = useQuery(quotasQuery())
  const flavors = useQuery(flavorsQuery())
  const scaleOut = useScaleOutPool()
  const deleteNodes = useDeleteNodes()
  const readPool = useReadPoolNow()
  const nodesGone = useNodesGoneCheck()
  const write = useWriteOnce<Change>({
    send: (change) =>
      change.kind === 'out'
        ? scaleOut.mutateAsync({ pool, targets: change.targets })
        : deleteNodes.mutateAsync({ poolId: id, nodeNames: change.nodeNames }),
    check: async (change) => {
      if (change.kind === 'out') {
        // The targets are absolute counts: the change happened when the pool asks for them.
        const now = await readPool(id)
        const wanted = new Map(now?.spec.resources.map((r) => [entryKey(r), r.count]))
        return Object.entries(change.targets).every(([key, n]) => wanted.get(key) === n)
      }
      return nodesGone(id, change.nodeNames)
    },
    onApplied: (change, left) => {
      // Notices come after the dialog may have gone: i18n.t, in the language of that moment.
      notify({
        message:
          change.kind === 'out'
            ? i18n.t('actions:scale.notice.adding', { nodes: nodesText(change.adding), name })
            : i18n.t('actions:scale.notice.removing', {
                nodes: nodesText(change.nodeNames.length),
                name,
                names: namesText(change.nodeNames),
              }),
      })
      if (!left) onClose()
    },
    onUnknownAfterLeaving: (error) =>
      notify({
        severity: 'warning',
        message: i18n.t('actions:scale.notice.unknown', { name, error: errorText(error).message }),
      }),
    onFailedAfterLeaving: (error) =>
      notify({
        severity: 'error',
        message: i18n.t('actions:scale.notice.failed', { name, error: errorText(error).message }),
      }),
  })
  const pending = write.pending

  const current = useMemo(() => currentByEntry(pool), [pool])
  const entryKeys = Object.keys(current)
  const multi = entryKeys.length > 1
  const [draft, setDraft] = useState<ScaleDraft>(() => ({
    targets: Object.fromEntries(Object.entries(current).map(([f, n]) => [f, String(n)])),
    removed: new Set(),
  }))

  /** An entry in words: its flavor, and its node pool when the flavor sits in several. */
  const entryText = useCallback(
    (key: string) => {
      const entry = pool.spec.resources.find((r) => entryKey(r) === key)
      if (!entry) return key
      const flavor = describeFlavor(
        flavors.data?.find((f) => f.metadata.name === entry.flavor),
        entry.flavor,
      )
      const shared = pool.spec.resources.filter((r) => r.flavor === entry.flavor).length > 1
      return shared
        ? t('scale.entry', { flavor, nodePool: entry.nodePool ?? defaultNodePool(entry.flavor) })
        : flavor
    },
    [flavors.data, pool, t],
  )
  const spread = useCallback(
    (key: string, count: number) => {
      const azs = pool.spec.resources.find((r) => entryKey(r) === key)?.azs
      if (!azs || azs.length < 2) return undefined
      return namesText(
        spreadOverAzs(azs, count).map((a) => t('scale.azCount', { az: a.az, count: a.count })),
      )
    },
    [pool, t],
  )
  const sorted = useMemo(() => sortNodesForScale(nodes.data ?? []), [nodes.data])
  const nodeEntry = useMemo(() => {
    const map = new Map<string, string>()
    for (const n of nodes.data ?? []) {
      const key = nodeEntryKey(pool, n)
      if (key) map.set(n.metadata.name, key)
    }
    return map
  }, [nodes.data, pool])
  const nodeText = useCallback(
    (n: PoolNode) => {
      const key = nodeEntry.get(n.metadata.name)
      return key ? entryText(key) : n.spec.flavor
    },
    [nodeEntry, entryText],
  )
  const abnormal = sorted.filter((n) => n.status.phase === 'Abnormal').length

  const nodeQuota = findQuota(quotas.data, 'node')
  const quotaLeft = nodeQuota?.left
  const locked = useMemo(
    () => new Set((nodes.data ?? []).filter(isLocked).map((n) => n.metadata.name)),
    [nodes.data],
  )
  const check = checkScale({
    draft,
    current,
    nodeEntry,
    locked,
    spread,
    quotaLeft,
    quota: nodeQuota,
  })
  const totalCurrent = entryKeys.reduce((s, f) => s + (current[f] ?? 0), 0)
  const counts = nodeCounts(pool)

  const onToggle = useCallback(
    (node: PoolNode, keep: boolean) => {
      const entry = nodeEntry.get(node.metadata.name)
      if (entry === undefined) return
      setDraft((d) => toggleNode(d, { name: node.metadata.name, entry }, keep, current, nodeEntry))
    },
    [current, nodeEntry, setDraft],
  )

  // The user can always leave; a change under way goes on and reports its end as a notice.
  const close = () => {
    write.leave()
    onClose()
  }

  const submit = () => {
    if (!check.ready || write.status.phase === 'unknown') return
    const { plan } = check
    if (plan.kind === 'out') write.run({ kind: 'out', targets: plan.targets, adding: plan.adding })
    else if (plan.kind === 'in') write.run({ kind: 'in', nodeNames: plan.nodeNames })
  }

  // The pool moved on since the dialog opened; its state now is shown next to the user's choices.
  const stateChanged =
    write.status.phase === 'failed' && isPoolError(write.status.error, 'wrongState')
  const plan = check.plan
  const summary = !check.ready
    ? undefined
    : plan.kind === 'out'
      ? t('scale.summaryAdd', {
          nodes: nodesText(plan.adding),
          from: totalCurrent,
          to: totalCurrent + plan.adding,
        })
      : plan.kind === 'in'
        ? t('scale.summaryRemove', {
            nodes: nodesText(plan.removing),
            from: totalCurrent,
            to: totalCurrent - plan.removing,
          })
        : undefined

  return {
    id,
    name,
    nodes,
    quotas,
    pending,
    current,
    entryKeys,
    multi,
    draft,
    setDraft,
    entryText,
    nodeText,
    nodeEntry,
    sorted,
    abnormal,
    nodeQuota,
    quotaLeft,
    check,
    totalCurrent,
    counts,
    onToggle,
    close,
    submit,
    write,
    stateChanged,
    summary,
  }
}

/** The Scale dialog's controller, as its parts see it. */
export type ScalePool = ReturnType<typeof useScalePool>
