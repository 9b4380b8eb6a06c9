import { request as httpRequest, type IncomingHttpHeaders } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { type Credentials } from './live-settings.ts'
import { authenticate } from './signing.ts'

/**
 * One authenticated call to a cloud endpoint, and what came of it: an answer (any status), or
 * why there is none — never sent (nothing happened) or sent and then silence (anything may have).
 */
export type Upstream =
  | { kind: 'answer'; status: number; headers: IncomingHttpHeaders; text: string }
  | { kind: 'unsent' | 'no-answer'; reason: string }

/** Errors that happen before a request leaves for the endpoint. */
const NOT_SENT = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
])

/**
 * Longer than the browser's own write timeout (30 s), so the console gives up first; the
 * service may or may not finish a change after that, which is why the console then reads again.
 */
export const UPSTREAM_TIMEOUT_MS = 45_000

const MAX_ANSWER_BYTES = 64 * 1024 * 1024

export interface UpstreamCall {
  method: string
  url: URL
  credentials: Credentials
  headers?: Record<string, string>
  /** A JSON value; sent as `JSON.stringify(body)`, the bytes the signature covers. */
  body?: unknown
  /** Aborts the call when the browser goes away. */
  signal?: AbortSignal
  timeoutMs?: number
}

export function callUpstream(call: UpstreamCall): Promise<Upstream> {
  const text = call.body === undefined ? undefined : JSON.stringify(call.body)
  const headers = authenticate(call.credentials, {
    method: call.method,
    url: call.url,
    headers: {
      Accept: 'application/json',
      ...(text === undefined ? {} : { 'Content-Type': 'application/json;charset=UTF-8' }),
      ...call.headers,
    },
    body: call.body,
  })
  const send = call.url.protocol === 'https:' ? httpsRequest : httpRequest
  const timeout = AbortSignal.timeout(call.timeoutMs ?? UPSTREAM_TIMEOUT_MS)
  const signal = call.signal ? AbortSignal.any([call.signal, timeout]) : timeout
  return new Promise((resolve) => {
    let connected = false
    const req = send(
      call.url,
      {
        method: call.method,
        headers: {
          ...headers,
          ...(text === undefined ? {} : { 'Content-Length': String(Buffer.byteLength(text)) }),
        },
        signal,
      },
      (res) => {
        const chunks: Buffer[] = []
        let size = 0
        res.on('data', (c: Buffer) => {
          size += c.length
          // Far above any answer the console asks for (1,000 pools are a few MB).
          if (size > MAX_ANSWER_BYTES) {
            res.destroy()
            return resolve({ kind: 'no-answer', reason: 'answer larger than 64 MB' })
          }
          chunks.push(c)
        })
        res.on('end', () =>
          resolve({
            kind: 'answer',
            status: res.statusCode ?? 502,
            headers: res.headers,
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        )
        res.on('error', (e) => resolve({ kind: 'no-answer', reason: e.message }))
      },
    )
    // Sent means past TLS too: a refused certificate (a TLS-intercepting proxy, say) is unsent.
    const ready = call.url.protocol === 'https:' ? 'secureConnect' : 'connect'
    req.on('socket', (socket) => {
      if (!socket.connecting && ready === 'connect') connected = true
      else socket.once(ready, () => (connected = true))
    })
    req.on('error', (e: NodeJS.ErrnoException) => {
      const reason = timeout.aborted ? 'no answer in time' : (e.code ?? e.message)
      resolve({
        // Never connected, or refused during TLS: the request did not reach the service.
        kind: !connected || NOT_SENT.has(e.code ?? '') ? 'unsent' : 'no-answer',
        reason,
      })
    })
    req.end(text)
  })
}
