import { z } from '@/api/zod'
import { i18n } from '@/i18n'

/** The error body ModelArts (and the API gateway in front of it) answers with. */
export const errorBodySchema = z.looseObject({
  error_code: z.string(),
  error_msg: z.string(),
})

/**
 * The pairs of fields a Huawei Cloud error body names its code and message with: ModelArts and
 * the API gateway use `error_code`/`error_msg`, VPC v1 uses `code`/`message` (OTC-VPC
 * `appendix/error_codes.rst`), some services `errorCode`/`errorMsg`; the official SDKs' error
 * handler (huaweicloud-sdk-python-v3 `huaweicloudsdkcore/exceptions/exception_handler.py`) tries
 * the same pairs, also one level down (`{"error": {...}}`).
 */
const ERROR_FIELDS = [
  ['error_code', 'error_msg'],
  ['errorCode', 'errorMsg'],
  ['code', 'message'],
] as const

type ErrorFields = { code: string; message: string; requestId?: string }

function fieldsOf(value: Record<string, unknown>): ErrorFields | undefined {
  for (const [c, m] of ERROR_FIELDS) {
    const code = value[c]
    const message = value[m]
    if (typeof code === 'string' && typeof message === 'string') {
      const requestId = value.request_id
      return { code, message, ...(typeof requestId === 'string' ? { requestId } : {}) }
    }
  }
  return undefined
}

/** The code and message of an error body in any of the forms above; undefined for anything else. */
export function readErrorBody(data: unknown): ErrorFields | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined
  const record = data as Record<string, unknown>
  const direct = fieldsOf(record)
  if (direct) return direct
  for (const inner of Object.values(record)) {
    if (typeof inner === 'object' && inner !== null && !Array.isArray(inner)) {
      const nested = fieldsOf(inner as Record<string, unknown>)
      if (nested) return nested
    }
  }
  return undefined
}

export type ApiErrorKind = 'http' | 'network' | 'timeout' | 'invalid-response'

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

/** How long the console waits for an answer: a read is quick or broken, a change may take longer. */
export const TIMEOUT_MS = { read: 15_000, write: 30_000 } as const

/** Gateways answer these for a service they could not hear back from. */
const GATEWAY_STATUSES = new Set([502, 503, 504])

/**
 * Every failed call ends up as one of these: an HTTP error with the service's own code and words,
 * a network failure or timeout (status 0), or an answer that does not match the documented shape.
 */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly kind: ApiErrorKind
  readonly method: Method
  /** The service's request ID (`X-Request-Id`), which support asks for; when it sent one. */
  readonly requestId?: string
  /** How long a 429 or 503 asked us to wait before trying again (`Retry-After`). */
  readonly retryAfterMs?: number
  /** The answer was an error body of the service itself (not a gateway page or nothing). */
  readonly fromService: boolean

  constructor(init: {
    status: number
    code: string
    message: string
    kind: ApiErrorKind
    method?: Method
    requestId?: string
    retryAfterMs?: number
    fromService?: boolean
  }) {
    super(init.message)
    this.name = 'ApiError'
    this.status = init.status
    this.code = init.code
    this.kind = init.kind
    this.method = init.method ?? 'GET'
    this.fromService = init.fromService ?? false
    if (init.requestId) this.requestId = init.requestId
    if (init.retryAfterMs !== undefined) this.retryAfterMs = init.retryAfterMs
  }

  /** Worth trying again: the service was busy, throttled us, or we never reached it. */
  get retryable(): boolean {
    return (
      this.kind === 'network' ||
      this.kind === 'timeout' ||
      this.status === 429 ||
      this.status >= 500
    )
  }

  /**
   * A change whose fate the console cannot tell: it was sent, but no answer came that says
   * whether it happened (no answer, too late, one it cannot read, or a gateway's page instead of
   * the service's word). Telling the user "failed" here would be a guess; the caller re-reads
   * the resource instead.
   */
  get outcomeUnknown(): boolean {
    if (this.method === 'GET') return false
    if (this.kind !== 'http') return true
    // 504 says it outright (the console's proxy answers it too when the upstream went silent);
    // a 502/503 in the service's own words is the service declining, which is an answer.
    return this.status === 504 || (GATEWAY_STATUSES.has(this.status) && !this.fromService)
  }

  get unauthorized(): boolean {
    return this.status === 401 || this.status === 403
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError

type Service = 'modelarts' | 'vpc'

export interface RequestOptions<T> {
  method?: Method
  /** Path after the service prefix, e.g. `/v2/{project}/pools`. */
  path: string
  service?: Service
  query?: Record<string, string | number | undefined>
  body?: unknown
  schema: z.ZodMiniType<T>
  signal?: AbortSignal
  /** Defaults to TIMEOUT_MS.read for GET, TIMEOUT_MS.write for changes. */
  timeoutMs?: number
}

/**
 * Where the browser sends each service's calls: same-origin prefixes that the console's server
 * forwards in live mode (server/forwarder.ts) and the demo backend answers in demo mode.
 */
const BASES: Record<Service, string> = { modelarts: '/api/modelarts', vpc: '/api/vpc' }

const base = (service: Service) => BASES[service]

export function apiUrl(service: Service, path: string, query?: RequestOptions<unknown>['query']) {
  const search = new URLSearchParams()
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) search.set(k, String(v))
  const qs = search.toString()
  return `${base(service)}${path}${qs ? `?${qs}` : ''}`
}

/**
 * A region name (cn-north-4). The browser names a region's project by it: each region's default
 * project is named after the region, and the console's server (or the demo backend) puts the
 * project's ID in its place, so the browser never needs one.
 */
export type Region = string

/** Builds `/v2/{project}/…` (or v1) for the project of `region`. */
export const projectPath = (region: Region, version: 'v1' | 'v2', rest: string) =>
  `/${version}/${encodeURIComponent(region)}${rest}`

async function readJson(res: Response): Promise<unknown> {
  const text = await res.text()
  if (!text) return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

/**
 * `Retry-After` in either of its forms (RFC 9110 §10.2.3): delay-seconds or an HTTP date.
 * Undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined
  const text = value.trim()
  if (/^\d+$/.test(text)) return Number(text) * 1000
  // An HTTP date names its day and month ("Wed, 02 Dec 2026 10:00:20 GMT"); Date.parse alone
  // would also take "-3" as the year 3 BC.
  if (!/[a-z]{3}/i.test(text)) return undefined
  const at = Date.parse(text)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}

/**
 * The caller's signal, plus a timer of our own. Written with a timer rather than
 * AbortSignal.timeout so that tests with fake timers (and a paused tab's clock) govern it.
 */
function withTimeout(signal: AbortSignal | undefined, ms: number) {
  const controller = new AbortController()
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    controller.abort()
  }, ms)
  const onAbort = () => controller.abort()
  if (signal?.aborted) controller.abort()
  else signal?.addEventListener('abort', onAbort, { once: true })
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    done() {
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
    },
  }
}

/**
 * The landing list's requests go out with the page's catalogs, not after them (boot.tsx), so a
 * fast failure can come back first: its message waits for the words it is written in.
 */
const wordsLoaded = () =>
  i18n.hasResourceBundle(i18n.language, 'pools') ? undefined : i18n.loadNamespaces('pools')

/**
 * The one way the console talks to the cloud. Sends JSON (merge-patch for PATCH, as the API
 * requires), gives up after a timeout, parses every answer with its schema, and turns every
 * failure into an ApiError.
 */

export async function request<T>(opts: RequestOptions<T>): Promise<T> {
  const { method = 'GET', path, service = 'modelarts', query, body, schema, signal } = opts
  const write = method !== 'GET'
  const timeoutMs = opts.timeoutMs ?? (write ? TIMEOUT_MS.write : TIMEOUT_MS.read)
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (body !== undefined) {
    headers['Content-Type'] =
      method === 'PATCH' ? 'application/merge-patch+json' : 'application/json'
  }

  const deadline = withTimeout(signal, timeoutMs)
  const lost = (kind: 'network' | 'timeout') =>
    new ApiError({
      status: 0,
      code: kind === 'timeout' ? 'TIMEOUT' : 'NETWORK',
      kind,
      method,
      // The console's own words, in the language of the moment the call failed.
      message:
        kind === 'timeout'
          ? i18n.t('pools:api.timeout', { seconds: Math.round(timeoutMs / 1000) })
          : i18n.t('pools:api.network'),
    })

  let res: Response
  let data: unknown
  try {
    res = await fetch(apiUrl(service, path, query), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: deadline.signal,
    })
    // The body can hang as long as the headers did, so the deadline covers both.
    data = await readJson(res)
  } catch (cause) {
    if (signal?.aborted) throw cause
    // What went wrong is settled now, before any wait for the words.
    const kind = deadline.timedOut() ? 'timeout' : 'network'
    deadline.done()
    await wordsLoaded()
    if (signal?.aborted) throw cause
    throw lost(kind)
  } finally {
    deadline.done()
  }

  if (!res.ok) {
    await wordsLoaded()
    const fields = readErrorBody(data)
    const requestId = res.headers.get('X-Request-Id') ?? fields?.requestId
    const retryAfterMs =
      res.status === 429 || res.status === 503
        ? parseRetryAfter(res.headers.get('Retry-After'))
        : undefined
    throw new ApiError({
      status: res.status,
      code: fields?.code ?? `HTTP.${res.status}`,
      kind: 'http',
      method,
      // The API gateway answers in the same shape, but for a service it could not hear from.
      fromService: fields !== undefined && !/^APIGW?\./.test(fields.code),
      // The service's own message as it wrote it; ours only when it sent none.
      message:
        fields?.message ??
        (res.statusText
          ? i18n.t('pools:api.answeredText', { status: res.status, text: res.statusText })
          : i18n.t('pools:api.answered', { status: res.status })),
      ...(requestId ? { requestId } : {}),
      ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
    })
  }

  const parsed = schema.safeParse(data)
  if (!parsed.success) {
    await wordsLoaded()
    throw new ApiError({
      status: res.status,
      code: 'INVALID_RESPONSE',
      kind: 'invalid-response',
      method,
      // What zod found stays as zod words it: a technical detail for support, like a stack.
      message: i18n.t('pools:api.unreadable', {
        request: `${method} ${path}`,
        problem: z.prettifyError(parsed.error),
      }),
    })
  }
  return parsed.data
}
