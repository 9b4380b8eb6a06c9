import type { QueryClient } from '@tanstack/react-query'
import { createBrowserRouter, RouterProvider } from 'react-router'
import type { DemoControls } from '@/lib/demo'
import type { ConsoleSetup } from '@/lib/regions'
import { Providers } from './providers'
import { inFirstRegion, isRegionless, routes } from './routes'

const router = createBrowserRouter(routes)

/** How long the first render waits for its route's code before showing the loading fallback. */
const ROUTE_WAIT_MS = 3_000

/**
 * Resolves when the router has the code of the page the address opens (it starts loading it as
 * this module runs), or after ROUTE_WAIT_MS. Rendering before that would draw the route's
 * loading fallback, with no app bar, in place of the shell index.html painted, and then render
 * everything again. An address without a region (`/`) is sent on to the first region's page
 * first, as ToFirstRegion would: its first render would be an empty redirect.
 */
export function routerReady(setup: ConsoleSetup): Promise<void> {
  const { pathname, search } = router.state.location
  if (isRegionless(pathname))
    void router.navigate(inFirstRegion(pathname, search, setup.regions[0]!.id), { replace: true })
  const ready = () =>
    router.state.initialized &&
    router.state.navigation.state === 'idle' &&
    !isRegionless(router.state.location.pathname)
  if (ready()) return Promise.resolve()
  return new Promise((resolve) => {
    let settled = false
    let unsubscribe = () => {}
    const done = () => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      unsubscribe()
      resolve()
    }
    const timer = setTimeout(done, ROUTE_WAIT_MS)
    unsubscribe = router.subscribe(() => {
      if (ready()) done()
    })
    // The router may have called back at once, before its unsubscribe was ours to call.
    if (settled) unsubscribe()
    else if (ready()) done()
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
