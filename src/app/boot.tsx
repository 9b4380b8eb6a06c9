import { StrictMode } from 'react'
import type { Root } from 'react-dom/client'
import { App, routerReady } from '@/app/app'
import { BootFailure } from '@/app/boot-failure'
import type { DemoControls } from '@/lib/demo'
import { regionClients } from '@/lib/query-client'
import { type ConsoleSetup, fetchSetup } from '@/lib/regions'
import { startI18n } from '@/i18n'
import { warmLanding } from './warm-landing'

/** How long the first render waits for the landing list beyond the code and the catalogs. */
const LIST_WAIT_MS = 150

/** Resolves when `promise` settles or after `ms`, whichever is first. */
function settledWithin(promise: Promise<unknown>, ms: number) {
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms)
    const done = () => {
      clearTimeout(timer)
      resolve()
    }
    promise.then(done, done)
  })
}

/**
 * Starts the console into `root`: in demo mode the demo backend first, in live mode the region
 * list from the console's server; then the app.
 */
export async function boot(
  root: Pick<Root, 'render'>,
  { listWaitMs = LIST_WAIT_MS }: { listWaitMs?: number } = {},
) {
  const demoMode = import.meta.env.VITE_DEMO === 'true'
  // The catalogs load while the demo backend starts or the region list arrives.
  const i18nReady = startI18n()
  try {
    let demo: DemoControls | null = null
    let setup: ConsoleSetup
    // Read the define directly: only a literal comparison folds at build time, so a live build
    // drops this branch and with it every byte of MSW and the simulator.
    if (import.meta.env.VITE_DEMO === 'true') {
      const started = await (await import('@/mocks/browser')).startDemo()
      demo = started.controls
      setup = started.setup
    } else {
      setup = await fetchSetup()
    }
    // The landing list's requests go out now, while the catalogs may still be on their way, and
    // the first render waits a little for the two pool lists: rendered once with its rows (and
    // often the flavors and quotas asked for with them), the page is complete sooner and React
    // keeps no second copy of what it would have rendered twice (heap after GC 7.2-7.6 -> 6.9
    // MiB, live build). A list slower than that renders as a skeleton first, as before.
    const clientFor = regionClients()
    const listed = warmLanding(window.location.pathname, setup, clientFor)
    await Promise.all([i18nReady, routerReady(setup)])
    await settledWithin(listed, listWaitMs)
    root.render(
      <StrictMode>
        <App demo={demo} setup={setup} clientFor={clientFor} />
      </StrictMode>,
    )
  } catch (error: unknown) {
    // The demo backend needs a service worker (not available in some private windows, or over
    // plain http on another host); live mode needs its server: say so instead of a blank page.
    root.render(<BootFailure error={error} demo={demoMode} />)
  }
}
