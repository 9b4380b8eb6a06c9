import { defineConfig } from '@playwright/test'
import { chromiumUse } from './e2e/chromium'
import { LIVE, liveEnv } from './e2e/live-env'

const vite = 'node node_modules/vite/bin/vite.js'

/**
 * The console in live mode, built for production and served by `vite preview` with its proxy,
 * against fake-modelarts over real HTTP. The spec starts the fake itself (it restarts it mid-flow),
 * so one worker runs the tests in order against one fake.
 */
export default defineConfig({
  testDir: './e2e',
  testMatch: ['live.spec.ts', 'faults.spec.ts', 'access-keys.spec.ts'],
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: process.env.CI ? 1 : 0,
  timeout: 120_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results/live',
  reporter: process.env.CI
    ? [['list']]
    : [['list'], ['html', { open: 'never', outputFolder: 'playwright-report/live' }]],
  use: {
    baseURL: `http://127.0.0.1:${LIVE.consolePort}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    viewport: { width: 1440, height: 900 },
  },
  projects: [
    {
      name: 'live',
      use: chromiumUse,
    },
  ],
  // The live build goes to its own folder (never dist/, which the demo e2e serves); no `tsc -b`
  // here, `npm run typecheck` does that.
  webServer: {
    command: `${vite} build --outDir ${LIVE.outDir} --emptyOutDir && ${vite} preview --outDir ${LIVE.outDir} --port ${LIVE.consolePort} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${LIVE.consolePort}`,
    reuseExistingServer: false,
    timeout: 180_000,
    env: liveEnv(),
    gracefulShutdown: { signal: 'SIGTERM', timeout: 2_000 },
  },
})
