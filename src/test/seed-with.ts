import { simStore } from '@/mocks/node'
import { createSeed, type SeedOptions } from '@/mocks/seed'
import type { SimPool, SimState } from '@/mocks/state'

/**
 * The first region's simulated project for one test: the seed as of now, changed by `edit`
 * (in place, or by returning a new state). Tests say what differs, never how to store it.
 */
export function seedWith(
  edit: (seed: SimState, now: number) => SimState | void,
  options: Omit<SeedOptions, 'now'> = {},
): SimState {
  const now = Date.now()
  const seed = createSeed({ ...options, now })
  const state = edit(seed, now) ?? seed
  simStore.replace(state)
  return state
}

/** The seeded pool of that display name. */
export function poolNamed(state: SimState, name: string): SimPool {
  const pool = state.pools.find((p) => p.name === name)
  if (!pool) throw new Error(`The seed has no pool named ${name}.`)
  return pool
}
