import { setupWorker } from 'msw/browser'
import type { DemoControls } from '@/lib/demo'
import { DEMO_REGIONS } from '@/lib/demo-project'
import type { ConsoleSetup } from '@/lib/regions'
import { createHandlers } from './handlers'
import { DEMO_SETUP } from './regions'
import { browserStore, type Scenario } from './store'

const SPEED_KEY = 'modelarts-demo:speed'
const SCENARIO_KEY = 'modelarts-demo:scenario'

/** `?demo-speed=N` and `?demo-scenario=large`, remembered for the session. */
function sessionSetting(param: string, key: string): string | null {
  const fromUrl = new URLSearchParams(window.location.search).get(param)
  if (fromUrl !== null) sessionStorage.setItem(key, fromUrl)
  return sessionStorage.getItem(key)
}

export async function startDemo(): Promise<{ controls: DemoControls; setup: ConsoleSetup }> {
  const requested = Number(sessionSetting('demo-speed', SPEED_KEY) ?? '1')
  const speed = Number.isFinite(requested) && requested >= 1 ? requested : 1
  const scenario: Scenario =
    sessionSetting('demo-scenario', SCENARIO_KEY) === 'large' ? 'large' : 'default'
  // One project per region, each kept under its own key. The large scenario is the first's.
  const stores = DEMO_REGIONS.map((r, i) =>
    i === 0
      ? browserStore(`modelarts-demo:state:${scenario}`, { scenario })
      : browserStore(`modelarts-demo:state:${r.id}`, {
          projectId: r.projectId,
          pools: 'second-region',
        }),
  )
  const worker = setupWorker(
    ...createHandlers({
      stores: Object.fromEntries(DEMO_REGIONS.map((r, i) => [r.id, stores[i]!])),
      speed: () => speed,
      // A little latency so pending states are real, shorter when time runs fast.
      latency: () => Math.round((80 + Math.random() * 120) / Math.min(speed, 4)),
    }),
  )
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true })
  const controls: DemoControls = {
    reset: () => stores.forEach((s) => s.reset(Date.now())),
    speed,
    scenario,
  }
  return { controls, setup: DEMO_SETUP }
}
