import { useState } from 'react'
import { createBrowserRouter, RouterProvider } from 'react-router'
import type { DemoControls } from '@/lib/demo'
import { createQueryClient } from '@/lib/query-client'
import { Providers } from './providers'
import { routes } from './routes'

const router = createBrowserRouter(routes)

export function App({ demo }: { demo: DemoControls | null }) {
  const [queryClient] = useState(() => createQueryClient())
  return (
    <Providers queryClient={queryClient} demo={demo}>
      <RouterProvider router={router} />
    </Providers>
  )
}
