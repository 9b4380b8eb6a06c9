import { createSeed, type SeedOptions } from './seed'
import { STATE_VERSION, type SimState } from './state'

/** Where the simulated project lives between requests. */
export interface SimStore {
  read(now: number): SimState
  write(state: SimState): void
  reset(now: number): SimState
}

export type Scenario = NonNullable<SeedOptions['scenario']>

/** A state this simulator can read; one from an older version is replaced by the seed. */
export const isState = (x: unknown): x is SimState =>
  typeof x === 'object' && x !== null && (x as SimState).version === STATE_VERSION

/** Where a store keeps the state: `load` undefined means none yet (or unreadable: reseed). */
export interface StateMedium {
  load(): SimState | undefined
  save(state: SimState): void
}

/**
 * The one store: the parsed state cached in memory (a request never parses megabytes of JSON
 * just to answer), read from the medium once, seeded when there is nothing to read, and every
 * change written through. `forget` drops the cache when someone else wrote the medium.
 */
export function cachedStore(
  medium: StateMedium,
  options: Omit<SeedOptions, 'now'> = {},
): SimStore & { forget(): void } {
  let cached: SimState | undefined
  const write = (state: SimState) => {
    medium.save(state)
    cached = state
  }
  const reset = (now: number) => {
    const seed = createSeed({ ...options, now })
    write(seed)
    return seed
  }
  return {
    read: (now) => (cached ??= medium.load() ?? reset(now)),
    write,
    reset,
    forget: () => {
      cached = undefined
    },
  }
}

export function memoryStore(options: Omit<SeedOptions, 'now'> = {}): SimStore & {
  replace(state: SimState): void
} {
  let held: SimState | undefined
  const store = cachedStore({ load: () => held, save: (s) => (held = s) }, options)
  return { ...store, replace: (next) => store.write(next) }
}

/**
 * Browser storage, so what the user did survives a reload and is shared by every tab. The cache
 * is dropped when another tab writes (the `storage` event).
 */
export function browserStore(key: string, options: Omit<SeedOptions, 'now'>): SimStore {
  const store = cachedStore(
    {
      load() {
        try {
          const raw = localStorage.getItem(key)
          const parsed: unknown = raw ? JSON.parse(raw) : undefined
          return isState(parsed) ? parsed : undefined
        } catch {
          // Unreadable or from an older version: start again from the seed.
          return undefined
        }
      },
      save(state) {
        try {
          localStorage.setItem(key, JSON.stringify(state))
        } catch {
          // Storage full or disabled (private mode): keep working from memory for this tab.
        }
      },
    },
    options,
  )
  window.addEventListener('storage', (e) => {
    if (e.key === key || e.key === null) store.forget()
  })
  return store
}
