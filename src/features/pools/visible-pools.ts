import type { Flavor } from '@/api/flavors'
import type { Pool } from '@/api/pools'
import { activeLanguage } from '@/i18n'
import { acceleratorOf, formatGpuType } from '@/lib/format'
import { nodesByFlavor, poolName, poolStatus, poolTypes } from './pool-model'
import type { ListParams } from './use-list-params'

const collators = new Map<string, Intl.Collator>()
/** Names sort the way the reader's language does; one collator per language, made once. */
function collator() {
  const language = activeLanguage()
  let c = collators.get(language)
  if (!c) {
    c = new Intl.Collator(language, { numeric: true, sensitivity: 'base' })
    collators.set(language, c)
  }
  return c
}

/** The accelerators a pool's nodes have, as the console names them (`NVIDIA T4`), with how many. */
export function poolAccelerators(
  pool: Pool,
  flavors: ReadonlyMap<string, Flavor>,
): Map<string, number> {
  const out = new Map<string, number>()
  for (const [flavor, count] of nodesByFlavor(pool)) {
    const f = flavors.get(flavor)
    const a = f && acceleratorOf(f)
    if (!a || count === 0) continue
    const label = formatGpuType(a.type)
    out.set(label, (out.get(label) ?? 0) + a.size * count)
  }
  return out
}

/** Flavors by name; undefined while they are not known. */
export const flavorIndex = (flavors: readonly Flavor[] | undefined) =>
  flavors && new Map(flavors.map((f) => [f.metadata.name, f]))

/**
 * The pools of the tab that match the search and filters, in the chosen order. Without the
 * flavors (`undefined`: still loading, or failed) the accelerator filter cannot be applied, so it
 * is not: better every pool than none.
 */
export function visiblePools(
  all: readonly Pool[],
  { type, q, status, gpu, sort, order }: ListParams,
  flavors?: ReadonlyMap<string, Flavor>,
) {
  const needle = q.trim().toLowerCase()
  const rows = all.filter(
    (p) =>
      poolTypes(p).includes(type) &&
      (!needle || poolName(p).toLowerCase().includes(needle)) &&
      (!status || poolStatus(p) === status) &&
      (!gpu || !flavors || poolAccelerators(p, flavors).has(gpu)),
  )
  const dir = order === 'asc' ? 1 : -1
  const names = collator()
  rows.sort((a, b) =>
    sort === 'name'
      ? dir * names.compare(poolName(a), poolName(b))
      : dir *
        ((Date.parse(a.metadata.creationTimestamp ?? '') || 0) -
          (Date.parse(b.metadata.creationTimestamp ?? '') || 0)),
  )
  return rows
}
