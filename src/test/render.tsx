import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { Providers } from '@/app/providers'
import { routes } from '@/app/routes'
import { DEMO_SETUP } from '@/mocks/regions'
import { regionClients } from '@/lib/query-client'

/**
 * Renders the real app (routes, providers) at a URL, with the demo's regions, on fresh query
 * clients without retries. A URL without a region (`/pools?type=train`) opens the first one's.
 */
export function renderApp(url: string) {
  const clientFor = regionClients({ retry: false })
  const router = createMemoryRouter(routes, { initialEntries: [url] })
  const user = userEvent.setup()
  const view = render(
    <Providers setup={DEMO_SETUP} clientFor={clientFor}>
      <RouterProvider router={router} />
    </Providers>,
  )
  return { ...view, user, router, clientFor }
}
