import { POOL_ERROR_CODES } from '@/api/pool-rules'
import type { SimState } from '../state'

/** What the simulated service answers: a status and a JSON body. */
export interface SimAnswer {
  status: number
  body: unknown
}
export interface SimContext {
  now: number
  /** Simulated time runs this many times faster: durations are divided by it. */
  speed: number
}
export interface SimResult {
  state: SimState
  answer: SimAnswer
}

/** ModelArts' (and the API gateway's) error body. */
export const error = (status: number, code: string, msg: string): SimAnswer => ({
  status,
  body: { error_code: code, error_msg: msg },
})

/** VPC v1's error body, `{code, message}` (OTC-VPC appendix/error_codes.rst). */
export const vpcError = (status: number, code: string, message: string): SimAnswer => ({
  status,
  body: { code, message },
})

export const ok = (body: unknown, status = 200): SimAnswer => ({ status, body })
export const result = (state: SimState, answer: SimAnswer): SimResult => ({ state, answer })

/** A 400 that names the offending field first, the way the service words its messages. */
export const invalid = (msg: string) => error(400, POOL_ERROR_CODES.invalid, msg)

export const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

/** The first problem zod found, as `path: message`. */
export function zodMessage(issues: { path: PropertyKey[]; message: string }[]) {
  const first = issues[0]
  if (!first) return 'invalid request body'
  return `${first.path.map(String).join('.') || 'body'}: ${first.message}`
}

/** `limit` is capped at `max`; without one, `fallback` items. `continue` is an offset. */
export function page<T>(items: readonly T[], query: URLSearchParams, max: number, fallback = max) {
  const asked = Number(query.get('limit'))
  const limit = asked > 0 ? Math.min(max, asked) : fallback
  const offset = Math.max(0, Number(query.get('continue')) || 0)
  const slice = items.slice(offset, offset + limit)
  const next = offset + limit < items.length ? String(offset + limit) : undefined
  return { slice, next, offset }
}
