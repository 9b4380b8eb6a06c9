/// <reference types="vitest/config" />
import { existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { fileURLToPath, URL } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig, loadEnv, type Plugin } from 'vite'
import { liveConsole } from './server/live-config.ts'
import { readLiveSettings } from './server/live-settings.ts'
import { consoleServerGuard } from './server/proxy-guard.ts'

/** A live build ships no demo code at all, and the MSW service worker is demo code too. */
function dropServiceWorker(): Plugin {
  return {
    name: 'modelarts:drop-mock-service-worker',
    apply: 'build',
    async writeBundle(options) {
      if (options.dir) await rm(join(options.dir, 'mockServiceWorker.js'), { force: true })
    },
  }
}

/** `npm run preview` in live mode over a demo build would quietly show the simulator instead. */
function warnOnDemoBuild(): Plugin {
  return {
    name: 'modelarts:warn-on-demo-build',
    configurePreviewServer({ config }) {
      const outDir = resolve(config.root, config.build.outDir)
      if (existsSync(join(outDir, 'mockServiceWorker.js'))) {
        config.logger.warn(
          `${outDir} holds a demo build, which ignores the live settings. Build for live mode first: ` +
            'MODELARTS_REGIONS=cn-north-4 npm run build',
        )
      }
    },
  }
}

// Live mode is chosen by the server's environment, never by the browser: with access keys, regions
// or an endpoint set, the console talks to the cloud through its server (server/live-config.ts)
// and the demo backend is compiled out of the bundle entirely. Unit tests always run against the
// simulator.
export default defineConfig(({ command, mode, isPreview }) => {
  const env = { ...loadEnv(mode, process.cwd(), ''), ...process.env }
  // A running server forwards requests and needs credentials; a build never sees them.
  const live =
    mode === 'test'
      ? null
      : readLiveSettings(env, { needCredentials: command === 'serve' || Boolean(isPreview) })

  return {
    plugins: [
      react(),
      consoleServerGuard(live?.regions.map((r) => r.id)),
      ...(live ? [liveConsole(live), dropServiceWorker(), warnOnDemoBuild()] : []),
    ],
    resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
    // Only the mode reaches the bundle: regions come from the server at run time, so one build
    // serves any of them, and no credential is ever near it.
    define: {
      'import.meta.env.VITE_DEMO': JSON.stringify(live ? 'false' : 'true'),
    },
    // Same-origin only: Vite's default CORS would let any page on localhost read what the proxy
    // fetched with the token.
    server: { port: 5173, cors: false },
    preview: { port: 4173, cors: false },
    // A live build is what gets deployed: its source stays private. The demo keeps its maps.
    build: { target: 'es2022', sourcemap: !live },
    test: {
      globals: true,
      projects: [
        {
          extends: true,
          test: {
            name: 'app',
            environment: 'jsdom',
            setupFiles: ['./src/test/setup.ts'],
            include: ['src/**/*.test.{ts,tsx}'],
            css: false,
            testTimeout: 15000,
          },
        },
        {
          // The fake ModelArts and the console's server run in plain Node.
          extends: true,
          test: {
            name: 'server',
            environment: 'node',
            include: ['server/**/*.test.ts'],
            exclude: ['server/live-bundle.test.ts'],
            testTimeout: 120_000,
          },
        },
        {
          // Two full production builds: `npm test` runs them, the quick unit loop does not.
          extends: true,
          test: {
            name: 'bundle',
            environment: 'node',
            include: ['server/live-bundle.test.ts'],
            testTimeout: 120_000,
          },
        },
      ],
    },
  }
})
