import { createSeed, type SeedOptions } from './seed'
import { STATE_VERSION, type SimState } from './state'

/** Where the simulated project lives between requests. */
export interface SimStore {
  read(now: number): SimState
  write(state: SimState): void
  reset(now: number): SimState
}

export type Scenario = NonNullable<SeedOptions['scenario']>

export function memoryStore(options: Omit<SeedOptions, 'now'> = {}): SimStore & {
  replace(state: SimState): void
} {
  let state: SimState | undefined
  return {
    read: (now) => (state ??= createSeed({ ...options, now })),
    write: (next) => {
      state = next
    },
    reset: (now) => (state = createSeed({ ...options, now })),
    replace: (next) => {
      state = next
    },
  }
}

const isState = (x: unknown): x is SimState =>
  typeof x === 'object' && x !== null && (x as SimState).version === STATE_VERSION

/**
 * Browser storage, so what the user did survives a reload and is shared by every tab. The parsed
 * state is cached and dropped when another tab writes (the `storage` event), so a request never
 * parses megabytes of JSON just to answer.
 */
export function browserStore(key: string, options: Omit<SeedOptions, 'now'>): SimStore {
  let cached: SimState | undefined
  window.addEventListener('storage', (e) => {
    if (e.key === key || e.key === null) cached = undefined
  })
  const save = (state: SimState) => {
    cached = state
    try {
      localStorage.setItem(key, JSON.stringify(state))
    } catch {
      // Storage full or disabled (private mode): keep working from memory for this tab.
    }
  }
  return {
    read(now) {
      if (cached) return cached
      try {
        const raw = localStorage.getItem(key)
        const parsed: unknown = raw ? JSON.parse(raw) : undefined
        if (isState(parsed)) return (cached = parsed)
      } catch {
        // Unreadable or from an older version: start again from the seed.
      }
      const seed = createSeed({ ...options, now })
      save(seed)
      return seed
    },
    write: save,
    reset(now) {
      const seed = createSeed({ ...options, now })
      save(seed)
      return seed
    },
  }
}
