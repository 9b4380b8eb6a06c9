import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'

export { expect }
import { E2E_KEY, fakeUrl, LIVE } from './live-env'

/**
 * What the live specs share: fake-modelarts as a real process (one per worker), and helpers to
 * read the console through its proxy.
 */

/** The fake ModelArts as a real process the tests can kill and start again. */
interface FakeProcess {
  start(): Promise<void>
  /** SIGKILL by default: nothing gets a chance to flush, as in a crash. */
  stop(signal?: NodeJS.Signals): Promise<void>
  /** Makes the fake accept another token from now on (a revoked or rotated token). */
  acceptToken(token: string): Promise<void>
}

export async function waitUntilUp(url: string, child: ChildProcess, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${url} exited with code ${child.exitCode} before it was up`)
    try {
      if ((await fetch(url)).ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`${url} was not up within ${timeoutMs} ms`)
}

export async function stopProcess(child: ChildProcess | undefined, signal: NodeJS.Signals) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return
  const exited = once(child, 'exit')
  child.kill(signal)
  await exited
}

/**
 * Another console (`vite preview` of the live build, as the config serves it) with `env`, its
 * terminal output collected.
 */
export async function startConsole(port: number, env: Record<string, string>) {
  let output = ''
  const child = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--outDir',
      LIVE.outDir,
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()))
  const origin = `http://127.0.0.1:${port}`
  await waitUntilUp(origin, child)
  return { origin, output: () => output, stop: () => stopProcess(child, 'SIGTERM') }
}

// Used only under playwright.live.config.ts (the main config ignores the live specs): that config
// builds the console in live mode and serves it through the proxy these specs talk to.
export { axe } from './axe'

export const test = base.extend<object, { fake: FakeProcess }>({
  fake: [
    async ({}, use, workerInfo) => {
      // A fresh project for every run: the state file lives in a new temporary folder.
      const dir = await mkdtemp(join(tmpdir(), 'fake-modelarts-e2e-'))
      await mkdir(workerInfo.project.outputDir, { recursive: true })
      const log = createWriteStream(
        join(workerInfo.project.outputDir, `fake-modelarts-${workerInfo.workerIndex}.log`),
      )
      let child: ChildProcess | undefined
      const fake: FakeProcess = {
        async start() {
          child = spawn(
            process.execPath,
            ['server/fake-modelarts.mjs', '--port', String(LIVE.fakePort)],
            {
              env: {
                ...process.env,
                FAKE_MODELARTS_TOKEN: LIVE.token,
                FAKE_MODELARTS_AK: E2E_KEY.ak,
                FAKE_MODELARTS_SK: E2E_KEY.sk,
                FAKE_MODELARTS_REGIONS: 'cn-north-4,cn-east-3',
                FAKE_MODELARTS_PROJECT_ID: LIVE.projectId,
                FAKE_MODELARTS_SPEED: String(LIVE.speed),
                FAKE_MODELARTS_STATE: join(dir, 'state.json'),
              },
              stdio: ['ignore', 'pipe', 'pipe'],
            },
          )
          child.stdout?.pipe(log, { end: false })
          child.stderr?.pipe(log, { end: false })
          await waitUntilUp(`${fakeUrl}/healthz`, child)
        },
        stop: (signal = 'SIGKILL') => stopProcess(child, signal),
        async acceptToken(token) {
          const res = await fetch(`${fakeUrl}/__admin/token`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ token }),
          })
          expect(res.ok).toBe(true)
        },
      }
      await fake.start()
      await use(fake)
      await fake.stop('SIGTERM')
      log.end()
      await rm(dir, { recursive: true, force: true })
    },
    { scope: 'worker' },
  ],
})

/** A ModelArts path through the console's proxy, which names the project by its region. */
export const api = (path: string, region: string = LIVE.region) =>
  `/api/modelarts/v2/${region}${path}`
export const poolId = (name: string) => `${name}-${LIVE.projectId}`
export const listTable = (page: Page) => page.getByRole('table', { name: /Pools Dedicated for/ })
export const row = (page: Page, name: string) =>
  listTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name, exact: true }) })

/**
 * Everything the browser loaded from the console's origin (page, scripts, API answers), fetched
 * again with its headers: the token must be in none of it.
 */
export async function findTokenInWhatTheBrowserGot(page: Page, token: string): Promise<string[]> {
  const origin = new URL(page.url()).origin
  const urls = await page.evaluate(() => [
    location.href,
    ...performance.getEntriesByType('resource').map((e) => e.name),
  ])
  const found: string[] = []
  for (const url of new Set(urls.filter((u) => u.startsWith(origin)))) {
    const res = await page.request.get(url)
    const text = `${JSON.stringify(res.headersArray())}\n${await res.text()}`
    if (text.includes(token)) found.push(url)
  }
  expect(urls.length).toBeGreaterThan(5)
  return found
}

/** Every call the page makes to the cloud API through the proxy (not the console's own setup). */
export function countApiCalls(page: Page) {
  const calls: string[] = []
  page.on('request', (req) => {
    const path = new URL(req.url()).pathname
    if (path.startsWith('/api/') && !path.startsWith('/api/console/'))
      calls.push(`${req.method()} ${req.url()}`)
  })
  return calls
}

/** All pool display names the endpoint knows, asked through the console's proxy. */
export async function poolNames(page: Page, region?: string): Promise<string[]> {
  // Through the proxy of the console the page shows (specs run more than one).
  const res = await page.request.get(new URL(api('/pools', region), page.url()).href)
  expect(res.status()).toBe(200)
  const body = (await res.json()) as { items: { metadata: { labels: Record<string, string> } }[] }
  return body.items.map((p) => p.metadata.labels['os.modelarts/name'] ?? '').sort()
}

/** POST /pools body of a Development/Training pool on the project's isolated network. */
export const trainPoolBody = (name: string, flavor: string, count: number) => ({
  kind: 'Pool',
  apiVersion: 'v2',
  metadata: {
    labels: { 'os.modelarts/name': name, 'os.modelarts/workspace.id': '0' },
    annotations: { 'os.modelarts/description': '' },
  },
  spec: {
    type: 'Dedicate',
    scope: ['Train', 'Notebook'],
    resources: [{ flavor, count }],
    network: { name: `network-7a03-${LIVE.projectId}` },
  },
})
