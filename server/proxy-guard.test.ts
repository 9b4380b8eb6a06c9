import { afterEach, describe, expect, it } from 'vitest'
import { allowedCall, fromConsolePage, MAX_BODY_BYTES } from './proxy-guard'
import { serveTestConsole, TEST_PROJECT, TEST_REGION, type TestConsole } from './test-console'

/** The browser names the project by its region; upstream, the region's project ID stands there. */
const P = TEST_REGION

describe('allowedCall', () => {
  const allowed = allowedCall([P, 'cn-east-3'])

  it('lets through every call the console makes, in its own regions', () => {
    expect(allowed('modelarts', 'GET', `/v2/${P}/pools`)).toBe(true)
    expect(allowed('modelarts', 'PATCH', `/v2/${P}/pools/pool-a`)).toBe(true)
    expect(allowed('modelarts', 'DELETE', `/v2/${P}/pools/pool-a`)).toBe(true)
    expect(allowed('modelarts', 'POST', `/v2/${P}/pools/pool-a/nodes/batch-delete`)).toBe(true)
    expect(allowed('modelarts', 'POST', `/v2/${P}/pools/pool-a/nodes/batch-lock`)).toBe(true)
    expect(allowed('modelarts', 'POST', `/v2/${P}/pools/pool-a/nodes/batch-unlock`)).toBe(true)
    expect(allowed('modelarts', 'GET', `/v2/${P}/pools/pool-a/monitor`)).toBe(true)
    expect(allowed('modelarts', 'PATCH', `/v1/${P}/networks/net-1`)).toBe(true)
    expect(allowed('vpc', 'GET', `/v1/${P}/subnets`)).toBe(true)
    expect(allowed('modelarts', 'GET', '/v2/cn-east-3/pools')).toBe(true)
  })

  it('refuses other methods, other paths, other services and other projects', () => {
    expect(allowed('modelarts', 'DELETE', `/v2/${P}/pools`)).toBe(false)
    expect(allowed('modelarts', 'PUT', `/v2/${P}/pools/pool-a`)).toBe(false)
    expect(allowed('modelarts', 'DELETE', `/v1/${P}/networks/net-1`)).toBe(false)
    expect(allowed('modelarts', 'GET', `/v1/${P}/notebooks`)).toBe(false)
    expect(allowed('modelarts', 'GET', `/v2/${P}/pools/a/b`)).toBe(false)
    // Only the node calls the console makes: not reboot, reset or the other batch actions.
    expect(allowed('modelarts', 'POST', `/v2/${P}/pools/pool-a/nodes/batch-reboot`)).toBe(false)
    expect(allowed('modelarts', 'POST', `/v2/${P}/pools/pool-a/monitor`)).toBe(false)
    expect(allowed('vpc', 'GET', `/v2/${P}/pools`)).toBe(false)
    expect(allowed('vpc', 'POST', `/v1/${P}/vpcs`)).toBe(false)
    expect(allowed('modelarts', 'GET', '/v2/another-project/pools')).toBe(false)
    expect(allowed('modelarts', 'GET', '/v2/cn-south-1/pools')).toBe(false)
    expect(allowed('modelarts', 'GET', `/v2/${TEST_PROJECT}/pools`)).toBe(false)
    expect(allowed('modelarts', 'GET', `/v3/auth/tokens`)).toBe(false)
  })

  it('refuses paths the proxy would rewrite into another API', () => {
    for (const path of [
      `/v2/${P}/pools/..\\..\\..\\v1\\${P}\\notebooks`,
      `/v2/${P}/pools/%2e%2e`,
      `/v2/${P}/pools/..`,
      `/v2/${P}/pools/.`,
      `/v2/${P}/pools/a%2Fb`,
      `/v2/${P}/pools//a`,
      `/v2/${P}/pools/.hidden`,
    ])
      expect(allowed('modelarts', 'DELETE', path), path).toBe(false)
  })
})

describe('fromConsolePage', () => {
  const req = (method: string, headers: Record<string, string>) => ({
    method,
    headers: { host: 'localhost:5173', ...headers },
  })

  it('takes the console page: same origin, by Origin and Sec-Fetch-Site', () => {
    expect(fromConsolePage(req('GET', { 'sec-fetch-site': 'same-origin' }))).toBe(true)
    expect(
      fromConsolePage(
        req('POST', { origin: 'http://localhost:5173', 'sec-fetch-site': 'same-origin' }),
      ),
    ).toBe(true)
  })

  it('refuses other sites, other ports on localhost, and changes without an Origin', () => {
    expect(fromConsolePage(req('GET', { 'sec-fetch-site': 'cross-site' }))).toBe(false)
    expect(fromConsolePage(req('GET', { 'sec-fetch-site': 'same-site' }))).toBe(false)
    expect(fromConsolePage(req('GET', { origin: 'http://localhost:9999' }))).toBe(false)
    expect(fromConsolePage(req('POST', { origin: 'https://evil.example' }))).toBe(false)
    expect(fromConsolePage(req('DELETE', { origin: 'not a url' }))).toBe(false)
    expect(fromConsolePage(req('POST', {}))).toBe(false)
    expect(fromConsolePage(req('POST', { 'sec-fetch-site': 'none' }))).toBe(false)
  })

  it('lets a plain read without browser headers through (curl, the address bar)', () => {
    expect(fromConsolePage(req('GET', {}))).toBe(true)
    expect(fromConsolePage(req('GET', { 'sec-fetch-site': 'none' }))).toBe(true)
  })
})

describe('the console server in live mode', () => {
  let running: TestConsole | undefined
  afterEach(async () => {
    await running?.close()
    running = undefined
  })

  it('answers another origin without CORS headers and without forwarding, even a preflight', async () => {
    const app = (running = await serveTestConsole())
    const url = `${app.origin}/api/modelarts/v2/${P}/pools`
    const read = await fetch(url, { headers: { Origin: 'http://localhost:9999' } })
    expect(read.status).toBe(403)
    expect(read.headers.get('access-control-allow-origin')).toBeNull()
    expect(await read.json()).toMatchObject({ error_code: 'Console.Forbidden' })
    const preflight = await fetch(url, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:9999', 'Access-Control-Request-Method': 'DELETE' },
    })
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull()
    expect(preflight.headers.get('access-control-allow-methods')).toBeNull()
    expect(app.seen).toEqual([])
  })

  it('forwards a change from the console page, and refuses one without an Origin', async () => {
    const app = (running = await serveTestConsole())
    const url = `${app.origin}/api/modelarts/v2/${P}/pools`
    const body = JSON.stringify({ kind: 'Pool' })
    const bare = await fetch(url, { method: 'POST', body })
    expect(bare.status).toBe(403)
    const own = await fetch(url, { method: 'POST', body, headers: { Origin: app.origin } })
    expect(own.status).toBe(200)
    expect(app.seen.map((s) => `${s.method} ${s.url}`)).toEqual([`POST /v2/${TEST_PROJECT}/pools`])
  })

  it('forwards only the calls the console makes', async () => {
    const app = (running = await serveTestConsole())
    const tries = [
      ['GET', `/api/modelarts/v1/${P}/notebooks`],
      ['DELETE', `/api/modelarts/v1/${P}/networks/net-1`],
      ['GET', `/api/modelarts/v2/other/pools`],
      ['GET', `/api/vpc/v2.0/${P}/vpcs`],
    ] as const
    for (const [method, path] of tries) {
      const res = await fetch(`${app.origin}${path}`, { method, headers: { Origin: app.origin } })
      expect(res.status, `${method} ${path}`).toBe(404)
      expect(await res.json()).toMatchObject({ error_code: 'Console.NotForwarded' })
    }
    expect(app.seen).toEqual([])
  })

  it('refuses a body too large to be the console’s with 413, before forwarding it', async () => {
    const app = (running = await serveTestConsole())
    const res = await fetch(`${app.origin}/api/modelarts/v2/${P}/pools`, {
      method: 'POST',
      headers: { Origin: app.origin, 'Content-Type': 'application/json' },
      body: 'x'.repeat(5 * 1024 * 1024),
    })
    expect(res.status).toBe(413)
    expect(await res.json()).toMatchObject({
      error_code: 'Console.BodyTooLarge',
      error_msg: expect.stringContaining(`at most ${MAX_BODY_BYTES}`) as string,
    })
    expect(app.seen).toEqual([])
  })

  it('sends a traversal through a pool route nowhere', async () => {
    const app = (running = await serveTestConsole())
    const res = await fetch(
      `${app.origin}/api/modelarts/v2/${P}/pools/..%5C..%5C..%5Cv1%5C${P}%5Cnotebooks`,
    )
    expect(res.status).toBe(404)
    const raw = await fetch(`${app.origin}/api/modelarts/v2/${P}/pools/%2e%2e`, {
      method: 'DELETE',
      headers: { Origin: app.origin },
    })
    expect(raw.status).toBe(404)
    expect(app.seen).toEqual([])
  })

  it('keeps its own headers over what the cloud answers, and never opens CORS', async () => {
    const app = (running = await serveTestConsole({
      answer: (res) =>
        res
          .writeHead(200, {
            'Content-Type': 'application/json',
            'Access-Control-Allow-Origin': '*',
            'Content-Security-Policy': 'default-src *',
          })
          .end('{}'),
    }))
    const res = await fetch(`${app.origin}/api/modelarts/v2/${P}/pools`)
    expect(res.status).toBe(200)
    expect(res.headers.get('access-control-allow-origin')).toBeNull()
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
  })

  it('sends security headers with the page and with every answer', async () => {
    const app = (running = await serveTestConsole())
    for (const path of ['/', '/pools', `/api/modelarts/v2/${P}/pools`]) {
      const res = await fetch(`${app.origin}${path}`)
      const csp = res.headers.get('content-security-policy') ?? ''
      expect(csp, path).toContain("frame-ancestors 'none'")
      expect(csp, path).toContain("script-src 'self'")
      expect(csp, path).not.toMatch(/script-src[^;]*unsafe-inline/)
      expect(res.headers.get('x-content-type-options')).toBe('nosniff')
      expect(res.headers.get('x-frame-options')).toBe('DENY')
      expect(res.headers.get('referrer-policy')).toBe('no-referrer')
    }
  })

  it('says 504, not "unreachable", when the endpoint took a change and then went silent', async () => {
    const app = (running = await serveTestConsole({
      answer: (res) => res.socket?.destroy(),
    }))
    const res = await fetch(`${app.origin}/api/modelarts/v2/${P}/pools/a`, {
      method: 'DELETE',
      headers: { Origin: app.origin },
    })
    expect(res.status).toBe(504)
    expect(await res.json()).toMatchObject({ error_code: 'Console.ProxyNoAnswer' })
    expect(app.seen).toHaveLength(1)
  })
})
