import type { Pool } from '@/api/pools'
import { poolName, poolTypes } from './pool-model'
import type { ListParams } from './use-list-params'

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' })

/** The pools of the tab that match the search, in the chosen order. */
export function visiblePools(all: readonly Pool[], { type, q, sort, order }: ListParams) {
  const needle = q.trim().toLowerCase()
  const rows = all.filter(
    (p) => poolTypes(p).includes(type) && (!needle || poolName(p).toLowerCase().includes(needle)),
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
