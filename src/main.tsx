import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from '@/app/app'
import type { DemoControls } from '@/lib/demo'

async function start() {
  let demo: DemoControls | null = null
  // Read the define directly, not env.demo: only a literal comparison folds at build time, so a live
  // build drops this branch and with it every byte of MSW and the simulator.
  if (import.meta.env.VITE_DEMO === 'true') {
    const { startDemo } = await import('@/mocks/browser')
    demo = await startDemo()
  }
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App demo={demo} />
    </StrictMode>,
  )
}

void start()
