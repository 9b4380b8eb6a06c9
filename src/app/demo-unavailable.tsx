import { Alert, AlertTitle, Box, CssBaseline, ThemeProvider } from '@mui/material'
import { errorText } from '@/components/state-views'
import { theme } from './theme'

/** Shown when the in-browser demo backend cannot start, instead of a blank page. */
export function DemoUnavailable({ error }: { error: unknown }) {
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <Box component="main" sx={{ maxWidth: 720, mx: 'auto', mt: 8, px: 2 }}>
        <Alert severity="error" variant="outlined">
          <AlertTitle>
            <h1 style={{ font: 'inherit', margin: 0 }}>The demo could not start</h1>
          </AlertTitle>
          Demo mode runs a simulated ModelArts in a service worker, which this browser window does
          not allow ({errorText(error).message}). Open the console in a normal window at
          http://localhost, or run it against a real endpoint (see the README&apos;s Live mode).
        </Alert>
      </Box>
    </ThemeProvider>
  )
}
