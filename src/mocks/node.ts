import { setupServer } from 'msw/node'
import { DEMO_REGIONS } from '@/lib/demo-project'
import { createHandlers } from './handlers'
import { memoryStore } from './store'

const [first, second] = DEMO_REGIONS

/** The simulated ModelArts for Vitest: in memory, no latency, reseeded before every test. */
export const simStore = memoryStore()
/** The second region's project (a few pools of its own). */
export const simStoreSecondRegion = memoryStore({
  projectId: second.projectId,
  pools: 'second-region',
})
/** How fast simulated time runs; a test that waits for a transition may speed it up. */
export const simClock = { speed: 1 }
export const server = setupServer(
  ...createHandlers({
    stores: { [first.id]: simStore, [second.id]: simStoreSecondRegion },
    speed: () => simClock.speed,
  }),
)
