import { Alert, AlertTitle, Box, Button, CssBaseline, ThemeProvider } from '@mui/material'
import { RichText } from '@/i18n/rich-text'
import { errorText } from '@/components/state-views'
import { i18n } from '@/i18n'
import { consoleTheme } from './theme'

/**
 * The words of the start-up failure. Start-up may have failed before the chosen language's
 * catalogs arrived; English common ships with the page, so it speaks English then.
 */
const bootT = () =>
  i18n.getFixedT(i18n.hasResourceBundle(i18n.language, 'common') ? i18n.language : 'en', 'common')

/** Shown when the console cannot start, instead of a blank page. */
export function BootFailure({ error, demo }: { error: unknown; demo: boolean }) {
  const t = bootT()
  // errorText's own fallback speaks the page's language, which may have no catalog here.
  const message = error instanceof Error ? errorText(error).message : t('errors.unknown')
  return (
    <ThemeProvider theme={consoleTheme()}>
      <CssBaseline />
      <Box component="main" sx={{ maxWidth: 720, mx: 'auto', mt: 8, px: 2 }}>
        <Alert
          severity="error"
          variant="outlined"
          action={
            demo ? undefined : (
              <Button color="inherit" onClick={() => window.location.reload()}>
                {t('button.reload')}
              </Button>
            )
          }
        >
          <AlertTitle>
            <h1 style={{ font: 'inherit', margin: 0 }}>
              {demo ? t('boot.demoTitle') : t('boot.liveTitle')}
            </h1>
          </AlertTitle>
          {demo ? (
            t('boot.demoBody', { message })
          ) : (
            <RichText
              translate={(v) => t('boot.liveBody', v)}
              values={{ message }}
              components={{ code: <code /> }}
            />
          )}
        </Alert>
      </Box>
    </ThemeProvider>
  )
}
