import { StrictMode } from 'react'
import type { Root } from 'react-dom/client'
import { App } from '@/app/app'
import { DemoUnavailable } from '@/app/demo-unavailable'
import type { DemoControls } from '@/lib/demo'

/** Starts the console into `root`: the demo backend first when in demo mode, then the app. */
export async function boot(root: Pick<Root, 'render'>) {
  try {
    let demo: DemoControls | null = null
    // Read the define directly, not env.demo: only a literal comparison folds at build time, so a
    // live build drops this branch and with it every byte of MSW and the simulator.
    if (import.meta.env.VITE_DEMO === 'true') {
      const { startDemo } = await import('@/mocks/browser')
      demo = await startDemo()
    }
    root.render(
      <StrictMode>
        <App demo={demo} />
      </StrictMode>,
    )
  } catch (error: unknown) {
    // The demo backend needs a service worker (not available in some private windows, or over
    // plain http on another host): say so instead of leaving a blank page.
    root.render(<DemoUnavailable error={error} />)
  }
}
