import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Plugin } from 'vite'

/**
 * What the console's own server (Vite dev or preview) lets through to the cloud, and the headers
 * it answers everything with. The proxy adds the token to what it forwards, so it must never act
 * for anyone but the console's own page, and only for the calls that page makes.
 */

type Service = 'modelarts' | 'vpc'
type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

/** A pool or network name as ModelArts makes them: never a dot segment, never encoded. */
const NAME = '[A-Za-z0-9][A-Za-z0-9._-]*'

/**
 * Every call the console makes (src/api/*.ts), with `{p}` for the project, which the browser
 * names by its region (live-config.ts swaps in the ID). A new call in the client needs its line
 * here, or live mode answers it 404 `Console.NotForwarded`.
 */
const ROUTES: readonly [Service, Method, string][] = [
  ['modelarts', 'GET', '/v2/{p}/pools'],
  ['modelarts', 'POST', '/v2/{p}/pools'],
  ['modelarts', 'GET', `/v2/{p}/pools/${NAME}`],
  ['modelarts', 'PATCH', `/v2/{p}/pools/${NAME}`],
  ['modelarts', 'DELETE', `/v2/{p}/pools/${NAME}`],
  ['modelarts', 'GET', `/v2/{p}/pools/${NAME}/nodes`],
  ['modelarts', 'POST', `/v2/{p}/pools/${NAME}/nodes/batch-delete`],
  ['modelarts', 'POST', `/v2/{p}/pools/${NAME}/nodes/batch-lock`],
  ['modelarts', 'POST', `/v2/{p}/pools/${NAME}/nodes/batch-unlock`],
  ['modelarts', 'GET', `/v2/{p}/pools/${NAME}/monitor`],
  ['modelarts', 'GET', `/v2/{p}/pools/${NAME}/workloads`],
  ['modelarts', 'GET', '/v1/{p}/events'],
  ['modelarts', 'GET', '/v1/{p}/resourceflavors'],
  ['modelarts', 'GET', '/v1/{p}/quotas'],
  ['modelarts', 'GET', '/v1/{p}/networks'],
  ['modelarts', 'POST', '/v1/{p}/networks'],
  ['modelarts', 'GET', `/v1/{p}/networks/${NAME}`],
  ['modelarts', 'PATCH', `/v1/{p}/networks/${NAME}`],
  ['vpc', 'GET', '/v1/{p}/vpcs'],
  ['vpc', 'GET', '/v1/{p}/subnets'],
  ['vpc', 'GET', '/v1/{p}/security-groups'],
]

export const PREFIXES: Record<string, Service> = {
  '/api/modelarts/': 'modelarts',
  '/api/vpc/': 'vpc',
}

/** The largest body the console sends is a pool or network of a few kilobytes. */
export const MAX_BODY_BYTES = 64 * 1024

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function compile(projects: readonly string[]) {
  const p = `(?:${projects.map(escape).join('|')})`
  return ROUTES.map(([service, method, path]) => ({
    service,
    method,
    path: new RegExp(`^${path.replace('{p}', p)}$`),
  }))
}

/**
 * A path the proxy would pass on exactly as written. The proxy (like a browser) turns `\` into
 * `/`, decodes `%2e` and folds `..`, so `pools/..\..\v1/…` would match a pool route here and
 * reach another API there: anything that would be rewritten is refused outright.
 */
const plainPath = (path: string) =>
  !/[\\%]/.test(path) && !path.includes('//') && new URL(path, 'http://x').pathname === path

/** Whether the console makes this call: method, service and path (without query) in one of its regions. */
export function allowedCall(regions: readonly string[]) {
  const routes = compile(regions)
  return (service: Service, method: string, path: string) =>
    plainPath(path) &&
    routes.some((r) => r.service === service && r.method === method && r.path.test(path))
}

const SAFE = new Set(['GET', 'HEAD'])

/**
 * A request from the console's own page. Browsers send `Origin` with every non-GET request, and
 * `Sec-Fetch-Site` with every request: another site's page (or another port on localhost, which
 * counts as same-site, not same-origin) gives itself away by one or the other. A request with
 * neither may only read. This keeps other web pages out; a local program can forge both headers,
 * which is why the allow-list, not this, bounds what the proxy does.
 */
export function fromConsolePage(req: Pick<IncomingMessage, 'method' | 'headers'>): boolean {
  const method = (req.method ?? 'GET').toUpperCase()
  const site = req.headers['sec-fetch-site']
  if (site !== undefined && site !== 'same-origin' && !(site === 'none' && SAFE.has(method)))
    return false
  const origin = req.headers.origin
  if (origin === undefined) return SAFE.has(method)
  try {
    return new URL(origin).host === req.headers.host
  } catch {
    return false
  }
}

/** The console's page: its own scripts only, Emotion's style tags, no framing by anyone. */
const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/**
 * Headers on everything the server sends. The dev server injects inline scripts (React refresh)
 * and talks HMR over a WebSocket, so there the policy only forbids framing.
 */
export function securityHeaders(strict: boolean): Record<string, string> {
  return {
    'Content-Security-Policy': strict ? STRICT_CSP : "frame-ancestors 'none'",
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  }
}

function refuse(res: ServerResponse, status: number, code: string, message: string) {
  const body = JSON.stringify({ error_code: code, error_msg: message })
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  })
  res.end(body)
}

export interface GuardOptions {
  /** Live mode's regions; undefined in demo mode, where the server forwards nothing. */
  regions?: readonly string[]
  strictCsp: boolean
}

/** Names of the headers above, for taking them out of what the cloud answers. */
export const SECURITY_HEADER_NAMES = Object.keys(securityHeaders(true)).map((h) => h.toLowerCase())

/** The middleware: headers on every answer, and only the console's own calls to the proxy. */
export function guard({ regions, strictCsp }: GuardOptions) {
  const headers = Object.entries(securityHeaders(strictCsp))
  const allowed = regions === undefined ? () => false : allowedCall(regions)
  return (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    for (const [name, value] of headers) res.setHeader(name, value)
    const url = req.url ?? '/'
    // Only origin-form targets (`/api/…`): an absolute-form one (`DELETE http://x/api/…`) would
    // pass a prefix test unseen and still be routed by its path further on.
    if (!url.startsWith('/'))
      return refuse(res, 400, 'Console.BadRequest', 'The request target must be a path.')
    const prefix = Object.keys(PREFIXES).find((p) => url.startsWith(p))
    if (!prefix || regions === undefined) return next()

    const method = (req.method ?? 'GET').toUpperCase()
    if (!fromConsolePage(req))
      return refuse(res, 403, 'Console.Forbidden', 'Only the console itself may use this proxy.')
    const path = url.slice(prefix.length - 1).split('?')[0] ?? ''
    if (!allowed(PREFIXES[prefix]!, method, path))
      return refuse(
        res,
        404,
        'Console.NotForwarded',
        `The console does not forward ${method} ${path}.`,
      )
    const length = Number(req.headers['content-length'] ?? 0)
    if (req.headers['transfer-encoding'] && !req.headers['content-length'])
      return refuse(res, 411, 'Console.LengthRequired', 'A request body needs a Content-Length.')
    if (length > MAX_BODY_BYTES)
      return refuse(
        res,
        413,
        'Console.BodyTooLarge',
        `The request body is ${length} bytes; the console forwards at most ${MAX_BODY_BYTES}.`,
      )
    next()
  }
}

/** The guard in front of Vite's own middlewares (and its proxy), in dev and preview alike. */
export function consoleServerGuard(regions: readonly string[] | undefined): Plugin {
  return {
    name: 'modelarts:console-server-guard',
    configureServer(server) {
      server.middlewares.use(guard({ regions, strictCsp: false }))
    },
    configurePreviewServer(server) {
      server.middlewares.use(guard({ regions, strictCsp: true }))
    },
  }
}
