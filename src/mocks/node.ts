import { setupServer } from 'msw/node'
import { createHandlers } from './handlers'
import { memoryStore } from './store'

/** The simulated ModelArts for Vitest: in memory, no latency, reseeded before every test. */
export const simStore = memoryStore()
/** How fast simulated time runs; a test that waits for a transition may speed it up. */
export const simClock = { speed: 1 }
export const server = setupServer(
  ...createHandlers({ store: simStore, speed: () => simClock.speed }),
)
