import { describe, expect, it } from 'vitest'
import { canonicalRequest, verifySignature } from './fake-auth'
import { authenticate, sdkDate } from './signing'

/**
 * The signing guide's worked example ("Adding the Signature to the Request Header",
 * support.huaweicloud.com/intl/en-us/devg-apisign/api-sign-algorithm-005.html): a GET of VPCs
 * with a published AK/SK, date and resulting signature.
 */
const EXAMPLE = {
  ak: 'QTWAOYTTINDUT2QVKYUC',
  sk: 'MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc',
  url: 'https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0',
  date: new Date(Date.UTC(2019, 10, 15, 3, 36, 55)),
  authorization:
    'SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;x-sdk-date, Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe',
}
const keys = { kind: 'aksk', ak: EXAMPLE.ak, sk: EXAMPLE.sk } as const

/** The headers as the receiving side sees them: lower-case names. */
const received = (h: Record<string, string>) =>
  Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]))

describe('authenticate (the SDK signer)', () => {
  it('reproduces the signing guide’s published example signature', () => {
    const headers = authenticate(
      keys,
      { method: 'GET', url: new URL(EXAMPLE.url), headers: { 'Content-Type': 'application/json' } },
      EXAMPLE.date,
    )
    expect(headers['X-Sdk-Date']).toBe('20191115T033655Z')
    expect(headers.Authorization).toBe(EXAMPLE.authorization)
  })

  it('agrees with the fake gateway’s own implementation, body and query included', () => {
    const url = new URL('http://127.0.0.1:8788/v2/0a1b2c3d/pools/a?b=2&a=1&a=0')
    const body = { spec: { resources: [{ flavor: 'modelarts.vm.cpu.8ud', count: 3 }] }, n: 'ß 池' }
    const now = new Date()
    const headers = authenticate(
      { ...keys, securityToken: 'temporary-token' },
      {
        method: 'PATCH',
        url,
        headers: { 'Content-Type': 'application/json;charset=UTF-8', 'X-Project-Id': '0a1b2c3d' },
        body,
      },
      now,
    )
    expect(headers['X-Security-Token']).toBe('temporary-token')
    const request = {
      method: 'PATCH',
      url: `${url.pathname}${url.search}`,
      headers: received(headers),
      body: Buffer.from(JSON.stringify(body)),
    }
    const accept = [{ ak: EXAMPLE.ak, sk: EXAMPLE.sk }]
    expect(verifySignature(request, accept, now.getTime())).toEqual({ ok: true })

    // One changed byte anywhere, and the gateway refuses it.
    const tampered = { ...request, body: Buffer.from(JSON.stringify({ ...body, n: 'x' })) }
    expect(verifySignature(tampered, accept, now.getTime())).toMatchObject({
      ok: false,
      status: 401,
      body: {
        error_code: 'APIGW.0301',
        error_msg: 'Incorrect IAM authentication information: verify aksk signature fail',
      },
    })
    expect(
      verifySignature(
        { ...request, url: '/v2/0a1b2c3d/pools/b?b=2&a=1&a=0' },
        accept,
        now.getTime(),
      ),
    ).toMatchObject({ ok: false })
    expect(
      verifySignature(request, [{ ak: EXAMPLE.ak, sk: 'another-secret' }], now.getTime()),
    ).toMatchObject({ ok: false, body: { error_code: 'APIGW.0301' } })
  })

  it('is refused when the date is 15 minutes off, or the key unknown, as the gateway words it', () => {
    const now = new Date()
    const url = new URL('http://127.0.0.1:8788/v2/p/pools')
    const headers = authenticate(keys, { method: 'GET', url, headers: {} }, now)
    const request = {
      method: 'GET',
      url: '/v2/p/pools',
      headers: received(headers),
      body: Buffer.alloc(0),
    }
    const accept = [{ ak: EXAMPLE.ak, sk: EXAMPLE.sk }]
    expect(verifySignature(request, accept, now.getTime() + 16 * 60_000)).toMatchObject({
      ok: false,
      body: { error_msg: expect.stringContaining('signature expired') as string },
    })
    expect(
      verifySignature(request, [{ ak: 'OTHER', sk: EXAMPLE.sk }], now.getTime()),
    ).toMatchObject({
      ok: false,
      body: {
        error_msg:
          'Incorrect IAM authentication information: Get secretKey failed,ak:******,err:ak not exist',
      },
    })
  })

  it('signs the security token of temporary keys, which the gateway then requires', () => {
    const now = new Date()
    const url = new URL('http://127.0.0.1:8788/v2/p/pools')
    const temporary = { ak: EXAMPLE.ak, sk: EXAMPLE.sk, securityToken: 'sts-token' }
    const send = (securityToken?: string) => {
      const headers = authenticate(
        { ...keys, ...(securityToken ? { securityToken } : {}) },
        { method: 'GET', url, headers: {} },
        now,
      )
      return {
        method: 'GET',
        url: '/v2/p/pools',
        headers: received(headers),
        body: Buffer.alloc(0),
      }
    }
    expect(send('sts-token').headers['authorization']).toContain('x-security-token')
    expect(verifySignature(send('sts-token'), [temporary], now.getTime())).toEqual({ ok: true })
    expect(verifySignature(send(), [temporary], now.getTime())).toMatchObject({
      ok: false,
      body: { error_msg: expect.stringContaining('security token') as string },
    })
  })

  it('adds the token for token credentials, and signs nothing', () => {
    const headers = authenticate(
      { kind: 'token', token: 'MIIZ' },
      {
        method: 'GET',
        url: new URL('https://modelarts.cn-north-4.myhuaweicloud.com/v2/p/pools'),
        headers: {},
      },
    )
    expect(headers).toEqual({
      Host: 'modelarts.cn-north-4.myhuaweicloud.com',
      'X-Auth-Token': 'MIIZ',
    })
  })
})

describe('the canonical request (fake side)', () => {
  it('matches the guide’s hashed canonical request for its example', async () => {
    const { createHash } = await import('node:crypto')
    const canonical = canonicalRequest(
      {
        method: 'GET',
        url: '/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0',
        headers: {
          'content-type': 'application/json',
          host: 'service.region.example.com',
          'x-sdk-date': sdkDate(EXAMPLE.date),
        },
        body: Buffer.alloc(0),
      },
      ['content-type', 'host', 'x-sdk-date'],
    )
    // "b25362e6…": the guide's SHA-256 of its canonical request.
    expect(createHash('sha256').update(canonical).digest('hex')).toBe(
      'b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a',
    )
  })
})
