// The official SDK's signer, not crypto of our own: the gateway rejects any byte of difference
// in the canonical request, and this is the code Huawei Cloud maintains for that (it reproduces
// the signing guide's published example; see signing.test.ts). Only this file is imported: it
// needs nothing of the SDK's HTTP client.
import { AKSKSigner } from '@huaweicloud/huaweicloud-sdk-core/auth/AKSKSigner.js'
import type { ICredential } from '@huaweicloud/huaweicloud-sdk-core/auth/ICredential.js'
import type { Credentials } from './live-settings.ts'

export interface OutgoingRequest {
  method: string
  url: URL
  /** Headers the request carries besides authentication (all of them are signed). */
  headers: Record<string, string>
  /** The JSON body, exactly as it will be sent (the signer hashes `JSON.stringify(body)`). */
  body?: unknown
}

/**
 * The headers that authenticate `req`: SDK-HMAC-SHA256 over method, path, query, every header
 * and the body for access keys (plus `X-Security-Token` for temporary ones), or `X-Auth-Token`.
 * The result includes `req.headers` and `Host`; send exactly these.
 */
export function authenticate(
  credentials: Credentials,
  req: OutgoingRequest,
  now: Date = new Date(),
): Record<string, string> {
  if (credentials.kind === 'token') {
    return { ...req.headers, Host: req.url.host, 'X-Auth-Token': credentials.token }
  }
  const headers: Record<string, string> = { ...req.headers, 'X-Sdk-Date': sdkDate(now) }
  if (credentials.securityToken) headers['X-Security-Token'] = credentials.securityToken
  const queryParams: Record<string, string | string[]> = {}
  for (const [k, v] of req.url.searchParams) {
    const seen = queryParams[k]
    queryParams[k] = seen === undefined ? v : [...(Array.isArray(seen) ? seen : [seen]), v]
  }
  const signed = AKSKSigner.sign(
    {
      endpoint: `${req.url.origin}${req.url.pathname}`,
      method: req.method,
      headers,
      queryParams,
      ...(req.body === undefined ? {} : { data: req.body }),
    },
    // The signer asks a credential for its AK and SK only.
    { getAk: () => credentials.ak, getSk: () => credentials.sk } as unknown as ICredential,
  ) as Record<string, string>
  return signed
}

/** `YYYYMMDDTHHMMSSZ`, the signing date format. */
export const sdkDate = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
