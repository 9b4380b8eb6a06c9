import { CssBaseline, ThemeProvider } from '@mui/material'
import type { QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { DemoContext } from '@/components/demo-context'
import { NoticeProvider } from '@/components/notice'
import { RegionClientsContext, SetupContext } from '@/components/setup-context'
import type { DemoControls } from '@/lib/demo'
import type { ConsoleSetup } from '@/lib/regions'
import { theme } from './theme'

/**
 * What every screen shares. The query client is not here: each region has its own, provided by
 * the region's route (region-scope.tsx), so nothing cached in one region shows in another.
 */
export function Providers({
  children,
  setup,
  clientFor,
  demo = null,
}: {
  children: ReactNode
  setup: ConsoleSetup
  clientFor: (region: string) => QueryClient
  demo?: DemoControls | null
}) {
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <SetupContext value={setup}>
        <RegionClientsContext value={clientFor}>
          <DemoContext value={demo}>
            <NoticeProvider>{children}</NoticeProvider>
          </DemoContext>
        </RegionClientsContext>
      </SetupContext>
    </ThemeProvider>
  )
}
