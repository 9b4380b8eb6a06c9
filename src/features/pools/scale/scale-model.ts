import type { PoolNode } from '@/api/nodes'
import { entryKey, matchEntry } from '@/api/pool-entries'
import { POOL_LIMITS } from '@/api/pool-rules'
import { NODE_COUNT_STATES, type Pool } from '@/api/pools'
import { i18n } from '@/i18n'

// Worked out when a message is built (never at module load): the language switches at run time.
export const nodesText = (n: number) => i18n.t('actions:nodes', { count: n })
/** Names in a sentence ("a, b" in English, "a、b" in Chinese). */
export const namesText = (names: readonly string[]) => names.join(i18n.t('actions:listSeparator'))

/**
 * How many nodes each resource entry (one flavor in one node pool, see `entryKey`) has now, in
 * any state, in the pool's entry order. `status.resources` reports counts by flavor and, where it
 * can, node pool; counts it cannot place on one entry fall back to the entries' own counts.
 */
export function currentByEntry(pool: Pool): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const r of pool.spec.resources) counts[entryKey(r)] = 0
  let reported = false
  const unplaced = new Set<string>()
  for (const state of NODE_COUNT_STATES) {
    for (const entry of pool.status?.resources?.[state] ?? []) {
      reported = true
      const key = matchEntry(pool, entry.flavor, entry.nodePool)
      if (key) counts[key] = (counts[key] ?? 0) + entry.count
      else unplaced.add(entry.flavor)
    }
  }
  for (const r of pool.spec.resources) {
    // Right after create the service may report no nodes yet: the requested counts are the best
    // guess; so they are for a flavor in two node pools whose counts came without the node pool.
    if (!reported || unplaced.has(r.flavor)) counts[entryKey(r)] = r.count
  }
  return counts
}

/** Abnormal nodes first (they are what the user most likely wants to remove), otherwise as listed. */
export function sortNodesForScale(nodes: readonly PoolNode[]): PoolNode[] {
  const rank = (n: PoolNode) => (n.status.phase === 'Abnormal' ? 0 : 1)
  return nodes
    .map((node, i) => ({ node, i }))
    .sort((a, b) => rank(a.node) - rank(b.node) || a.i - b.i)
    .map((x) => x.node)
}

export interface ScaleDraft {
  /** The Nodes field of each entry (by `entryKey`), as typed. */
  targets: Record<string, string>
  /** Names of the nodes switched off (to be removed). */
  removed: ReadonlySet<string>
}

/**
 * Switches one node on (keep) or off (remove). The switches and the target move together, except
 * while the user is still choosing the nodes for a target they lowered themselves: then a switch
 * fills (or frees) one of those slots and the target stays.
 */
export function toggleNode(
  draft: ScaleDraft,
  node: { name: string; entry: string },
  keep: boolean,
  current: Record<string, number>,
  nodeEntry: ReadonlyMap<string, string>,
): ScaleDraft {
  if (keep === !draft.removed.has(node.name)) return draft
  const removed = new Set(draft.removed)
  if (keep) removed.delete(node.name)
  else removed.add(node.name)
  const have = current[node.entry] ?? 0
  const off = [...draft.removed].filter((n) => nodeEntry.get(n) === node.entry).length
  const planned = have - off
  const raw = (draft.targets[node.entry] ?? '').trim()
  // An unreadable target restarts from what the switches say.
  const target = /^\d+$/.test(raw) ? Number(raw) : planned
  const next = keep
    ? target === planned
      ? target + 1
      : target
    : target < planned
      ? target
      : target - 1
  return { targets: { ...draft.targets, [node.entry]: String(Math.max(0, next)) }, removed }
}

export interface ScaleInput {
  draft: ScaleDraft
  current: Record<string, number>
  /** The entry (by `entryKey`) of each node the user may have switched off. */
  nodeEntry: ReadonlyMap<string, string>
  /** Nodes locked against deletion: they cannot be removed, whatever the switches say. */
  locked?: ReadonlySet<string>
  /** How an entry's new count spreads over its AZs, for entries pinned to several. */
  spread?: (entry: string, count: number) => string | undefined
  /** Node quota still free in the project; undefined while unknown (the server still checks). */
  quotaLeft?: number
  quota?: { used: number; quota: number }
}

export type ScalePlan =
  | { kind: 'none' }
  | { kind: 'out'; targets: Record<string, number>; adding: number }
  | { kind: 'in'; nodeNames: string[]; removing: number }

export interface FieldMessage {
  text: string
  /** An error blocks Submit; a hint only explains (or asks for the next step). */
  tone: 'error' | 'todo' | 'hint'
}

export interface ScaleCheck {
  plan: ScalePlan
  /** Submit is allowed: the plan is complete and breaks no rule. */
  ready: boolean
  messages: Record<string, FieldMessage>
}

const WHOLE = /^\d+$/

/**
 * Everything the Scale dialog says about a draft: per Nodes field, what it will do or what is
 * wrong with it, and the one request Submit sends. The server checks the same rules again.
 */
export function checkScale({
  draft,
  current,
  nodeEntry,
  locked = new Set(),
  spread,
  quotaLeft,
  quota,
}: ScaleInput): ScaleCheck {
  const entries = Object.keys(current)
  const multi = entries.length > 1
  const messages: Record<string, FieldMessage> = {}
  /** The target each field asks for, when it is a whole number. */
  const parsed: Record<string, number | undefined> = {}
  const removedBy: Record<string, string[]> = Object.fromEntries(entries.map((f) => [f, []]))
  for (const name of draft.removed) {
    const entry = nodeEntry.get(name)
    if (entry !== undefined) (removedBy[entry] ??= []).push(name)
  }

  let adding = 0
  let removing = 0
  let totalCurrent = 0
  let totalTarget = 0
  let invalid = false
  for (const f of entries) {
    const raw = (draft.targets[f] ?? '').trim()
    const have = current[f] ?? 0
    totalCurrent += have
    if (!WHOLE.test(raw)) {
      invalid = true
      messages[f] = { tone: 'error', text: i18n.t('actions:scale.check.wholeNumber') }
      continue
    }
    const n = Number(raw)
    parsed[f] = n
    totalTarget += n
    if (n > have) adding += n - have
    if (n < have) removing += have - n
  }
  const switchedOff = [...draft.removed].filter((n) => nodeEntry.has(n)).length

  const set = (f: string, m: FieldMessage) => {
    if (messages[f]?.tone !== 'error') messages[f] = m
  }
  const changed = (f: string) => parsed[f] !== undefined && parsed[f] !== current[f]

  if (!invalid && totalTarget < 1) {
    for (const f of entries)
      set(f, {
        tone: 'error',
        text: i18n.t('actions:scale.check.keepOne'),
      })
  }

  for (const f of entries) {
    const n = parsed[f]
    if (n === undefined) continue
    const have = current[f] ?? 0
    const off = removedBy[f]?.length ?? 0
    // Locked since it was switched off (elsewhere, meanwhile): the service would refuse it.
    const lockedOff = (removedBy[f] ?? []).filter((name) => locked.has(name))
    const lockedHere = [...nodeEntry].filter(([name, e]) => e === f && locked.has(name)).length
    if (lockedOff.length) {
      set(f, {
        tone: 'error',
        text: i18n.t('actions:scale.check.lockedOff', {
          count: lockedOff.length,
          names: namesText(lockedOff),
        }),
      })
    } else if (n < have && have - n > have - lockedHere) {
      set(f, {
        tone: 'error',
        text: i18n.t('actions:scale.check.tooManyLocked', {
          count: lockedHere,
          removable: have - lockedHere,
          nodes: nodesText(have),
        }),
      })
    } else if (n > have && off > 0) {
      set(f, {
        tone: 'error',
        text: i18n.t('actions:scale.check.addAndRemove', {
          count: off,
          adding: nodesText(n - have),
          keepAt: have - off,
        }),
      })
    } else if (n <= have) {
      const need = have - n
      if (off < need) {
        set(f, {
          tone: 'todo',
          text: i18n.t('actions:scale.check.pickMore', { count: need - off, chosen: off, need }),
        })
      } else if (off > need) {
        set(f, {
          tone: 'error',
          text: i18n.t('actions:scale.check.tooManyOff', {
            count: off,
            target: n,
            need,
            extra: off - need,
            lower: have - off,
          }),
        })
      }
    }
  }

  if (adding > 0 && removing > 0) {
    for (const f of entries)
      if (changed(f))
        set(f, {
          tone: 'error',
          text: i18n.t('actions:scale.check.separateSteps'),
        })
  }
  if (adding > 0) {
    const adders = entries.filter((f) => (parsed[f] ?? 0) > (current[f] ?? 0))
    const limit = (text: string) => adders.forEach((f) => set(f, { tone: 'error', text }))
    const room = POOL_LIMITS.poolNodesMax - totalCurrent
    if (adding > POOL_LIMITS.addMax)
      limit(i18n.t('actions:scale.check.addMax', { max: POOL_LIMITS.addMax, requested: adding }))
    else if (totalCurrent + adding > POOL_LIMITS.poolNodesMax)
      limit(
        i18n.t('actions:scale.check.poolMax', {
          max: POOL_LIMITS.poolNodesMax,
          have: totalCurrent,
          room: Math.max(0, room),
        }),
      )
    else if (quotaLeft !== undefined && adding > quotaLeft) {
      const usage = quota
        ? i18n.t('actions:scale.check.quotaUsage', { used: quota.used, quota: quota.quota })
        : ''
      limit(
        quotaLeft === 0
          ? i18n.t('actions:scale.check.quotaNone', { usage })
          : i18n.t('actions:scale.check.quota', { count: quotaLeft, usage }),
      )
    }
  }

  const canAdd = totalCurrent < POOL_LIMITS.poolNodesMax && quotaLeft !== 0
  // What each settled field will do, so the effect is clear before Submit.
  for (const f of entries) {
    if (messages[f]) continue
    const n = parsed[f] as number
    const have = current[f] ?? 0
    const names = removedBy[f] ?? []
    if (n > have) {
      const azs = spread?.(f, n)
      messages[f] = {
        tone: 'hint',
        text: i18n.t('actions:scale.check.adds', {
          nodes: nodesText(n - have),
          from: have,
          to: n,
          azs: azs ? i18n.t('actions:scale.check.azs', { azs }) : '',
        }),
      }
    } else if (n < have)
      messages[f] = {
        tone: 'hint',
        text: i18n.t('actions:scale.check.removes', {
          nodes: nodesText(have - n),
          names: namesText(names),
        }),
      }
    else
      messages[f] = {
        tone: 'hint',
        text: multi
          ? i18n.t(canAdd ? 'actions:scale.check.entryHas' : 'actions:scale.check.entryHasFull', {
              nodes: nodesText(have),
            })
          : i18n.t(canAdd ? 'actions:scale.check.poolHas' : 'actions:scale.check.poolHasFull', {
              nodes: nodesText(have),
            }),
      }
  }

  const hasError = Object.values(messages).some((m) => m.tone !== 'hint')
  let plan: ScalePlan = { kind: 'none' }
  if (adding > 0)
    plan = {
      kind: 'out',
      adding,
      // Only the entries the user changed: the others go back to the service exactly as it has
      // them, whatever their reported counts say.
      targets: Object.fromEntries(entries.filter(changed).map((f) => [f, parsed[f] ?? 0])),
    }
  else if (removing > 0 || switchedOff > 0)
    plan = { kind: 'in', removing, nodeNames: entries.flatMap((f) => removedBy[f] ?? []) }
  return { plan, ready: !invalid && !hasError && plan.kind !== 'none', messages }
}
