import type { QueryClient } from '@tanstack/react-query'
import { createBrowserRouter, RouterProvider } from 'react-router'
import type { DemoControls } from '@/lib/demo'
import type { ConsoleSetup } from '@/lib/regions'
import { Providers } from './providers'
import { routes } from './routes'

const router = createBrowserRouter(routes)

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
