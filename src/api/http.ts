import { z } from 'zod'
import { env } from '@/lib/env'

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

export type ApiErrorKind = 'http' | 'network' | 'invalid-response'

/**
 * Every failed call ends up as one of these: an HTTP error with the service's own code and words,
 * a network failure (status 0), or an answer that does not match the documented shape.
 */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly kind: ApiErrorKind
  /** The service's request ID (`X-Request-Id`), which support asks for; when it sent one. */
  readonly requestId?: string

  constructor(init: {
    status: number
    code: string
    message: string
    kind: ApiErrorKind
    requestId?: string
  }) {
    super(init.message)
    this.name = 'ApiError'
    this.status = init.status
    this.code = init.code
    this.kind = init.kind
    if (init.requestId) this.requestId = init.requestId
  }

  /** Worth trying again: the service was busy, throttled us, or we never reached it. */
  get retryable(): boolean {
    return this.kind === 'network' || this.status === 429 || this.status >= 500
  }

  get unauthorized(): boolean {
    return this.status === 401 || this.status === 403
  }
}

export const isApiError = (e: unknown): e is ApiError => e instanceof ApiError

type Service = 'modelarts' | 'vpc'

export interface RequestOptions<T> {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  /** Path after the service prefix, e.g. `/v2/{project}/pools`. */
  path: string
  service?: Service
  query?: Record<string, string | number | undefined>
  body?: unknown
  schema: z.ZodType<T>
  signal?: AbortSignal
}

const base = (service: Service) => (service === 'vpc' ? env.vpcBase : env.modelartsBase)

export function apiUrl(service: Service, path: string, query?: RequestOptions<unknown>['query']) {
  const search = new URLSearchParams()
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) search.set(k, String(v))
  const qs = search.toString()
  return `${base(service)}${path}${qs ? `?${qs}` : ''}`
}

/** Builds `/v2/{project_id}/…` (or v1) for the configured project. */
export const projectPath = (version: 'v1' | 'v2', rest: string) =>
  `/${version}/${env.projectId}${rest}`

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
 * The one way the console talks to the cloud. Sends JSON (merge-patch for PATCH, as the API
 * requires), parses every answer with its schema, and turns every failure into an ApiError.
 */
export async function request<T>(opts: RequestOptions<T>): Promise<T> {
  const { method = 'GET', path, service = 'modelarts', query, body, schema, signal } = opts
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (body !== undefined) {
    headers['Content-Type'] =
      method === 'PATCH' ? 'application/merge-patch+json' : 'application/json'
  }

  let res: Response
  try {
    res = await fetch(apiUrl(service, path, query), {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    })
  } catch (cause) {
    if (signal?.aborted) throw cause
    throw new ApiError({
      status: 0,
      code: 'NETWORK',
      kind: 'network',
      message: 'The service could not be reached. Check your connection and try again.',
    })
  }

  const data = await readJson(res)
  if (!res.ok) {
    const fields = readErrorBody(data)
    const requestId = res.headers.get('X-Request-Id') ?? fields?.requestId
    throw new ApiError({
      status: res.status,
      code: fields?.code ?? `HTTP.${res.status}`,
      kind: 'http',
      message:
        fields?.message ??
        `The service answered ${res.status} ${res.statusText || ''}`.trim() + '.',
      ...(requestId ? { requestId } : {}),
    })
  }

  const parsed = schema.safeParse(data)
  if (!parsed.success) {
    throw new ApiError({
      status: res.status,
      code: 'INVALID_RESPONSE',
      kind: 'invalid-response',
      message: `The service sent an answer the console does not understand (${method} ${path}): ${z.prettifyError(parsed.error)}`,
    })
  }
  return parsed.data
}
