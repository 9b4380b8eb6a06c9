import { setupServer } from 'msw/node'
import { createHandlers } from './handlers'
import { memoryStore } from './store'

/** The simulated ModelArts for Vitest: in memory, no latency, reseeded before every test. */
export const simStore = memoryStore()
export const server = setupServer(...createHandlers({ store: simStore }))
