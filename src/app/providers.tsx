import { CssBaseline, ThemeProvider } from '@mui/material'
import type { QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { DemoContext } from '@/components/demo-context'
import { NoticeProvider } from '@/components/notice'
import { RegionClientsContext, SetupContext } from '@/components/setup-context'
import { isLanguage } from '@/i18n'
import { packOf } from '@/i18n/packs'
import type { DemoControls } from '@/lib/demo'
import type { ConsoleSetup } from '@/lib/regions'
import { consoleTheme, MODE_STORAGE_KEY } from './theme'

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
  // A language switch re-renders from here; the theme carries MUI's texts in that language.
  const { i18n } = useTranslation()
  const language = isLanguage(i18n.language) ? i18n.language : 'en'
  const theme = consoleTheme(packOf(language))
  return (
    <ThemeProvider theme={theme} defaultMode="system" modeStorageKey={MODE_STORAGE_KEY}>
      <CssBaseline enableColorScheme />
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
