import type { ClientRequest, IncomingMessage, ServerResponse } from 'node:http'
import type { ProxyOptions } from 'vite'

/**
 * Live mode, as the server side of the console sees it: which endpoints to forward to, for which
 * project, with which token. The token stays here, in the Node process: the proxy adds it to each
 * forwarded request, and nothing that reaches the browser (bundle or answer) ever contains it.
 */
export interface LiveSettings {
  modelarts: URL
  vpc: URL
  projectId: string
  /** Empty for a build: only a running server (dev or preview) forwards requests. */
  token: string
}

export class LiveConfigError extends Error {
  override name = 'LiveConfigError'
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1'])

export const isLoopback = (url: URL) => LOOPBACK.has(url.hostname)

function parseEndpoint(name: string, value: string): URL {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new LiveConfigError(
      `${name} must be a URL such as https://modelarts.cn-north-4.myhuaweicloud.com, not "${value}".`,
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new LiveConfigError(`${name} must be an http(s) URL, not "${value}".`)
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new LiveConfigError(
      `${name} must not carry a query, fragment or credentials: "${url.origin}…".`,
    )
  }
  return url
}

/**
 * VPC lives next to ModelArts in every region (`modelarts.<region>…` → `vpc.<region>…`). A
 * loopback endpoint is a local fake that serves both on one port.
 */
export function deriveVpcEndpoint(modelarts: URL): URL | undefined {
  if (isLoopback(modelarts)) return new URL(modelarts.href)
  if (!modelarts.hostname.startsWith('modelarts.')) return undefined
  const vpc = new URL(modelarts.href)
  vpc.hostname = `vpc.${modelarts.hostname.slice('modelarts.'.length)}`
  return vpc
}

/**
 * Reads live mode from the environment: `null` when MODELARTS_ENDPOINT is unset (demo mode),
 * the settings when everything is there, and a LiveConfigError that says what to set otherwise.
 */
export function readLiveSettings(
  env: Record<string, string | undefined>,
  { needToken }: { needToken: boolean },
): LiveSettings | null {
  const endpoint = env.MODELARTS_ENDPOINT?.trim()
  if (!endpoint) return null

  const missing = [
    !env.MODELARTS_PROJECT_ID?.trim() &&
      'MODELARTS_PROJECT_ID (the project ID of the region, 32 hex characters)',
    needToken &&
      !env.MODELARTS_TOKEN?.trim() &&
      'MODELARTS_TOKEN (an IAM token: the X-Subject-Token of POST /v3/auth/tokens)',
  ].filter(Boolean)
  if (missing.length) {
    throw new LiveConfigError(
      `MODELARTS_ENDPOINT is set (${endpoint}), so the console runs in live mode, but ${missing.join(' and ')} ` +
        `${missing.length > 1 ? 'are' : 'is'} missing. Set ${missing.length > 1 ? 'them' : 'it'} in the ` +
        'environment, or unset MODELARTS_ENDPOINT for demo mode.',
    )
  }
  const projectId = env.MODELARTS_PROJECT_ID!.trim()
  if (!/^[A-Za-z0-9_-]+$/.test(projectId)) {
    throw new LiveConfigError(`MODELARTS_PROJECT_ID "${projectId}" is not a project ID.`)
  }

  const modelarts = parseEndpoint('MODELARTS_ENDPOINT', endpoint)
  const vpcValue = env.VPC_ENDPOINT?.trim()
  const vpc = vpcValue ? parseEndpoint('VPC_ENDPOINT', vpcValue) : deriveVpcEndpoint(modelarts)
  if (!vpc) {
    throw new LiveConfigError(
      `Cannot tell the VPC endpoint from MODELARTS_ENDPOINT (${modelarts.host}): set VPC_ENDPOINT, ` +
        'e.g. https://vpc.cn-north-4.myhuaweicloud.com.',
    )
  }
  return { modelarts, vpc, projectId, token: env.MODELARTS_TOKEN?.trim() ?? '' }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** A change requested from a page of another origin (a cross-site form or fetch). */
export function isForeignWrite(req: Pick<IncomingMessage, 'method' | 'headers'>): boolean {
  if (SAFE_METHODS.has((req.method ?? 'GET').toUpperCase())) return false
  const origin = req.headers.origin
  if (!origin) return false
  try {
    return new URL(origin).host !== req.headers.host
  } catch {
    return true
  }
}

/** Browser headers that mean nothing to the cloud API (and a cookie is never its business). */
const DROPPED_HEADERS = ['cookie', 'origin', 'referer', 'x-auth-token']

function forward(prefix: string, target: URL, token: string): ProxyOptions {
  return {
    target: target.href.replace(/\/$/, ''),
    changeOrigin: true,
    secure: true,
    rewrite: (path) => path.slice(prefix.length - 1),
    // The proxy adds the token, so a request another site's page makes to it must never pass:
    // anything but a plain read whose Origin is not the console itself is refused (404).
    bypass: (req) => (isForeignWrite(req) ? false : undefined),
    configure(proxy) {
      proxy.on('proxyReq', (proxyReq: ClientRequest) => {
        for (const header of DROPPED_HEADERS) proxyReq.removeHeader(header)
        proxyReq.setHeader('X-Auth-Token', token)
      })
      // Registered before Vite's own handler, which then sees the answer sent and only logs.
      proxy.on('error', (err: NodeJS.ErrnoException, _req: IncomingMessage, res: unknown) => {
        const out = res as ServerResponse
        if (typeof out.writeHead !== 'function' || out.headersSent || out.writableEnded) return
        const body = JSON.stringify({
          error_code: 'Console.ProxyError',
          error_msg: `The console's server could not reach ${target.host} (${err.code ?? err.message}). Check that the endpoint is up and reachable, then retry.`,
        })
        out.writeHead(502, { 'Content-Type': 'application/json; charset=utf-8' }).end(body)
      })
    },
  }
}

/** `/api/modelarts/…` → MODELARTS_ENDPOINT, `/api/vpc/…` → VPC endpoint, with the token added. */
export function liveProxy(settings: LiveSettings): Record<string, ProxyOptions> {
  return {
    '/api/modelarts/': forward('/api/modelarts/', settings.modelarts, settings.token),
    '/api/vpc/': forward('/api/vpc/', settings.vpc, settings.token),
  }
}
