import { afterEach, describe, expect, it } from 'vitest'
import { deriveVpcEndpoint, LiveConfigError, readLiveSettings } from './live-config'
import { serveTestConsole, type TestConsole } from './test-console'

const PROJECT = '0a1b2c3d4e5f40718293a4b5c6d7e8f9'
const base = {
  MODELARTS_ENDPOINT: 'https://modelarts.cn-north-4.myhuaweicloud.com',
  MODELARTS_PROJECT_ID: PROJECT,
  MODELARTS_TOKEN: 'MIIZ-token',
}

describe('readLiveSettings', () => {
  it('is demo mode without MODELARTS_ENDPOINT', () => {
    expect(readLiveSettings({}, { needToken: true })).toBeNull()
    expect(readLiveSettings({ MODELARTS_ENDPOINT: ' ' }, { needToken: true })).toBeNull()
  })

  it('reads the endpoint, the project and the token, and derives the VPC endpoint of the region', () => {
    const live = readLiveSettings(base, { needToken: true })!
    expect(live.modelarts.href).toBe('https://modelarts.cn-north-4.myhuaweicloud.com/')
    expect(live.vpc.href).toBe('https://vpc.cn-north-4.myhuaweicloud.com/')
    expect(live.projectId).toBe(PROJECT)
    expect(live.token).toBe('MIIZ-token')
  })

  it('fails fast, naming what is missing, when the endpoint is set without project or token', () => {
    const run = (env: Record<string, string>) => () => readLiveSettings(env, { needToken: true })
    expect(run({ ...base, MODELARTS_TOKEN: '' })).toThrow(LiveConfigError)
    expect(run({ ...base, MODELARTS_TOKEN: '' })).toThrow(/MODELARTS_TOKEN .* is missing/)
    expect(run({ ...base, MODELARTS_PROJECT_ID: '' })).toThrow(/MODELARTS_PROJECT_ID .* is missing/)
    expect(run({ MODELARTS_ENDPOINT: base.MODELARTS_ENDPOINT })).toThrow(
      /MODELARTS_PROJECT_ID .* and MODELARTS_TOKEN .* are missing/,
    )
  })

  it('builds without a token: only a running server needs it', () => {
    const live = readLiveSettings({ ...base, MODELARTS_TOKEN: undefined }, { needToken: false })
    expect(live?.token).toBe('')
  })

  it('says so when the endpoint is not a URL', () => {
    expect(() =>
      readLiveSettings(
        { ...base, MODELARTS_ENDPOINT: 'modelarts.cn-north-4' },
        { needToken: true },
      ),
    ).toThrow(/MODELARTS_ENDPOINT must be a URL/)
  })

  it('takes VPC_ENDPOINT as given, and asks for it when it cannot be derived', () => {
    const env = { ...base, MODELARTS_ENDPOINT: 'https://gateway.example.com' }
    expect(() => readLiveSettings(env, { needToken: true })).toThrow(/set VPC_ENDPOINT/)
    const live = readLiveSettings(
      { ...env, VPC_ENDPOINT: 'https://network.example.com' },
      { needToken: true },
    )
    expect(live?.vpc.host).toBe('network.example.com')
  })
})

describe('deriveVpcEndpoint', () => {
  it('points a loopback fake at itself: it serves both APIs on one port', () => {
    expect(deriveVpcEndpoint(new URL('http://127.0.0.1:8787'))?.href).toBe('http://127.0.0.1:8787/')
    expect(deriveVpcEndpoint(new URL('http://localhost:8787'))?.href).toBe('http://localhost:8787/')
  })
})

describe('the live proxy', () => {
  let running: TestConsole | undefined
  afterEach(async () => {
    await running?.close()
    running = undefined
  })
  const serve = async () => (running = await serveTestConsole({ project: PROJECT }))

  it('forwards /api/modelarts and /api/vpc without the prefix, adding the token on the server side', async () => {
    const { seen, origin } = await serve()
    const res = await fetch(`${origin}/api/modelarts/v2/${PROJECT}/pools?limit=5`, {
      headers: { Cookie: 'session=browser', 'X-Auth-Token': 'from-the-browser' },
    })
    expect(res.status).toBe(200)
    await fetch(`${origin}/api/vpc/v1/${PROJECT}/vpcs`)

    expect(seen.map((s) => s.url)).toEqual([`/v2/${PROJECT}/pools?limit=5`, `/v1/${PROJECT}/vpcs`])
    for (const { headers } of seen) {
      expect(headers['x-auth-token']).toBe('server-side-token')
      expect(headers.cookie).toBeUndefined()
    }
    expect(JSON.stringify([...res.headers])).not.toContain('server-side-token')
  })

  it('answers 502 with a ModelArts-shaped error when the endpoint cannot be reached', async () => {
    const { origin } = await serve()
    await running!.stopUpstream()
    const res = await fetch(`${origin}/api/modelarts/v1/${PROJECT}/quotas`)
    expect(res.status).toBe(502)
    expect(await res.json()).toEqual({
      error_code: 'Console.ProxyError',
      error_msg: expect.stringMatching(
        /could not reach 127\.0\.0\.1:\d+ \(ECONNREFUSED\)/,
      ) as string,
    })
  })
})
