import { type Flavor, flavorScopes } from '@/api/flavors'
import { type PoolType, SCOPES_FOR_TYPE } from '@/api/pools'
import { i18n } from '@/i18n'

/** The AZ value that means "let ModelArts place the nodes". */
export const RANDOM_AZ = 'random'

/**
 * Flavors that can serve every scope a pool of this type is created with (the server's rule). A
 * flavor with no scope label (`labels: {}`, as the reference's example has it) serves both types.
 */
export function flavorsForType(flavors: readonly Flavor[], type: PoolType): Flavor[] {
  const needed = SCOPES_FOR_TYPE[type]
  return flavors.filter((f) => {
    const serves = flavorScopes(f)
    return serves.length === 0 || needed.every((s) => serves.includes(s))
  })
}

/** The project's AZs, as the flavors report availability for them (sorted: AZ 1, AZ 2, …). */
export function zonesOf(flavors: readonly Flavor[]): string[] {
  const zones = new Set<string>()
  for (const f of flavors) for (const az of Object.keys(f.status?.phase ?? {})) zones.add(az)
  return [...zones].sort()
}

/** "AZ 2 (cn-north-4b)": the console's number for a zone, with the zone's real name. */
export function azLabel(zones: readonly string[], az: string): string {
  const i = zones.indexOf(az)
  return i < 0 ? az : i18n.t('create:az.label', { number: i + 1, az })
}

const isSoldOutIn = (f: Flavor, az: string) => f.status?.phase?.[az] === 'soldout'

export type Availability =
  | { state: 'available'; soldOutIn: string[] }
  | { state: 'sold-out-everywhere' }
  | { state: 'sold-out-in-az'; az: string }

/**
 * Whether a flavor can be bought for the chosen placement: pinned to one AZ it must be open there;
 * with random placement any open AZ will do.
 */
export function availability(f: Flavor, zones: readonly string[], az: string): Availability {
  const closed = zones.filter((z) => isSoldOutIn(f, z))
  if (zones.length > 0 && closed.length === zones.length) return { state: 'sold-out-everywhere' }
  if (az !== RANDOM_AZ && isSoldOutIn(f, az)) return { state: 'sold-out-in-az', az }
  return { state: 'available', soldOutIn: closed }
}

/** Why a flavor cannot be chosen, in the words the card and the field error use. */
export function soldOutNote(a: Availability, zones: readonly string[]): string | undefined {
  if (a.state === 'sold-out-everywhere') return i18n.t('create:soldOut.everywhere')
  if (a.state === 'sold-out-in-az')
    return i18n.t('create:soldOut.inAz', { az: azLabel(zones, a.az) })
  return undefined
}
