// Builds the bench's floor page (see main.tsx): the console's own React plugin and '@' alias,
// nothing else of its config (no live proxy, no demo).
import { fileURLToPath, URL } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('../../../src', import.meta.url)) } },
  // One chunk on purpose: the floor measures the libraries, not how they are split.
  build: { emptyOutDir: true, chunkSizeWarningLimit: 1024 },
  logLevel: 'warn',
})
