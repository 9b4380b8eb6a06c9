import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'

/**
 * How fake-modelarts checks a request's identity the way Huawei Cloud's API gateway does: an
 * SDK-HMAC-SHA256 signature over the canonical request, or an IAM token.
 *
 * Written from the signing guide ("AK/SK Signing and Authentication Algorithm",
 * support.huaweicloud.com/intl/en-us/devg-apisign/api-sign-algorithm.html), independently of
 * the SDK signer the console's server uses: if the two disagree about a single byte, the live
 * e2e and signing.test.ts fail. Refusals carry the gateway's codes and words (APIGW.0301, as
 * listed in "Common Errors Related to IAM Authentication Information").
 */

export interface AccessKey {
  ak: string
  sk: string
  /** Temporary keys come with a security token, which each request must carry (signed). */
  securityToken?: string
}

export interface SignedRequest {
  method: string
  /** The path and query exactly as received. */
  url: string
  headers: IncomingHttpHeaders
  body: Buffer
}

export type AuthResult = { ok: true } | { ok: false; status: number; body: GatewayError }

export interface GatewayError {
  error_code: string
  error_msg: string
  request_id: string
}

/** A signature is good for 15 minutes either side of the gateway's clock. */
export const SIGNATURE_WINDOW_MS = 15 * 60_000

const ALGORITHM = 'SDK-HMAC-SHA256'

const hex = (data: string | Buffer) => createHash('sha256').update(data).digest('hex')

/** RFC 3986 percent-encoding: everything but A–Z a–z 0–9 - _ . ~ */
const encode = (s: string) =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)

export function canonicalRequest(req: SignedRequest, signedHeaders: string[]): string {
  const url = new URL(req.url, 'http://gateway')
  // Each segment of the path as sent, encoded again; always ending in "/".
  const rawPath = req.url.split('?')[0] ?? '/'
  const uri = rawPath.split('/').map(encode).join('/')
  const query = [...url.searchParams]
    .map(([k, v]) => [encode(k), encode(v)] as const)
    .sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : 1) : a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join('&')
  const headers = signedHeaders
    .map((name) => {
      const v = req.headers[name]
      return `${name}:${(Array.isArray(v) ? v.join(',') : (v ?? '')).trim()}\n`
    })
    .join('')
  return [
    req.method.toUpperCase(),
    uri.endsWith('/') ? uri : `${uri}/`,
    query,
    headers,
    signedHeaders.join(';'),
    hex(req.body),
  ].join('\n')
}

/** The signature `sk` gives `req` at `date` (X-Sdk-Date), as the gateway computes it. */
export function expectedSignature(
  req: SignedRequest,
  sk: string,
  date: string,
  signedHeaders: string[],
) {
  const toSign = [ALGORITHM, date, hex(canonicalRequest(req, signedHeaders))].join('\n')
  return createHmac('sha256', sk).update(toSign).digest('hex')
}

const parseSdkDate = (s: string) => {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(s)
  return m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!) : NaN
}

const refuse = (message: string): AuthResult => ({
  ok: false,
  status: 401,
  body: {
    error_code: 'APIGW.0301',
    error_msg: `Incorrect IAM authentication information: ${message}`,
    request_id: randomBytes(16).toString('hex'),
  },
})

/** Checks the Authorization header of a signed request against the known access keys. */
export function verifySignature(
  req: SignedRequest,
  keys: readonly AccessKey[],
  now: number,
): AuthResult {
  const header = String(req.headers.authorization ?? '')
  const m =
    /^SDK-HMAC-SHA256\s+Access=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]+)$/.exec(
      header,
    )
  if (!m) return refuse('verify aksk signature fail, the Authorization header is malformed')
  const [, ak, signed, signature] = m as unknown as [string, string, string, string]
  const date = String(req.headers['x-sdk-date'] ?? '')
  const at = parseSdkDate(date)
  if (Number.isNaN(at))
    return refuse('verify aksk signature fail, x-sdk-date is missing or malformed')
  if (Math.abs(now - at) > SIGNATURE_WINDOW_MS) {
    const server = new Date(now)
      .toISOString()
      .replace(/[-:]/g, '')
      .replace(/\.\d{3}/, '')
    return refuse(`signature expired, signature time:${date},server time:${server}`)
  }
  const key = keys.find((k) => k.ak === ak)
  // The gateway masks the key in its answer; so does the fake.
  if (!key) return refuse('Get secretKey failed,ak:******,err:ak not exist')
  const names = signed.split(';')
  if (!names.includes('x-sdk-date'))
    return refuse('verify aksk signature fail, x-sdk-date is not signed')
  if (
    key.securityToken !== undefined &&
    (req.headers['x-security-token'] !== key.securityToken || !names.includes('x-security-token'))
  )
    return refuse('verify security token fail, the token is missing, not signed or expired')
  const want = Buffer.from(expectedSignature(req, key.sk, date, names))
  const got = Buffer.from(signature)
  if (want.length !== got.length || !timingSafeEqual(want, got))
    return refuse('verify aksk signature fail')
  return { ok: true }
}
