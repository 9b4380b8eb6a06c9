import { z } from 'zod'
import { env } from '@/lib/env'

/** The error body every ModelArts (and VPC) endpoint answers with. */
export const errorBodySchema = z.looseObject({
  error_code: z.string(),
  error_msg: z.string(),
})

export type ApiErrorKind = 'http' | 'network' | 'invalid-response'

/**
 * Every failed call ends up as one of these: an HTTP error with the service's own code and words,
 * a network failure (status 0), or an answer that does not match the documented shape.
 */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly kind: ApiErrorKind

  constructor(init: { status: number; code: string; message: string; kind: ApiErrorKind }) {
    super(init.message)
    this.name = 'ApiError'
    this.status = init.status
    this.code = init.code
    this.kind = init.kind
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
    const parsed = errorBodySchema.safeParse(data)
    throw new ApiError({
      status: res.status,
      code: parsed.success ? parsed.data.error_code : `HTTP.${res.status}`,
      kind: 'http',
      message: parsed.success
        ? parsed.data.error_msg
        : `The service answered ${res.status} ${res.statusText || ''}`.trim() + '.',
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
