import { CssBaseline, ThemeProvider } from '@mui/material'
import { type QueryClient, QueryClientProvider } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { DemoContext } from '@/components/demo-context'
import { NoticeProvider } from '@/components/notice'
import type { DemoControls } from '@/lib/demo'
import { theme } from './theme'

export function Providers({
  children,
  queryClient,
  demo = null,
}: {
  children: ReactNode
  queryClient: QueryClient
  demo?: DemoControls | null
}) {
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <QueryClientProvider client={queryClient}>
        <DemoContext value={demo}>
          <NoticeProvider>{children}</NoticeProvider>
        </DemoContext>
      </QueryClientProvider>
    </ThemeProvider>
  )
}
