import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Plugin } from 'vite'
import {
  type Credentials,
  type LiveSettings,
  type PublicRegion,
  type RegionTarget,
  secretsOf,
} from './live-settings.ts'
import { projectDirectory, type ProjectDirectory } from './projects.ts'
import { MAX_BODY_BYTES, PREFIXES, SECURITY_HEADER_NAMES } from './proxy-guard.ts'
import { checkAtStartup } from './startup-check.ts'
import { callUpstream } from './upstream.ts'

/**
 * The console's server in live mode: `/api/modelarts/…` and `/api/vpc/…` forwarded to the
 * region's endpoints, authenticated here, and `/api/console/regions` for the browser's region
 * picker. The browser names a project by its region (`/v2/cn-north-4/pools`: each region's
 * default project is named after it); this is where the name becomes the project ID.
 *
 * It runs behind proxy-guard.ts, which has already refused everything the console does not send.
 */

export const REGIONS_PATH = '/api/console/regions'

/** Answer headers worth passing on; the console sets its own security headers. */
const PASSED_HEADERS = ['content-type', 'retry-after', 'x-request-id', 'date']

function sendJson(res: ServerResponse, status: number, body: unknown) {
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  })
  res.end(text)
}

/** Replaces every secret in `text`: nothing the server prints or answers may contain one. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text
  for (const s of secrets) if (s) out = out.split(s).join('***')
  return out
}

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY_BYTES) return undefined
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

export interface ForwardOptions {
  regions: RegionTarget[]
  credentials: Credentials
  directory: ProjectDirectory
  secrets: readonly string[]
}

/** The middleware that forwards what the guard let through, and serves the region list. */
export function forwarder({ regions, credentials, directory, secrets }: ForwardOptions) {
  const byId = new Map(regions.map((r) => [r.id, r]))

  return async (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const url = new URL(req.url ?? '/', 'http://console')
    if (url.pathname === REGIONS_PATH && req.method === 'GET') {
      const list: PublicRegion[] = regions.map((r) => {
        const projectId = directory.knownProjectOf(r)
        return { id: r.id, modelartsHost: r.modelarts.host, ...(projectId ? { projectId } : {}) }
      })
      return sendJson(res, 200, {
        regions: list,
        credentials: credentials.kind === 'aksk' ? 'access-keys' : 'token',
      })
    }
    const prefix = Object.keys(PREFIXES).find((p) => url.pathname.startsWith(p))
    if (!prefix) return next()
    const service = PREFIXES[prefix]!
    // `/v2/cn-north-4/pools/…`: the guard has checked the shape and that the region is ours.
    const [, version, regionId, ...rest] = url.pathname.slice(prefix.length - 1).split('/')
    const region = byId.get(regionId ?? '')
    if (!region || !version) return next()

    const lookup = await directory.projectOf(region)
    if (!lookup.ok) {
      return sendJson(res, lookup.status, JSON.parse(redact(JSON.stringify(lookup.body), secrets)))
    }
    const base = service === 'vpc' ? region.vpc : region.modelarts
    const target = new URL(base.href)
    target.pathname = `${base.pathname.replace(/\/$/, '')}/${[version, lookup.projectId, ...rest].join('/')}`
    target.search = url.search

    const method = (req.method ?? 'GET').toUpperCase()
    let body: unknown
    if (method !== 'GET' && method !== 'DELETE') {
      const raw = await readBody(req)
      if (raw === undefined) {
        return sendJson(res, 413, {
          error_code: 'Console.BodyTooLarge',
          error_msg: `The request body is larger than ${MAX_BODY_BYTES} bytes.`,
        })
      }
      // Parsed and sent again as JSON.stringify gives it: the bytes the signature covers.
      try {
        body = raw.length ? (JSON.parse(raw.toString('utf8')) as unknown) : undefined
      } catch {
        return sendJson(res, 400, {
          error_code: 'Console.BadBody',
          error_msg: 'The console sends JSON bodies only.',
        })
      }
    } else {
      req.resume()
    }

    const gone = new AbortController()
    res.on('close', () => {
      if (!res.writableFinished) gone.abort()
    })
    const answer = await callUpstream({
      method,
      url: target,
      credentials,
      headers: { 'X-Project-Id': lookup.projectId },
      body,
      signal: gone.signal,
    })
    if (res.headersSent || res.destroyed) return
    if (answer.kind !== 'answer') {
      // Never reached: nothing happened. Reached and then silence: a change may well have been
      // made, and only the service can tell.
      const unsent = answer.kind === 'unsent'
      return sendJson(
        res,
        unsent ? 502 : 504,
        unsent
          ? {
              error_code: 'Console.ProxyError',
              error_msg: `The console's server could not reach ${target.host} (${answer.reason}). Check that the endpoint is up and reachable, then retry.`,
            }
          : {
              error_code: 'Console.ProxyNoAnswer',
              error_msg: `${target.host} took the request but sent no complete answer (${answer.reason}).`,
            },
      )
    }
    const headers: Record<string, string> = { 'Cache-Control': 'no-store' }
    for (const name of PASSED_HEADERS) {
      const v = answer.headers[name]
      if (typeof v === 'string' && !SECURITY_HEADER_NAMES.includes(name)) headers[name] = v
    }
    const text = answer.status >= 400 ? redact(answer.text, secrets) : answer.text
    headers['Content-Length'] = String(Buffer.byteLength(text))
    res.writeHead(answer.status, headers)
    res.end(text)
  }
}

/**
 * Live mode in Vite's dev and preview servers: the forwarder after the guard (consoleServerGuard
 * registers first), and the start-up check once the server listens.
 */
export function liveConsole(
  settings: LiveSettings | null,
  { checkOnStart = true }: { checkOnStart?: boolean } = {},
): Plugin {
  const wire = (server: {
    middlewares: { use: (fn: ReturnType<typeof forwarder>) => void }
    httpServer: { once(event: 'listening', fn: () => void): unknown } | null
    config: { logger: { info(msg: string): void; warn(msg: string): void } }
  }) => {
    if (!settings?.credentials) return
    const { credentials, regions } = settings
    const directory = projectDirectory(credentials)
    const secrets = secretsOf(credentials)
    server.middlewares.use(forwarder({ regions, credentials, directory, secrets }))
    if (checkOnStart)
      server.httpServer?.once('listening', () => {
        void checkAtStartup({ regions, credentials, directory }).then((lines) => {
          for (const line of lines) {
            const text = redact(line.text, secrets)
            if (line.ok) server.config.logger.info(text)
            else server.config.logger.warn(text)
          }
        })
      })
  }
  return {
    name: 'modelarts:live-console',
    configureServer: wire,
    configurePreviewServer: wire,
  }
}
