import type { QueryClient } from '@tanstack/react-query'
import { createBrowserRouter, RouterProvider } from 'react-router'
import type { DemoControls } from '@/lib/demo'
import type { ConsoleSetup } from '@/lib/regions'
import { Providers } from './providers'
import { routes } from './routes'

const router = createBrowserRouter(routes)

/** How long the first render waits for its route's code before showing the loading fallback. */
const ROUTE_WAIT_MS = 3_000

/**
 * Resolves when the router has the code of the page the address opens (it starts loading it as
 * this module runs), or after ROUTE_WAIT_MS. Rendering before that would draw the route's
 * loading fallback, with no app bar, in place of the shell index.html painted, and then render
 * everything again.
 */
export function routerReady(): Promise<void> {
  if (router.state.initialized) return Promise.resolve()
  return new Promise((resolve) => {
    const done = () => {
      unsubscribe()
      clearTimeout(timer)
      resolve()
    }
    const unsubscribe = router.subscribe((state) => {
      if (state.initialized) done()
    })
    const timer = setTimeout(done, ROUTE_WAIT_MS)
  })
}

export function App({
  demo,
  setup,
  clientFor,
}: {
  demo: DemoControls | null
  setup: ConsoleSetup
  /** Made by boot, which may have started the landing page's requests in them already. */
  clientFor: (region: string) => QueryClient
}) {
  return (
    <Providers setup={setup} clientFor={clientFor} demo={demo}>
      <RouterProvider router={router} />
    </Providers>
  )
}
