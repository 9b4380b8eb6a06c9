import { setupWorker } from 'msw/browser'
import type { DemoControls } from '@/lib/demo'
import { createHandlers } from './handlers'
import { browserStore, type Scenario } from './store'

const SPEED_KEY = 'modelarts-demo:speed'
const SCENARIO_KEY = 'modelarts-demo:scenario'

/** `?demo-speed=N` and `?demo-scenario=large`, remembered for the session. */
function sessionSetting(param: string, key: string): string | null {
  const fromUrl = new URLSearchParams(window.location.search).get(param)
  if (fromUrl !== null) sessionStorage.setItem(key, fromUrl)
  return sessionStorage.getItem(key)
}

export async function startDemo(): Promise<DemoControls> {
  const requested = Number(sessionSetting('demo-speed', SPEED_KEY) ?? '1')
  const speed = Number.isFinite(requested) && requested >= 1 ? requested : 1
  const scenario: Scenario =
    sessionSetting('demo-scenario', SCENARIO_KEY) === 'large' ? 'large' : 'default'
  const store = browserStore(`modelarts-demo:state:${scenario}`, { scenario })
  const worker = setupWorker(
    ...createHandlers({
      store,
      speed: () => speed,
      // A little latency so pending states are real, shorter when time runs fast.
      latency: () => Math.round((80 + Math.random() * 120) / Math.min(speed, 4)),
    }),
  )
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true })
  return { reset: () => store.reset(Date.now()), speed, scenario }
}
