import { existsSync } from 'node:fs'
import { devices, type PlaywrightWorkerOptions, type PlaywrightTestOptions } from '@playwright/test'

// This machine cannot download Playwright's browser: use Debian's Chromium when it is there.
const systemChromium = '/usr/bin/chromium'

/** Desktop Chromium as every e2e config here runs it. */
export const chromiumUse: Partial<PlaywrightTestOptions & PlaywrightWorkerOptions> = {
  ...devices['Desktop Chrome'],
  viewport: { width: 1440, height: 900 },
  launchOptions: {
    executablePath: existsSync(systemChromium) ? systemChromium : undefined,
    // Without these, Chromium keeps trying to reach Google's hosts on a closed network.
    args: [
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  },
}
