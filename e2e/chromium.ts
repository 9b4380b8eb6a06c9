import { devices, type PlaywrightTestOptions, type PlaywrightWorkerOptions } from '@playwright/test'
import { launchOptions } from './chromium-launch.mjs'

/** Desktop Chromium as every e2e config here runs it. */
export const chromiumUse: Partial<PlaywrightTestOptions & PlaywrightWorkerOptions> = {
  ...devices['Desktop Chrome'],
  viewport: { width: 1440, height: 900 },
  launchOptions,
}
