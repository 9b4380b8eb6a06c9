/// <reference types="vitest/config" />
import { existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { fileURLToPath, URL } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig, loadEnv, type Plugin } from 'vite'
import { liveProxy, readLiveSettings } from './server/live-config.ts'
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
          `${outDir} holds a demo build, which ignores MODELARTS_ENDPOINT. Build for live mode first: ` +
            'MODELARTS_ENDPOINT=… MODELARTS_PROJECT_ID=… npm run build',
        )
      }
    },
  }
}

// Live mode is chosen by the server's environment, never by the browser: with MODELARTS_ENDPOINT
// set, the console talks to a real endpoint through the proxy below and the demo backend is
// compiled out of the bundle entirely. Unit tests always run against the simulator.
export default defineConfig(({ command, mode, isPreview }) => {
  const env = { ...loadEnv(mode, process.cwd(), ''), ...process.env }
  // A running server forwards requests and needs the token; a build never sees it.
  const live =
    mode === 'test'
      ? null
      : readLiveSettings(env, { needToken: command === 'serve' || Boolean(isPreview) })
  const proxy = live ? liveProxy(live) : undefined

  return {
    plugins: [
      react(),
      consoleServerGuard(live?.projectId),
      ...(live ? [dropServiceWorker(), warnOnDemoBuild()] : []),
    ],
    resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
    // Only the endpoint's host and the project reach the bundle; never the token.
    define: {
      'import.meta.env.VITE_DEMO': JSON.stringify(live ? 'false' : 'true'),
      'import.meta.env.VITE_PROJECT_ID': JSON.stringify(live?.projectId ?? ''),
      'import.meta.env.VITE_ENDPOINT_HOST': JSON.stringify(live?.modelarts.host ?? ''),
    },
    // Same-origin only: Vite's default CORS would let any page on localhost read what the proxy
    // fetched with the token.
    server: { port: 5173, proxy, cors: false },
    preview: { port: 4173, proxy, cors: false },
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
          // The fake ModelArts, the live proxy settings and the live build run in plain Node.
          extends: true,
          test: {
            name: 'server',
            environment: 'node',
            include: ['server/**/*.test.ts'],
            testTimeout: 120_000,
          },
        },
      ],
    },
  }
})
