// Longer than most on purpose: request()'s every outcome (errors, timeouts, Retry-After, paging,
// unreadable answers) is its contract; the cases read as its specification.
import { http, HttpResponse, type JsonBodyType } from 'msw'
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest'
import { z } from '@/api/zod'
import { i18n } from '@/i18n'
import { DEMO_PROJECT_ID } from '@/lib/demo-project'
import { server, simStore } from '@/mocks/node'
import { createSeed } from '@/mocks/seed'
import { toPool } from '@/mocks/simulator/views'
import patchPoolResponse from '@/test/fixtures/public/patch-pool.response.200.json'
import { ApiError, apiUrl, parseRetryAfter, projectPath, request, TIMEOUT_MS } from './http'
import { listFlavors } from './flavors'
import { listNodes } from './nodes'
import { listPools, poolSchema } from './pools'

const P = DEMO_PROJECT_ID
/** The browser's name for the project: its region. */
const R = 'cn-north-4'

/** Runs a call that must fail and hands back what it failed with. */
async function failure(call: Promise<unknown>): Promise<unknown> {
  try {
    await call
  } catch (e: unknown) {
    return e
  }
  throw new Error('expected the call to fail, but it succeeded')
}

async function apiFailure(call: Promise<unknown>): Promise<ApiError> {
  const err = await failure(call)
  if (!(err instanceof ApiError)) throw new Error(`expected an ApiError, got ${String(err)}`)
  return err
}

interface Captured {
  method: string
  contentType: string | null
  accept: string | null
  body: string
}

/** Answers every ModelArts request with `answer` and remembers what was sent. */
function capture(answer: JsonBodyType = patchPoolResponse): Captured[] {
  const seen: Captured[] = []
  server.use(
    http.all('/api/modelarts/*', async ({ request: req }) => {
      seen.push({
        method: req.method,
        contentType: req.headers.get('content-type'),
        accept: req.headers.get('accept'),
        body: await req.text(),
      })
      return HttpResponse.json(answer)
    }),
  )
  return seen
}

describe('request', () => {
  it('turns a ModelArts error body into an ApiError with status, code and message', async () => {
    server.use(
      http.get('/api/modelarts/v2/x/pools/missing', () =>
        HttpResponse.json(
          { error_code: 'ModelArts.50015001', error_msg: 'pool not found' },
          { status: 404 },
        ),
      ),
    )
    const err = await apiFailure(request({ path: '/v2/x/pools/missing', schema: z.unknown() }))
    expect(err).toMatchObject({
      status: 404,
      code: 'ModelArts.50015001',
      message: 'pool not found',
      kind: 'http',
    })
    expect(err.retryable).toBe(false)
  })

  it('sends a POST body as JSON with Content-Type application/json', async () => {
    const seen = capture()
    await request({
      method: 'POST',
      path: '/v2/x/pools',
      body: { kind: 'Pool', spec: { scope: ['Infer'] } },
      schema: poolSchema,
    })
    expect(seen).toEqual([
      {
        method: 'POST',
        contentType: 'application/json',
        accept: 'application/json',
        body: '{"kind":"Pool","spec":{"scope":["Infer"]}}',
      },
    ])
  })

  it('sends a PATCH body as a JSON merge patch', async () => {
    let contentType: string | null = null
    let body: unknown
    server.use(
      http.patch('/api/modelarts/v2/:project/pools/:pool', async ({ request: req, params }) => {
        contentType = req.headers.get('content-type')
        body = await req.json()
        expect(params.pool).toBe('pool-a')
        return HttpResponse.json(patchPoolResponse)
      }),
    )
    const patch = { spec: { resources: [{ flavor: 'modelarts.vm.cpu.4ud', count: 3 }] } }
    const pool = await request({
      method: 'PATCH',
      path: '/v2/x/pools/pool-a',
      body: patch,
      schema: poolSchema,
    })
    expect(contentType).toBe('application/merge-patch+json')
    expect(body).toEqual(patch)
    expect(pool.metadata.name).toBe(patchPoolResponse.metadata.name)
  })

  it('sends no body and no Content-Type on a GET', async () => {
    const seen = capture()
    await request({ path: '/v2/x/pools/pool-a', schema: poolSchema })
    expect(seen[0]).toMatchObject({ method: 'GET', contentType: null, body: '' })
  })

  it('puts defined query values into the URL and leaves undefined ones out', () => {
    expect(apiUrl('modelarts', '/v2/x/pools', { limit: 500, continue: undefined })).toBe(
      '/api/modelarts/v2/x/pools?limit=500',
    )
    expect(apiUrl('vpc', '/v1/x/subnets', { vpc_id: 'vpc 1' })).toBe(
      '/api/vpc/v1/x/subnets?vpc_id=vpc+1',
    )
    expect(projectPath(R, 'v2', '/pools')).toBe(`/v2/${R}/pools`)
  })

  it('turns a non-JSON error body into an ApiError coded by its HTTP status', async () => {
    server.use(
      http.get(
        '/api/modelarts/v2/x/pools',
        () =>
          new HttpResponse('<html>Bad Gateway</html>', {
            status: 502,
            statusText: 'Bad Gateway',
            headers: { 'Content-Type': 'text/html' },
          }),
      ),
    )
    const err = await apiFailure(request({ path: '/v2/x/pools', schema: z.unknown() }))
    expect(err).toMatchObject({ status: 502, code: 'HTTP.502', kind: 'http' })
    expect(err.message).toContain('502')
    expect(err.retryable).toBe(true)
  })

  it('turns an empty error body into an ApiError coded by its HTTP status', async () => {
    server.use(
      http.delete('/api/modelarts/v2/x/pools/a', () => new HttpResponse(null, { status: 403 })),
    )
    const err = await apiFailure(
      request({ method: 'DELETE', path: '/v2/x/pools/a', schema: z.unknown() }),
    )
    expect(err).toMatchObject({ status: 403, code: 'HTTP.403', kind: 'http' })
    expect(err.unauthorized).toBe(true)
  })

  it('turns a network failure into a retryable ApiError with status 0', async () => {
    server.use(http.get('/api/modelarts/v2/x/pools', () => HttpResponse.error()))
    const err = await apiFailure(request({ path: '/v2/x/pools', schema: z.unknown() }))
    expect(err).toMatchObject({ status: 0, kind: 'network', code: 'NETWORK' })
    expect(err.message).toMatch(/could not be reached/)
    expect(err.retryable).toBe(true)
  })

  it('words a failure that comes back before the catalog holding its words', async () => {
    // At boot the landing list is asked for while the catalogs are still loading.
    const words = i18n.getResourceBundle('en', 'pools') as object
    i18n.removeResourceBundle('en', 'pools')
    onTestFinished(() => void i18n.addResourceBundle('en', 'pools', words))
    server.use(http.get('/api/modelarts/v2/x/pools', () => new HttpResponse(null, { status: 503 })))
    const err = await apiFailure(request({ path: '/v2/x/pools', schema: z.unknown() }))
    expect(err.message).toBe('The service answered 503 Service Unavailable.')
  })

  it('lets an aborted request reject as an abort, not as a network failure', async () => {
    capture()
    const controller = new AbortController()
    controller.abort()
    const err = await failure(
      request({ path: '/v2/x/pools', schema: z.unknown(), signal: controller.signal }),
    )
    expect(err).not.toBeInstanceOf(ApiError)
    expect(err).toHaveProperty('name', 'AbortError')
  })

  it('turns a 200 answer that does not match the schema into an invalid-response error', async () => {
    server.use(
      http.get('/api/modelarts/v2/x/pools/a', () => HttpResponse.json({ kind: 'Pool', spec: 42 })),
    )
    const err = await apiFailure(request({ path: '/v2/x/pools/a', schema: poolSchema }))
    expect(err).toMatchObject({ status: 200, kind: 'invalid-response', code: 'INVALID_RESPONSE' })
    expect(err.message).toContain('GET /v2/x/pools/a')
    expect(err.retryable).toBe(false)
  })

  it('keeps the request ID the service answered with, for support', async () => {
    server.use(
      http.get('/api/modelarts/v2/x/pools', () =>
        HttpResponse.json(
          { error_code: 'ModelArts.50005000', error_msg: 'internal error' },
          { status: 500, headers: { 'X-Request-Id': 'a1b2c3' } },
        ),
      ),
    )
    const err = await apiFailure(request({ path: '/v2/x/pools', schema: z.unknown() }))
    expect(err.requestId).toBe('a1b2c3')
  })

  it('returns the parsed answer when it matches the schema', async () => {
    capture({ items: [1, 2, 3], extra: true })
    const out = await request({
      path: '/v2/x/things',
      schema: z.object({ items: z.array(z.number()) }),
    })
    expect(out).toEqual({ items: [1, 2, 3] })
  })
})

describe('ApiError.retryable', () => {
  const make = (status: number) =>
    new ApiError({ status, code: `HTTP.${status}`, message: 'x', kind: 'http' })

  it.each([500, 502, 503, 429])(
    'is true for %i, when the service was busy or throttled',
    (status) => {
      expect(make(status).retryable).toBe(true)
    },
  )

  it.each([400, 401, 404, 409])('is false for %i, which a retry cannot fix', (status) => {
    expect(make(status).retryable).toBe(false)
  })

  it('is true for a ModelArts busy answer that arrives through request()', async () => {
    server.use(
      http.get('/api/modelarts/v2/x/pools', () =>
        HttpResponse.json(
          { error_code: 'ModelArts.5039', error_msg: 'service busy' },
          { status: 500 },
        ),
      ),
    )
    const err = await apiFailure(request({ path: '/v2/x/pools', schema: z.unknown() }))
    expect(err).toMatchObject({ status: 500, code: 'ModelArts.5039', message: 'service busy' })
    expect(err.retryable).toBe(true)
  })
})

describe('timeouts', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  /** A service that takes the request and never answers. */
  const hang = (method: 'get' | 'post') =>
    server.use(http[method]('/api/modelarts/v2/x/pools', () => new Promise<never>(() => {})))

  it('gives up on a read that hangs after the read timeout, as a retryable timeout', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    hang('get')
    const call = apiFailure(request({ path: '/v2/x/pools', schema: z.unknown() }))
    await vi.advanceTimersByTimeAsync(TIMEOUT_MS.read - 1)
    let settled = false
    void call.then(() => (settled = true))
    await Promise.resolve()
    expect(settled).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    const err = await call
    expect(err).toMatchObject({ status: 0, kind: 'timeout', code: 'TIMEOUT' })
    expect(err.message).toBe('The service did not answer within 15 seconds.')
    expect(err.retryable).toBe(true)
    expect(err.outcomeUnknown).toBe(false)
  })

  it('waits longer for a change, and then calls its outcome unknown, not failed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    hang('post')
    const call = apiFailure(
      request({ method: 'POST', path: '/v2/x/pools', body: {}, schema: z.unknown() }),
    )
    await vi.advanceTimersByTimeAsync(TIMEOUT_MS.write)
    const err = await call
    expect(TIMEOUT_MS.write).toBeGreaterThan(TIMEOUT_MS.read)
    expect(err).toMatchObject({ kind: 'timeout', method: 'POST' })
    expect(err.outcomeUnknown).toBe(true)
  })

  it('still lets the caller abort before the timeout, as an abort', async () => {
    hang('get')
    const controller = new AbortController()
    const call = failure(
      request({ path: '/v2/x/pools', schema: z.unknown(), signal: controller.signal }),
    )
    controller.abort()
    expect(await call).toHaveProperty('name', 'AbortError')
  })
})

describe('the outcome of a change', () => {
  const write = (answer: () => Response) => {
    server.use(http.delete('/api/modelarts/v2/x/pools/a', answer))
    return apiFailure(request({ method: 'DELETE', path: '/v2/x/pools/a', schema: poolSchema }))
  }

  it('is unknown when the answer is a 200 the console cannot read', async () => {
    const err = await write(() => HttpResponse.json({ kind: 'Pool', spec: 42 }))
    expect(err.kind).toBe('invalid-response')
    expect(err.outcomeUnknown).toBe(true)
  })

  it('is unknown when the connection drops or a gateway answers with its own page', async () => {
    expect((await write(() => HttpResponse.error())).outcomeUnknown).toBe(true)
    const page = await write(
      () => new HttpResponse('<html><body>502 Bad Gateway</body></html>', { status: 502 }),
    )
    expect(page).toMatchObject({ status: 502, code: 'HTTP.502' })
    expect(page.outcomeUnknown).toBe(true)
    expect(
      (
        await write(() =>
          HttpResponse.json(
            { error_code: 'Console.ProxyNoAnswer', error_msg: 'x' },
            { status: 504 },
          ),
        )
      ).outcomeUnknown,
    ).toBe(true)
  })

  it('is unknown when the API gateway, not the service, answers a 502 in JSON', async () => {
    const err = await write(() =>
      HttpResponse.json(
        { error_code: 'APIG.0201', error_msg: 'Backend unavailable' },
        { status: 502 },
      ),
    )
    expect(err).toMatchObject({ code: 'APIG.0201', fromService: false })
    expect(err.outcomeUnknown).toBe(true)
  })

  it('is known when the service itself said no, even with a 5xx', async () => {
    const busy = await write(() =>
      HttpResponse.json({ error_code: 'ModelArts.5039', error_msg: 'busy' }, { status: 503 }),
    )
    expect(busy.outcomeUnknown).toBe(false)
    const conflict = await write(() =>
      HttpResponse.json({ error_code: 'ModelArts.50015001', error_msg: 'x' }, { status: 409 }),
    )
    expect(conflict.outcomeUnknown).toBe(false)
  })

  it('is never unknown for a read: a read can simply be asked again', async () => {
    server.use(http.get('/api/modelarts/v2/x/pools/a', () => HttpResponse.error()))
    const err = await apiFailure(request({ path: '/v2/x/pools/a', schema: poolSchema }))
    expect(err.outcomeUnknown).toBe(false)
  })
})

describe('Retry-After', () => {
  it('reads delay-seconds and HTTP dates, and ignores what is neither', () => {
    const now = Date.parse('2026-12-02T10:00:00Z')
    expect(parseRetryAfter('6', now)).toBe(6000)
    expect(parseRetryAfter(' 0 ', now)).toBe(0)
    expect(parseRetryAfter('Wed, 02 Dec 2026 10:00:20 GMT', now)).toBe(20_000)
    expect(parseRetryAfter('Wed, 02 Dec 2026 09:00:00 GMT', now)).toBe(0)
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter('-3', now)).toBeUndefined()
    expect(parseRetryAfter(null, now)).toBeUndefined()
  })

  it('is kept on a 429 or 503 ApiError, and only there', async () => {
    const answer = (status: number) =>
      server.use(
        http.get('/api/modelarts/v2/x/pools', () =>
          HttpResponse.json(
            { error_code: 'APIGW.0308', error_msg: 'throttled' },
            { status, headers: { 'Retry-After': '6' } },
          ),
        ),
      )
    answer(429)
    expect(
      (await apiFailure(request({ path: '/v2/x/pools', schema: z.unknown() }))).retryAfterMs,
    ).toBe(6000)
    answer(503)
    expect(
      (await apiFailure(request({ path: '/v2/x/pools', schema: z.unknown() }))).retryAfterMs,
    ).toBe(6000)
    answer(500)
    expect(
      (await apiFailure(request({ path: '/v2/x/pools', schema: z.unknown() }))).retryAfterMs,
    ).toBeUndefined()
  })
})

describe('paging through the simulated service', () => {
  /** Records the query of every request to `path` and lets the simulator answer it. */
  function recordQueries(path: string): URLSearchParams[] {
    const queries: URLSearchParams[] = []
    server.use(
      http.get(path, ({ request: req }) => {
        queries.push(new URL(req.url).searchParams)
        // No answer: the request falls through to the simulator.
      }),
    )
    return queries
  }

  const poolsPath = `/api/modelarts/v2/${R}/pools`
  /** Only the unfiltered list (creating and created pools); `status=failed` is asked apart. */
  const unfiltered = (queries: URLSearchParams[]) => queries.filter((q) => !q.has('status'))

  it('listPools follows continue tokens until every pool of a large project is back', async () => {
    const seed = createSeed({ now: Date.now(), scenario: 'large' })
    simStore.replace(seed)
    const queries: URLSearchParams[] = []
    // A server that pages at 500 whatever the client asks: the client must follow `continue`.
    server.use(
      http.get(poolsPath, ({ request }) => {
        const url = new URL(request.url)
        queries.push(url.searchParams)
        if (url.searchParams.get('status') === 'failed')
          return HttpResponse.json({ kind: 'PoolList', items: [] })
        const offset = Number(url.searchParams.get('continue') ?? 0)
        const all = seed.pools.slice(offset, offset + 500).map((p) => toPool(seed, p, Date.now()))
        const next = offset + 500 < seed.pools.length ? String(offset + 500) : undefined
        return HttpResponse.json({
          apiVersion: 'v2',
          kind: 'PoolList',
          metadata: next ? { continue: next } : {},
          items: all,
        })
      }),
    )

    const { items: pools } = await listPools(R)

    expect(pools).toHaveLength(seed.pools.length)
    expect(seed.pools.length).toBeGreaterThan(2000)
    expect(new Set(pools.map((p) => p.metadata.name))).toEqual(new Set(seed.pools.map((p) => p.id)))
    const pages = unfiltered(queries)
    expect(pages.length).toBe(Math.ceil(seed.pools.length / 500))
    expect(pages[0]?.get('continue')).toBeNull()
    expect(pages.slice(1).map((q) => q.get('continue'))).toEqual(['500', '1000', '1500', '2000'])
  })

  it('stops when the service hands the same continue token back, and lists each pool once', async () => {
    const seed = createSeed({ now: Date.now() })
    const queries: URLSearchParams[] = []
    // A service that ignores `continue`: every answer is the whole list with the same token.
    server.use(
      http.get(poolsPath, ({ request }) => {
        queries.push(new URL(request.url).searchParams)
        return HttpResponse.json({
          kind: 'PoolList',
          metadata: { continue: 'same-token' },
          items: seed.pools.map((p) => toPool(seed, p, Date.now())),
        })
      }),
    )
    const { items: pools } = await listPools(R)
    expect(pools).toHaveLength(seed.pools.length)
    // The first page, and the one with the token that then came back: never a third.
    expect(unfiltered(queries)).toHaveLength(2)
  })

  it('lists the pools whose creation failed apart, with status=failed', async () => {
    const queries = recordQueries(poolsPath)
    const { items: current } = await listPools(R)
    const { items: failed } = await listPools(R, undefined, 'failed')
    const name = (p: { metadata: { labels?: Record<string, string> } }) =>
      p.metadata.labels?.['os.modelarts/name']
    expect(current.map(name)).not.toContain('a100-burst')
    expect(failed.map(name)).toEqual(['a100-burst'])
    expect(failed[0]?.status?.phase).toBe('CreationFailed')
    expect(queries.map((q) => q.get('status'))).toEqual([null, 'failed'])
  })

  it('listPools gets a large project in one request when the server does not page', async () => {
    const seed = createSeed({ now: Date.now(), scenario: 'large' })
    simStore.replace(seed)
    const queries = recordQueries(poolsPath)
    const { items: pools } = await listPools(R)
    // All but the one whose creation failed, which only `status=failed` lists.
    expect(pools).toHaveLength(seed.pools.filter((p) => p.failedAt === undefined).length)
    expect(seed.pools.length).toBeGreaterThan(2000)
    expect(unfiltered(queries)).toHaveLength(1)
  })

  it('listFlavors asks for pages of 500 and follows continue', async () => {
    const seed = createSeed({ now: Date.now() })
    const many = Array.from({ length: 501 }, (_, i) => ({
      ...seed.flavors[0]!,
      metadata: { name: `modelarts.vm.cpu.x${i}`, labels: {} },
    }))
    simStore.replace({ ...seed, flavors: many })
    const queries = recordQueries(`/api/modelarts/v1/${R}/resourceflavors`)
    const flavors = await listFlavors(R)
    expect(flavors).toHaveLength(501)
    expect(queries.map((q) => [q.get('limit'), q.get('continue')])).toEqual([
      ['500', null],
      ['500', '500'],
    ])
  })

  it('listNodes follows continue tokens past the 500-node page size', async () => {
    const seed = createSeed({ now: Date.now(), scenario: 'large' })
    const pool = `large-cluster-500-${P}`
    const template = seed.nodes.find((n) => n.pool === pool)
    if (!template) throw new Error('the large seed has no 500-node pool')
    // One node more than a page holds.
    seed.nodes.push({ ...template, name: 'os-node-created-extra' })
    simStore.replace(seed)
    const queries = recordQueries(`/api/modelarts/v2/${R}/pools/${pool}/nodes`)

    const nodes = await listNodes(R, pool)

    expect(nodes).toHaveLength(501)
    expect(new Set(nodes.map((n) => n.metadata.name)).size).toBe(501)
    expect(queries).toHaveLength(2)
    for (const q of queries) expect(Number(q.get('limit'))).toBeLessThanOrEqual(500)
  })
})
