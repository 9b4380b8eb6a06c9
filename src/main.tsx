import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from '@/app/app'
import type { DemoControls } from '@/lib/demo'
import { env } from '@/lib/env'

async function start() {
  let demo: DemoControls | null = null
  // A constant at build time: a live build drops this branch, and with it every byte of MSW.
  if (env.demo) {
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
