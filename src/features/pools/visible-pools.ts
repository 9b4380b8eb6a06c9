import type { Flavor } from '@/api/flavors'
import { NODE_COUNT_STATES, type Pool } from '@/api/pools'
import { acceleratorOf, formatGpuType } from '@/lib/format'
import { poolName, poolStatus, poolTypes } from './pool-model'
import type { ListParams } from './use-list-params'

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })

/**
 * The accelerators a pool's nodes have, as the console names them (`NVIDIA T4`), with how many.
 * Counted from the nodes the service reports by flavor; without a report (right after create),
 * from the counts asked for, except for a pool whose creation failed: it has none.
 */
export function poolAccelerators(
  pool: Pool,
  flavors: ReadonlyMap<string, Flavor>,
): Map<string, number> {
  const nodes = new Map<string, number>()
  for (const state of NODE_COUNT_STATES)
    for (const e of pool.status?.resources?.[state] ?? [])
      nodes.set(e.flavor, (nodes.get(e.flavor) ?? 0) + e.count)
  if (nodes.size === 0 && pool.status?.phase !== 'CreationFailed')
    for (const r of pool.spec.resources) nodes.set(r.flavor, (nodes.get(r.flavor) ?? 0) + r.count)
  const out = new Map<string, number>()
  for (const [flavor, count] of nodes) {
    const f = flavors.get(flavor)
    const a = f && acceleratorOf(f)
    if (!a || count === 0) continue
    const label = formatGpuType(a.type)
    out.set(label, (out.get(label) ?? 0) + a.size * count)
  }
  return out
}

export const flavorIndex = (flavors: readonly Flavor[] | undefined) =>
  new Map((flavors ?? []).map((f) => [f.metadata.name, f]))

/** The pools of the tab that match the search and filters, in the chosen order. */
export function visiblePools(
  all: readonly Pool[],
  { type, q, status, gpu, sort, order }: ListParams,
  flavors: ReadonlyMap<string, Flavor> = new Map(),
) {
  const needle = q.trim().toLowerCase()
  const rows = all.filter(
    (p) =>
      poolTypes(p).includes(type) &&
      (!needle || poolName(p).toLowerCase().includes(needle)) &&
      (!status || poolStatus(p) === status) &&
      (!gpu || poolAccelerators(p, flavors).has(gpu)),
  )
  const dir = order === 'asc' ? 1 : -1
  rows.sort((a, b) =>
    sort === 'name'
      ? dir * collator.compare(poolName(a), poolName(b))
      : dir *
        ((Date.parse(a.metadata.creationTimestamp ?? '') || 0) -
          (Date.parse(b.metadata.creationTimestamp ?? '') || 0)),
  )
  return rows
}
