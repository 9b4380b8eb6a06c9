import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { preview } from 'vite'
import { liveProxy, readLiveSettings } from './live-config'
import { consoleServerGuard } from './proxy-guard'

export interface Seen {
  method: string
  url: string
  headers: IncomingHttpHeaders
}

export interface TestConsole {
  /** The console's origin, e.g. http://127.0.0.1:41234. */
  origin: string
  /** What reached the endpoint behind the proxy. */
  seen: Seen[]
  stopUpstream(): Promise<void>
  close(): Promise<void>
}

/**
 * For the server tests: an endpoint that records what reached it (and answers with `answer`),
 * and `vite preview` in live mode in front of it, with the same guard and proxy as the console.
 */
export async function serveTestConsole({
  project,
  answer = (res) => res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}'),
}: {
  project: string
  answer?: (res: ServerResponse) => void
}): Promise<TestConsole> {
  const seen: Seen[] = []
  let upstreamOpen = true
  const upstream = createServer((req, res) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers })
    req.resume()
    req.on('end', () => answer(res))
  })
  await new Promise<void>((r) => upstream.listen(0, '127.0.0.1', r))
  const endpoint = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`
  const dir = await mkdtemp(join(tmpdir(), 'live-proxy-'))
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>console</title>')
  const live = readLiveSettings(
    {
      MODELARTS_ENDPOINT: endpoint,
      MODELARTS_PROJECT_ID: project,
      MODELARTS_TOKEN: 'server-side-token',
    },
    { needToken: true },
  )!
  const server = await preview({
    configFile: false,
    logLevel: 'silent',
    root: dir,
    plugins: [consoleServerGuard(project)],
    build: { outDir: dir },
    preview: { port: 0, host: '127.0.0.1', proxy: liveProxy(live), cors: false },
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
