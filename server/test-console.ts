import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { preview } from 'vite'
import { liveConsole } from './live-config'
import { readLiveSettings } from './live-settings'
import { consoleServerGuard } from './proxy-guard'

export interface Seen {
  method: string
  url: string
  headers: IncomingHttpHeaders
  body: string
}

export interface TestConsole {
  /** The console's origin, e.g. http://127.0.0.1:41234. */
  origin: string
  /** What reached the endpoint behind the proxy. */
  seen: Seen[]
  stopUpstream(): Promise<void>
  close(): Promise<void>
}

/** The region the test console serves, and the project ID it stands for upstream. */
export const TEST_REGION = 'cn-north-4'
export const TEST_PROJECT = '0a1b2c3d4e5f40718293a4b5c6d7e8f9'
export const TEST_TOKEN = 'server-side-token'

/**
 * For the server tests: an endpoint that records what reached it (and answers with `answer`),
 * and `vite preview` in live mode in front of it, with the same guard and forwarder as the
 * console. `env` adds to (or replaces) the live settings: access keys instead of the token, say.
 */
export async function serveTestConsole({
  answer = (res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}'),
  env = {},
  log,
}: {
  answer?: (res: ServerResponse, seen: Seen) => void
  env?: Record<string, string | undefined>
  /** What the server would print. */
  log?: (line: string) => void
} = {}): Promise<TestConsole> {
  const seen: Seen[] = []
  let upstreamOpen = true
  const upstream = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const one = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      }
      seen.push(one)
      answer(res, one)
    })
  })
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r))
  const endpoint = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`
  const dir = await mkdtemp(join(tmpdir(), 'live-proxy-'))
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>console</title>')
  const live = readLiveSettings(
    {
      HUAWEICLOUD_SDK_REGION: TEST_REGION,
      MODELARTS_ENDPOINT: endpoint,
      MODELARTS_PROJECT_ID: TEST_PROJECT,
      MODELARTS_TOKEN: TEST_TOKEN,
      ...env,
    },
    { needCredentials: true },
  )!
  const server = await preview({
    configFile: false,
    logLevel: 'silent',
    root: dir,
    plugins: [
      consoleServerGuard(live.regions.map((r) => r.id)),
      liveConsole(live, { checkOnStart: false, ...(log ? { log } : {}) }),
    ],
    build: { outDir: dir },
    preview: { port: 0, host: '127.0.0.1', cors: false },
  })
  const stopUpstream = () =>
    new Promise<void>((r) => {
      if (!upstreamOpen) return r()
      upstreamOpen = false
      upstream.close(() => r())
      upstream.closeAllConnections()
    })
  return {
    origin: server.resolvedUrls!.local[0]!.replace(/\/$/, ''),
    seen,
    stopUpstream,
    async close() {
      await server.close()
      await stopUpstream()
      await rm(dir, { recursive: true, force: true })
    },
  }
}
