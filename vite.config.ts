/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig, loadEnv } from 'vite'

// Live mode is chosen by the server's environment, never by the browser: with MODELARTS_ENDPOINT
// set, the console talks to a real endpoint through the proxy below and the demo backend is
// compiled out of the bundle entirely.
export default defineConfig(({ mode }) => {
  const env = { ...loadEnv(mode, process.cwd(), ''), ...process.env }
  const live = Boolean(env.MODELARTS_ENDPOINT)
  const projectId = env.MODELARTS_PROJECT_ID ?? ''

  return {
    plugins: [react()],
    resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
    define: {
      'import.meta.env.VITE_DEMO': JSON.stringify(live ? 'false' : 'true'),
      'import.meta.env.VITE_PROJECT_ID': JSON.stringify(projectId),
      'import.meta.env.VITE_ENDPOINT_HOST': JSON.stringify(
        live ? new URL(env.MODELARTS_ENDPOINT as string).host : '',
      ),
    },
    server: { port: 5173 },
    preview: { port: 4173 },
    build: { target: 'es2022', sourcemap: true },
    test: {
      globals: true,
      environment: 'jsdom',
      setupFiles: ['./src/test/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}'],
      css: false,
      testTimeout: 15000,
    },
  }
})
