import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createSeed } from './seed'
import type { SimState } from './state'
import { browserStore, memoryStore } from './store'

const T0 = Date.UTC(2025, 0, 15, 9, 0, 0)
const KEY = 'modelarts-demo:state:test'

/** What a user action leaves behind: one pool fewer and a changed description. */
function edited(state: SimState): SimState {
  const [first, ...rest] = state.pools
  if (!first) throw new Error('the seed has no pools')
  return {
    ...state,
    clock: state.clock + 1000,
    pools: [{ ...first, description: 'edited by the user' }, ...rest.slice(1)],
  }
}

/** Another browser tab writing the shared storage, and the event this tab receives for it. */
function otherTabWrites(key: string, value: string | null) {
  if (value === null) localStorage.removeItem(key)
  else localStorage.setItem(key, value)
  window.dispatchEvent(new StorageEvent('storage', { key, newValue: value }))
}

describe('memoryStore', () => {
  it('starts from the seed', () => {
    expect(memoryStore().read(T0)).toEqual(createSeed({ now: T0 }))
  })

  it('starts from the large scenario when asked for it', () => {
    const state = memoryStore({ scenario: 'large' }).read(T0)
    expect(state.pools.length).toBeGreaterThan(2000)
    expect(state.quota).toEqual({ pool: 2_100, node: 10_000, network: 15 })
  })

  it('reads back what was written', () => {
    const store = memoryStore()
    const next = edited(store.read(T0))
    store.write(next)
    expect(store.read(T0 + 5000)).toBe(next)
  })

  it('keeps the first seed instead of reseeding on every read', () => {
    const store = memoryStore()
    const first = store.read(T0)
    expect(store.read(T0 + 60_000)).toBe(first)
  })

  it('restores the seed on reset', () => {
    const store = memoryStore()
    store.write(edited(store.read(T0)))
    const reset = store.reset(T0 + 1000)
    expect(reset).toEqual(createSeed({ now: T0 + 1000 }))
    expect(store.read(T0 + 2000)).toBe(reset)
  })

  it('replaces the whole state', () => {
    const store = memoryStore()
    const large = createSeed({ now: T0, scenario: 'large' })
    store.replace(large)
    expect(store.read(T0)).toBe(large)
  })
})

describe('browserStore', () => {
  beforeEach(() => localStorage.clear())

  it('starts a fresh browser profile from the seed and stores it', () => {
    const store = browserStore(KEY, {})
    expect(store.read(T0)).toEqual(createSeed({ now: T0 }))
    const saved: unknown = JSON.parse(localStorage.getItem(KEY) ?? 'null')
    expect(saved).toEqual(createSeed({ now: T0 }))
  })

  it('keeps what was written across a reload', () => {
    const before = browserStore(KEY, {})
    const next = edited(before.read(T0))
    before.write(next)

    const afterReload = browserStore(KEY, {})
    const state = afterReload.read(T0 + 60_000)
    expect(state).toEqual(next)
    expect(state.pools[0]?.description).toBe('edited by the user')
  })

  it('keeps separate projects under separate keys', () => {
    const a = browserStore(`${KEY}:a`, {})
    a.write(edited(a.read(T0)))
    expect(browserStore(`${KEY}:b`, {}).read(T0)).toEqual(createSeed({ now: T0 }))
  })

  it('restores the seed on reset, also for the next reload', () => {
    const store = browserStore(KEY, {})
    store.write(edited(store.read(T0)))
    const reset = store.reset(T0 + 1000)
    expect(reset).toEqual(createSeed({ now: T0 + 1000 }))
    expect(store.read(T0 + 2000)).toEqual(reset)
    expect(browserStore(KEY, {}).read(T0 + 3000)).toEqual(reset)
  })

  it.each([
    ['text that is not JSON', '{"version": 1, "pools": ['],
    ['a state from another version', JSON.stringify({ version: 0, pools: [] })],
    ['a value that is not a state', JSON.stringify(['not', 'a', 'state'])],
    ['JSON null', 'null'],
  ])('falls back to the seed when the stored value is %s', (_what, raw) => {
    localStorage.setItem(KEY, raw)
    const state = browserStore(KEY, {}).read(T0)
    expect(state).toEqual(createSeed({ now: T0 }))
    // The broken value is replaced, so the next reload starts cleanly too.
    expect(JSON.parse(localStorage.getItem(KEY) ?? 'null')).toEqual(state)
  })

  it('sees what another tab wrote once that tab’s storage event arrives', () => {
    const store = browserStore(KEY, {})
    store.read(T0)
    const elsewhere = edited(createSeed({ now: T0 }))

    otherTabWrites(KEY, JSON.stringify(elsewhere))

    expect(store.read(T0 + 2000)).toEqual(elsewhere)
  })

  it('starts from the seed again when another tab clears the storage', () => {
    const store = browserStore(KEY, {})
    store.write(edited(store.read(T0)))

    localStorage.clear()
    window.dispatchEvent(new StorageEvent('storage', { key: null }))

    expect(store.read(T0 + 5000)).toEqual(createSeed({ now: T0 + 5000 }))
  })

  it('keeps working from memory when the browser refuses to store', () => {
    const store = browserStore(KEY, {})
    const next = edited(store.read(T0))
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota exceeded', 'QuotaExceededError')
    })
    expect(() => store.write(next)).not.toThrow()
    expect(setItem).toHaveBeenCalled()
    expect(store.read(T0 + 1000)).toEqual(next)
  })
})
