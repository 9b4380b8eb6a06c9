import { useState } from 'react'
import { createBrowserRouter, RouterProvider } from 'react-router'
import type { DemoControls } from '@/lib/demo'
import { regionClients } from '@/lib/query-client'
import type { ConsoleSetup } from '@/lib/regions'
import { Providers } from './providers'
import { routes } from './routes'

const router = createBrowserRouter(routes)

export function App({ demo, setup }: { demo: DemoControls | null; setup: ConsoleSetup }) {
  const [clientFor] = useState(() => regionClients())
  return (
    <Providers setup={setup} clientFor={clientFor} demo={demo}>
      <RouterProvider router={router} />
    </Providers>
  )
}
