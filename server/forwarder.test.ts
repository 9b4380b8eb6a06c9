import { afterEach, describe, expect, it } from 'vitest'
import { verifySignature } from './fake-auth'
import { redact } from './forwarder'
import {
  type Seen,
  serveTestConsole,
  TEST_PROJECT,
  TEST_REGION,
  TEST_TOKEN,
  type TestConsole,
} from './test-console'
import type { ServerResponse } from 'node:http'
import { connect } from 'node:net'

const R = TEST_REGION
const AK = 'AKUNDERTEST000000001'
const SK = 'sk-under-test-0000000000000000000000001'
const keys = { HUAWEICLOUD_SDK_AK: AK, HUAWEICLOUD_SDK_SK: SK, MODELARTS_TOKEN: undefined }

const json = (res: ServerResponse, status: number, body: unknown) =>
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body))

/** An endpoint that is IAM too: it names the region's project, then answers `{ok: true}`. */
const withIam = (iam: (res: ServerResponse) => void) => (res: ServerResponse, seen: Seen) =>
  seen.url.startsWith('/v3/projects') ? iam(res) : json(res, 200, { ok: true })

describe('the live proxy', () => {
  let running: TestConsole | undefined
  afterEach(async () => {
    await running?.close()
    running = undefined
  })
  const serve = async (options: Parameters<typeof serveTestConsole>[0] = {}) =>
    (running = await serveTestConsole(options))

  it('puts the region’s project in the path and adds the token on the server side', async () => {
    // The endpoint echoes the headers it got, as a careless gateway might: none may reach the page.
    const { seen, origin } = await serve({
      answer: (res, one) =>
        res
          .writeHead(401, {
            'Content-Type': 'application/json',
            'X-Echo': String(one.headers['x-auth-token']),
          })
          .end(
            JSON.stringify({
              error_code: 'X',
              error_msg: `got ${String(one.headers['x-auth-token'])}`,
            }),
          ),
    })
    const res = await fetch(`${origin}/api/modelarts/v2/${R}/pools?limit=5&name=a b`, {
      headers: { Cookie: 'session=browser', 'X-Auth-Token': 'from-the-browser' },
    })
    expect(res.status).toBe(401)
    expect(await res.text()).toBe(JSON.stringify({ error_code: 'X', error_msg: 'got ***' }))
    await fetch(`${origin}/api/vpc/v1/${R}/vpcs`)

    expect(seen.map((s) => s.url)).toEqual([
      `/v2/${TEST_PROJECT}/pools?limit=5&name=a%20b`,
      `/v1/${TEST_PROJECT}/vpcs`,
    ])
    for (const { headers } of seen) {
      expect(headers['x-auth-token']).toBe(TEST_TOKEN)
      expect(headers.cookie).toBeUndefined()
    }
    expect(JSON.stringify([...res.headers])).not.toContain(TEST_TOKEN)
  })

  it('signs with access keys so that the gateway’s check (written apart) accepts it', async () => {
    const { seen, origin } = await serve({ env: keys })
    const body = { spec: { resources: [{ flavor: 'modelarts.vm.cpu.8ud', count: 3 }] } }
    const res = await fetch(`${origin}/api/modelarts/v2/${R}/pools/pool-a?x=1`, {
      method: 'PATCH',
      headers: { Origin: origin, 'Content-Type': 'application/json' },
      // The browser's spacing is not what gets signed and sent: the JSON is.
      body: JSON.stringify(body, null, 2),
    })
    expect(res.status).toBe(200)
    const [sent] = seen
    expect(sent?.url).toBe(`/v2/${TEST_PROJECT}/pools/pool-a?x=1`)
    expect(sent?.headers['x-auth-token']).toBeUndefined()
    expect(sent?.headers.authorization).toMatch(
      /^SDK-HMAC-SHA256 Access=AKUNDERTEST000000001, SignedHeaders=[a-z;-]*x-sdk-date/,
    )
    expect(sent?.headers['x-project-id']).toBe(TEST_PROJECT)
    const check = verifySignature(
      { method: 'PATCH', url: sent!.url, headers: sent!.headers, body: Buffer.from(sent!.body) },
      [{ ak: AK, sk: SK }],
      Date.now(),
    )
    expect(check).toEqual({ ok: true })
    expect(JSON.parse(sent!.body)).toEqual(body)
  })

  it('looks the project up in IAM once, signed, and serves the region list without secrets', async () => {
    const projects = { projects: [{ id: 'b1c2d3e4f5a6478899aabbccddeeff00', name: R }] }
    const { seen, origin } = await serve({
      env: { ...keys, MODELARTS_PROJECT_ID: undefined },
      answer: withIam((res) => json(res, 200, projects)),
    })
    await fetch(`${origin}/api/modelarts/v2/${R}/pools`)
    await fetch(`${origin}/api/modelarts/v1/${R}/quotas`)
    expect(seen.map((s) => s.url)).toEqual([
      `/v3/projects?name=${R}`,
      '/v2/b1c2d3e4f5a6478899aabbccddeeff00/pools',
      '/v1/b1c2d3e4f5a6478899aabbccddeeff00/quotas',
    ])
    expect(seen[0]?.headers.authorization).toMatch(/^SDK-HMAC-SHA256 /)
    const regions = await fetch(`${origin}/api/console/regions`)
    const text = await regions.text()
    expect(JSON.parse(text)).toEqual({
      regions: [
        {
          id: R,
          modelartsHost: expect.stringMatching(/^127\.0\.0\.1:\d+$/) as string,
          projectId: 'b1c2d3e4f5a6478899aabbccddeeff00',
        },
      ],
      credentials: 'access-keys',
    })
    expect(text).not.toContain(AK)
    expect(text).not.toContain(SK)
  })

  it('answers with the gateway’s own refusal when IAM refuses the key, never echoing a secret', async () => {
    const refusal = {
      error_code: 'APIGW.0301',
      error_msg: `Incorrect IAM authentication information: verify aksk signature fail, ak ${AK}`,
    }
    const { seen, origin } = await serve({
      env: { ...keys, MODELARTS_PROJECT_ID: undefined },
      answer: withIam((res) => json(res, 401, refusal)),
    })
    const res = await fetch(`${origin}/api/modelarts/v2/${R}/pools`)
    expect(res.status).toBe(401)
    const text = await res.text()
    expect(JSON.parse(text)).toEqual({
      error_code: 'APIGW.0301',
      error_msg: 'Incorrect IAM authentication information: verify aksk signature fail, ak ***',
    })
    // Not asked again right away: five refusals in a row would lock the key.
    await fetch(`${origin}/api/modelarts/v2/${R}/pools`)
    expect(seen).toHaveLength(1)
  })

  it('asks IAM for the project of exactly that name, never another', async () => {
    const projects = { projects: [{ id: 'ffff0000ffff0000ffff0000ffff0000', name: `${R}_team` }] }
    const { seen, origin } = await serve({
      env: { ...keys, MODELARTS_PROJECT_ID: undefined },
      answer: withIam((res) => json(res, 200, projects)),
    })
    const res = await fetch(`${origin}/api/modelarts/v2/${R}/pools`)
    expect(res.status).toBe(404)
    expect(await res.json()).toMatchObject({ error_code: 'Console.NoSuchProject' })
    expect(seen.map((s) => s.url)).toEqual([`/v3/projects?name=${R}`])
  })

  it('stops using a refused key for a while, and says in the terminal what to fix', async () => {
    const lines: string[] = []
    const refusal = {
      error_code: 'APIGW.0301',
      error_msg: `Incorrect IAM authentication information: verify aksk signature fail, sk ${SK}`,
    }
    const { seen, origin } = await serve({
      env: keys,
      answer: (res) => json(res, 401, refusal),
      log: (line) => lines.push(line),
    })
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${origin}/api/modelarts/v2/${R}/pools`)
      expect(res.status).toBe(401)
      expect(await res.json()).toMatchObject({ error_code: 'APIGW.0301' })
    }
    // One refusal reached the gateway; the others were answered with it, unsent.
    expect(seen).toHaveLength(1)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(
      /^✗ cn-north-4: the signature was refused .*HUAWEICLOUD_SDK_SK does not belong/,
    )
    expect(lines.join()).not.toContain(SK)
    expect(lines.join()).not.toContain(AK)
  })

  it('refuses an absolute-form request target, which would slip past the allow-list', async () => {
    const { seen, origin } = await serve()
    const { port } = new URL(origin)
    const reply = await new Promise<string>((done) => {
      const socket = connect(Number(port), '127.0.0.1', () =>
        socket.end(
          `DELETE http://x/api/modelarts/v1/${R}/notebooks/x HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: 0\r\n\r\n`,
        ),
      )
      let text = ''
      socket.on('data', (d: Buffer) => (text += d.toString()))
      socket.on('close', () => done(text))
    })
    expect(reply).toMatch(/^HTTP\/1\.1 400/)
    expect(reply).toContain('Console.BadRequest')
    expect(seen).toEqual([])
  })

  it('lives through a browser that goes away mid-upload', async () => {
    const { seen, origin } = await serve()
    const { port } = new URL(origin)
    await new Promise<void>((done) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(
          `POST /api/modelarts/v2/${R}/pools HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: ${origin}\r\n` +
            'Content-Type: application/json\r\nContent-Length: 5000\r\n\r\n{"kind":',
        )
        setTimeout(() => {
          socket.destroy()
          done()
        }, 100)
      })
    })
    // Still up, and nothing half-sent went on.
    const res = await fetch(`${origin}/api/modelarts/v2/${R}/pools`)
    expect(res.status).toBe(200)
    expect(seen.map((s) => s.method)).toEqual(['GET'])
  })

  it('answers 502 with a ModelArts-shaped error when the endpoint cannot be reached', async () => {
    const { origin } = await serve()
    await running!.stopUpstream()
    const res = await fetch(`${origin}/api/modelarts/v1/${R}/quotas`)
    expect(res.status).toBe(502)
    expect(await res.json()).toEqual({
      error_code: 'Console.ProxyError',
      error_msg: expect.stringMatching(
        /could not reach 127\.0\.0\.1:\d+ \(ECONNREFUSED\)/,
      ) as string,
    })
  })
})

describe('redact', () => {
  it('replaces every occurrence of every secret', () => {
    expect(redact('ak AK1 sk SK1 again AK1', ['AK1', 'SK1', ''])).toBe('ak *** sk *** again ***')
  })
})
