import type { QueryClient } from '@tanstack/react-query'
import {
  failedPoolListQuery,
  flavorsQuery,
  poolListQuery,
  quotasQuery,
} from '@/features/pools/queries'
import type { ConsoleSetup } from '@/lib/regions'

/** The list page's code, for the route and for the warm start alike (one module, one fetch). */
export const loadPoolsPage = () => import('@/features/pools/pools-page')

/**
 * The region whose pool list a URL lands on, read the way routes.tsx reads it (`/`, `/pools`,
 * `/{region}`, `/{region}/pools`), or undefined for any other page.
 */
export function listRegionOf(pathname: string, setup: ConsoleSetup): string | undefined {
  const parts = pathname.split('/').filter(Boolean)
  const first = setup.regions[0]?.id
  if (parts.length === 0 || (parts.length === 1 && parts[0] === 'pools')) return first
  const region = setup.regions.find((r) => r.id === parts[0])?.id
  if (region && (parts.length === 1 || (parts.length === 2 && parts[1] === 'pools'))) return region
  return undefined
}

/**
 * Starts what the landing list needs before React renders it: the page's code and its requests
 * (both pool lists, flavors, quotas) go out together instead of one after the other (code, then
 * render, then data). The page's own queries then find them in flight or answered in the same
 * query client. Resolves when both pool lists have settled (immediately for any other page).
 */
export function warmLanding(
  pathname: string,
  setup: ConsoleSetup,
  clientFor: (region: string) => QueryClient,
) {
  const region = listRegionOf(pathname, setup)
  if (!region) return Promise.resolve()
  void loadPoolsPage()
  const client = clientFor(region)
  void client.prefetchQuery(flavorsQuery())
  void client.prefetchQuery(quotasQuery())
  return Promise.all([
    client.prefetchQuery(poolListQuery()),
    client.prefetchQuery(failedPoolListQuery()),
  ]).then(() => undefined)
}
