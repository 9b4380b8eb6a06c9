import type { ClientRequest, IncomingMessage, ServerResponse } from 'node:http'
import type { ProxyOptions } from 'vite'
import { SECURITY_HEADER_NAMES } from './proxy-guard.ts'

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

/** Errors that happen before a request leaves for the endpoint. */
const NOT_SENT = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
])

/** Browser headers that mean nothing to the cloud API (and a cookie is never its business). */
const DROPPED_HEADERS = ['cookie', 'origin', 'referer', 'x-auth-token']

function forward(prefix: string, target: URL, token: string): ProxyOptions {
  return {
    target: target.href.replace(/\/$/, ''),
    changeOrigin: true,
    secure: true,
    rewrite: (path) => path.slice(prefix.length - 1),
    // Longer than the browser's own write timeout (30 s), so the console gives up first. Its
    // abort closes the upstream request too; the service may or may not finish the change,
    // which is why the console then reads the resource again.
    proxyTimeout: 45_000,
    // Who may use the proxy, and for which calls, is decided in front of it (proxy-guard.ts).
    configure(proxy) {
      proxy.on('proxyReq', (proxyReq: ClientRequest) => {
        for (const header of DROPPED_HEADERS) proxyReq.removeHeader(header)
        proxyReq.setHeader('X-Auth-Token', token)
      })
      // The console's own headers stand: the cloud cannot open CORS or loosen the CSP.
      proxy.on('proxyRes', (proxyRes: IncomingMessage) => {
        for (const name of Object.keys(proxyRes.headers))
          if (name.startsWith('access-control-') || SECURITY_HEADER_NAMES.includes(name))
            delete proxyRes.headers[name]
      })
      // Registered before Vite's own handler, which then sees the answer sent and only logs.
      proxy.on('error', (err: NodeJS.ErrnoException, _req: IncomingMessage, res: unknown) => {
        const out = res as ServerResponse
        if (typeof out.writeHead !== 'function' || out.headersSent || out.writableEnded) return
        const reason = err.code ?? err.message
        // Never connected: nothing was sent, so nothing happened. Connected and then silence:
        // a change may well have been made, and only the service can tell.
        const unsent = NOT_SENT.has(err.code ?? '')
        const body = JSON.stringify(
          unsent
            ? {
                error_code: 'Console.ProxyError',
                error_msg: `The console's server could not reach ${target.host} (${reason}). Check that the endpoint is up and reachable, then retry.`,
              }
            : {
                error_code: 'Console.ProxyNoAnswer',
                error_msg: `${target.host} took the request but sent no complete answer (${reason}).`,
              },
        )
        out
          .writeHead(unsent ? 502 : 504, { 'Content-Type': 'application/json; charset=utf-8' })
          .end(body)
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
