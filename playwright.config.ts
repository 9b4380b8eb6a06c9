import { defineConfig } from '@playwright/test'
import { chromiumUse } from './e2e/chromium'

const PORT = Number(process.env.E2E_PORT ?? 4173)

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  // Live mode has its own config (playwright.live.config.ts): it needs fake-modelarts and a live build.
  testIgnore: ['live.spec.ts', 'faults.spec.ts', 'access-keys.spec.ts'],
  fullyParallel: true,
  forbidOnly: true,
  retries: process.env.CI ? 1 : 0,
  workers: process.env.CI ? 2 : undefined,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    viewport: { width: 1440, height: 900 },
  },
  projects: [
    {
      name: 'chromium',
      use: chromiumUse,
    },
  ],
  // e2e runs against the built demo, as a user would get it.
  webServer: {
    command: `npm run build && npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
    // The demo, whatever the shell holds: any of these would make it a live build.
    env: {
      MODELARTS_ENDPOINT: '',
      MODELARTS_REGIONS: '',
      MODELARTS_TOKEN: '',
      HUAWEICLOUD_SDK_REGION: '',
      HUAWEICLOUD_SDK_AK: '',
      HUAWEICLOUD_SDK_SK: '',
    },
  },
})
