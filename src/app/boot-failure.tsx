import { Alert, AlertTitle, Box, Button, CssBaseline, ThemeProvider } from '@mui/material'
import { errorText } from '@/components/state-views'
import { theme } from './theme'

/** Shown when the console cannot start, instead of a blank page. */
export function BootFailure({ error, demo }: { error: unknown; demo: boolean }) {
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <Box component="main" sx={{ maxWidth: 720, mx: 'auto', mt: 8, px: 2 }}>
        <Alert
          severity="error"
          variant="outlined"
          action={
            demo ? undefined : (
              <Button color="inherit" onClick={() => window.location.reload()}>
                Reload
              </Button>
            )
          }
        >
          <AlertTitle>
            <h1 style={{ font: 'inherit', margin: 0 }}>
              {demo ? 'The demo could not start' : 'The console could not start'}
            </h1>
          </AlertTitle>
          {demo ? (
            <>
              Demo mode runs a simulated ModelArts in a service worker, which this browser window
              does not allow ({errorText(error).message}). Open the console in a normal window at
              http://localhost, or run it against a real endpoint (see the README&apos;s Live mode).
            </>
          ) : (
            <>
              The console&apos;s server did not say which regions to show (
              {errorText(error).message}
              ). Check that <code>npm start</code> (or <code>npm run preview</code>) is still
              running, and reload.
            </>
          )}
        </Alert>
      </Box>
    </ThemeProvider>
  )
}
