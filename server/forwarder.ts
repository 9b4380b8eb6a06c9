import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Credentials, PublicRegion, RegionTarget } from './live-settings.ts'
import type { ProjectDirectory } from './projects.ts'
import { allowedCall, MAX_BODY_BYTES, PREFIXES, SECURITY_HEADER_NAMES } from './proxy-guard.ts'
import { diagnose } from './startup-check.ts'
import { callUpstream, type Upstream } from './upstream.ts'

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

class ClientGone extends Error {}

async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length
      if (size > MAX_BODY_BYTES) return undefined
      chunks.push(chunk)
    }
  } catch {
    // The browser went away mid-upload: nothing to forward, nobody to answer.
    throw new ClientGone()
  }
  return Buffer.concat(chunks)
}

/** RFC 3986 encoding, as the signer encodes the query it signs: send exactly that. */
const encode = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
const queryOf = (params: URLSearchParams) =>
  [...params].map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&')

/**
 * A refused access key is not used again for this long: the gateway locks a key for five
 * minutes after five failed signatures in a row, and a console polling several lists would get
 * there in seconds. Meanwhile every call gets the gateway's last refusal, unsent.
 */
export const KEY_REFUSED_PAUSE_MS = 30_000

/** The gateway's refusal of the credentials themselves (not a permission of the service). */
const refusesCredentials = (status: number, text: string) =>
  status === 401 && /APIGW\.0301|APIG\.0301/.test(text)

/** A region's refusals reach the terminal once a minute, in words that say what to fix. */
const LOG_EVERY_MS = 60_000

export interface ForwardOptions {
  regions: RegionTarget[]
  credentials: Credentials
  directory: ProjectDirectory
  secrets: readonly string[]
  /** Where a refusal of the credentials is explained (the terminal); redacted before. */
  log?: (line: string) => void
  now?: () => number
}

/** The middleware that forwards what the guard let through, and serves the region list. */
export function forwarder(options: ForwardOptions) {
  const { regions, credentials, directory, secrets, log = () => {}, now = Date.now } = options
  const byId = new Map(regions.map((r) => [r.id, r]))
  // The guard decides first; this is the same list again, on the path actually forwarded.
  const allowed = allowedCall(regions.map((r) => r.id))
  let refusal: { until: number; text: string } | undefined
  const logged = new Map<string, number>()

  const explain = (region: RegionTarget, answer: Upstream, host: string) => {
    const last = logged.get(region.id)
    if (last !== undefined && now() - last < LOG_EVERY_MS) return
    logged.set(region.id, now())
    log(redact(`✗ ${region.id}: ${diagnose(answer, credentials, host)}`, secrets))
  }

  async function handle(req: IncomingMessage, res: ServerResponse, next: () => void) {
    const raw = req.url ?? '/'
    if (!raw.startsWith('/')) return next()
    const url = new URL(raw, 'http://console')
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
    const method = (req.method ?? 'GET').toUpperCase()
    const path = url.pathname.slice(prefix.length - 1)
    // `/v2/cn-north-4/pools/…`: the region stands where the project goes.
    const [, version, regionId, ...rest] = path.split('/')
    const region = byId.get(regionId ?? '')
    if (!region || !version || !allowed(service, method, path)) {
      return sendJson(res, 404, {
        error_code: 'Console.NotForwarded',
        error_msg: `The console does not forward ${method} ${path}.`,
      })
    }

    let body: unknown
    if (method !== 'GET' && method !== 'DELETE') {
      const bytes = await readBody(req)
      if (bytes === undefined) {
        return sendJson(res, 413, {
          error_code: 'Console.BodyTooLarge',
          error_msg: `The request body is larger than ${MAX_BODY_BYTES} bytes.`,
        })
      }
      // Parsed and sent again as JSON.stringify gives it: the bytes the signature covers. The
      // console only ever sends objects (the signer would sign a falsy body as empty).
      try {
        body = bytes.length ? (JSON.parse(bytes.toString('utf8')) as unknown) : undefined
      } catch {
        body = null
      }
      if (body !== undefined && (typeof body !== 'object' || body === null)) {
        return sendJson(res, 400, {
          error_code: 'Console.BadBody',
          error_msg: 'The console sends JSON objects only.',
        })
      }
    } else {
      req.resume()
    }

    if (refusal && now() < refusal.until) {
      res.writeHead(401, {
        'Content-Type': 'application/json; charset=utf-8',
        'Cache-Control': 'no-store',
      })
      return res.end(refusal.text)
    }

    const lookup = await directory.projectOf(region)
    if (!lookup.ok) {
      if (lookup.status === 401 || lookup.status === 403)
        explain(region, lookup.upstream, region.iam.host)
      return sendJson(res, lookup.status, JSON.parse(redact(JSON.stringify(lookup.body), secrets)))
    }
    const base = service === 'vpc' ? region.vpc : region.modelarts
    const target = new URL(base.href)
    target.pathname = `${base.pathname.replace(/\/$/, '')}/${[version, lookup.projectId, ...rest].join('/')}`
    target.search = queryOf(url.searchParams)

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
    const text = answer.status >= 400 ? redact(answer.text, secrets) : answer.text
    if (answer.status === 401 || answer.status === 403) explain(region, answer, target.host)
    if (credentials.kind === 'aksk' && refusesCredentials(answer.status, text))
      refusal = { until: now() + KEY_REFUSED_PAUSE_MS, text }
    else if (answer.status < 400) refusal = undefined
    const headers: Record<string, string> = { 'Cache-Control': 'no-store' }
    for (const name of PASSED_HEADERS) {
      const v = answer.headers[name]
      if (typeof v === 'string' && !SECURITY_HEADER_NAMES.includes(name)) headers[name] = v
    }
    headers['Content-Length'] = String(Buffer.byteLength(text))
    res.writeHead(answer.status, headers)
    res.end(text)
  }

  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    handle(req, res, next).catch((cause: unknown) => {
      if (cause instanceof ClientGone) return res.destroy()
      // A bug here must never take the console's server down, nor print a secret.
      log(redact(`The console's server failed a request: ${String(cause)}`, secrets))
      if (!res.headersSent)
        sendJson(res, 500, {
          error_code: 'Console.InternalError',
          error_msg: 'The console’s server failed this request.',
        })
      else res.destroy()
    })
  }
}
