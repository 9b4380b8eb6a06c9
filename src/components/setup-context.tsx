import { createContext, useContext } from 'react'
import type { QueryClient } from '@tanstack/react-query'
import type { ConsoleSetup } from '@/lib/regions'

/** The regions the console serves and how its server authenticates (see lib/regions.ts). */
export const SetupContext = createContext<ConsoleSetup | null>(null)

export function useSetup(): ConsoleSetup {
  const setup = useContext(SetupContext)
  if (!setup) throw new Error('useSetup needs the console setup in context (Providers).')
  return setup
}

/** One query client per region, made on first use and kept: switching back finds its cache. */
export const RegionClientsContext = createContext<((region: string) => QueryClient) | null>(null)

export function useRegionClients() {
  const clientFor = useContext(RegionClientsContext)
  if (!clientFor) throw new Error('useRegionClients needs Providers.')
  return clientFor
}
