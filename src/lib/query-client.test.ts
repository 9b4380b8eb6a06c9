import { QueryObserver } from '@tanstack/react-query'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/api/http'
import {
  authProblemsOf,
  createQueryClient,
  failedRefreshes,
  MAX_FAILED_POLLS,
  pollInterval,
  retryDelay,
  shouldRetry,
} from './query-client'

const httpError = (status: number, code = `HTTP.${status}`) =>
  new ApiError({ status, code, kind: 'http', message: `answered ${status}` })
const networkError = () =>
  new ApiError({ status: 0, code: 'NETWORK', kind: 'network', message: 'offline' })

afterEach(() => {
  vi.useRealTimers()
})

describe('retry policy', () => {
  it('retries 5xx, 429 and network failures up to three times', () => {
    for (const error of [httpError(500), httpError(503), httpError(429), networkError()]) {
      expect([0, 1, 2, 3].map((n) => shouldRetry(n, error))).toEqual([true, true, true, false])
    }
  })

  it('never retries a 4xx answer, least of all a refused token', () => {
    for (const status of [400, 401, 403, 404, 409])
      expect(shouldRetry(0, httpError(status))).toBe(false)
    expect(shouldRetry(0, new Error('a bug'))).toBe(false)
  })

  it('backs off exponentially, capped at eight seconds', () => {
    expect([0, 1, 2, 3, 4].map(retryDelay)).toEqual([1000, 2000, 4000, 8000, 8000])
  })

  it('asks a busy service four times in all, waiting longer each time, then gives up', async () => {
    vi.useFakeTimers()
    const client = createQueryClient({ region: 'cn-north-4' })
    const queryFn = vi.fn(() => Promise.reject(httpError(503, 'ModelArts.5039')))
    const result = client.fetchQuery({ queryKey: ['busy'], queryFn }).catch((e: unknown) => e)
    await vi.advanceTimersByTimeAsync(900)
    expect(queryFn).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(30_000)
    expect(queryFn).toHaveBeenCalledTimes(4)
    expect(await result).toMatchObject({ code: 'ModelArts.5039' })
  })
})

describe('Retry-After', () => {
  const throttled = (retryAfterMs: number) =>
    new ApiError({
      status: 429,
      code: 'APIGW.0308',
      kind: 'http',
      message: 'slow down',
      retryAfterMs,
    })

  it('waits exactly as long as the service asked', () => {
    expect(retryDelay(0, throttled(6000))).toBe(6000)
    expect(retryDelay(3, throttled(0))).toBe(0)
  })

  it('does not retry by itself when asked to wait longer than half a minute', () => {
    expect(shouldRetry(0, throttled(30_000))).toBe(true)
    expect(shouldRetry(0, throttled(120_000))).toBe(false)
  })

  it('asks again after Retry-After, not after the usual backoff', async () => {
    vi.useFakeTimers()
    const client = createQueryClient({ region: 'cn-north-4' })
    const queryFn = vi.fn().mockRejectedValueOnce(throttled(6000)).mockResolvedValueOnce('fine')
    const result = client.fetchQuery({ queryKey: ['throttled'], queryFn })
    await vi.advanceTimersByTimeAsync(5_900)
    expect(queryFn).toHaveBeenCalledTimes(1)
    await vi.advanceTimersByTimeAsync(200)
    expect(queryFn).toHaveBeenCalledTimes(2)
    expect(await result).toBe('fine')
  })
})

describe('polling while something changes', () => {
  it('backs off after each failed refresh, stops after a bound, and starts again on success', async () => {
    const client = createQueryClient({ retry: false, region: 'cn-north-4' })
    let fail = true
    const queryFn = () => (fail ? Promise.reject(httpError(503)) : Promise.resolve('ok'))
    const key = ['polled']
    const query = () => client.getQueryCache().find({ queryKey: key })!
    const intervals: (number | false)[] = []
    for (let i = 0; i < MAX_FAILED_POLLS; i++) {
      await client.fetchQuery({ queryKey: key, queryFn }).catch(() => {})
      intervals.push(pollInterval(query(), true, 3000))
    }
    expect(intervals).toEqual([6000, 12_000, 24_000, 48_000, false])
    expect(failedRefreshes(query())).toBe(MAX_FAILED_POLLS)

    fail = false
    await client.fetchQuery({ queryKey: key, queryFn, staleTime: 0 })
    expect(pollInterval(query(), true, 3000)).toBe(3000)
    expect(pollInterval(query(), false, 3000)).toBe(false)
  })

  it('never polls once the token was refused', async () => {
    const client = createQueryClient({ retry: false, region: 'cn-north-4' })
    await client
      .fetchQuery({ queryKey: ['refused'], queryFn: () => Promise.reject(httpError(401)) })
      .catch(() => {})
    const query = client.getQueryCache().find({ queryKey: ['refused'] })!
    expect(pollInterval(query, true, 3000)).toBe(false)
  })
})

describe('auth problems', () => {
  it('asks once when the token is refused, and remembers the refusal for the app shell', async () => {
    const client = createQueryClient({ region: 'cn-north-4' })
    const refused = httpError(401, 'ModelArts.50001000')
    const queryFn = vi.fn(() => Promise.reject(refused))
    const store = authProblemsOf(client)
    const listener = vi.fn()
    store.subscribe(listener)

    await expect(client.fetchQuery({ queryKey: ['pools'], queryFn })).rejects.toBe(refused)
    expect(queryFn).toHaveBeenCalledTimes(1)
    expect(store.get()).toBe(refused)
    expect(listener).toHaveBeenCalled()
  })

  it('forgets the refusal once that call succeeds again', async () => {
    const client = createQueryClient({ region: 'cn-north-4' })
    const store = authProblemsOf(client)
    await client
      .fetchQuery({ queryKey: ['pools'], queryFn: () => Promise.reject(httpError(403)) })
      .catch(() => {})
    expect(store.get()?.status).toBe(403)
    await client.fetchQuery({
      queryKey: ['pools'],
      queryFn: () => Promise.resolve([]),
      staleTime: 0,
    })
    expect(store.get()).toBeNull()
  })

  it('records a refused change too, and ignores errors that are not about the token', async () => {
    const client = createQueryClient({ region: 'cn-north-4' })
    const store = authProblemsOf(client)
    await client
      .getMutationCache()
      .build(client, { mutationFn: () => Promise.reject(httpError(409)) })
      .execute(undefined)
      .catch(() => {})
    expect(store.get()).toBeNull()
    await client
      .getMutationCache()
      .build(client, { mutationFn: () => Promise.reject(httpError(401)) })
      .execute(undefined)
      .catch(() => {})
    expect(store.get()?.status).toBe(401)
  })
})

describe('a refused token on mount', () => {
  it('is not asked again when a page opens on a query the token was refused for', async () => {
    const client = createQueryClient({ region: 'cn-north-4', retry: false })
    const queryFn = vi.fn(() => Promise.reject(httpError(401, 'ModelArts.50001000')))
    await client.prefetchQuery({ queryKey: ['pools'], queryFn })
    expect(queryFn).toHaveBeenCalledTimes(1)
    const observer = new QueryObserver(client, { queryKey: ['pools'], queryFn })
    const stop = observer.subscribe(() => undefined)
    await new Promise((r) => setTimeout(r, 10))
    stop()
    expect(queryFn).toHaveBeenCalledTimes(1)

    // Any other failure is asked again when a page opens on it.
    const other = vi.fn(() => Promise.reject(httpError(500)))
    await client.prefetchQuery({ queryKey: ['quotas'], queryFn: other })
    const again = new QueryObserver(client, { queryKey: ['quotas'], queryFn: other })
    const stopAgain = again.subscribe(() => undefined)
    await new Promise((r) => setTimeout(r, 10))
    stopAgain()
    expect(other).toHaveBeenCalledTimes(2)
    client.clear()
  })
})
