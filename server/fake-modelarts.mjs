// `npm run fake-modelarts`: the simulated ModelArts over HTTP.
//
// The simulator is TypeScript written for Vite (the `@/` alias, `import.meta.env`), and Node 20
// runs no TypeScript; Vite's module runner loads it as Vite would, with no extra dependency.
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'

const root = fileURLToPath(new URL('..', import.meta.url))
const { module } = await runnerImport(
  fileURLToPath(new URL('./fake-modelarts-cli.ts', import.meta.url)),
  {
    root,
    logLevel: 'error',
    resolve: { alias: { '@': fileURLToPath(new URL('../src', import.meta.url)) } },
  },
)
await module.main(process.argv.slice(2), process.env)
