import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { type FakeModelarts, startFakeModelarts } from './fake-modelarts-server'
import { authenticate } from './signing'

/**
 * fake-modelarts as the gateway: the console's signer (the SDK's) against the fake's own check of
 * the documented algorithm, IAM's project lookup, and two regions as two projects.
 */

const PROJECT = 'a1b2c3d4e5f60718293a4b5c6d7e8f90'
const EAST = '3c9e1a7f52b84d0e9a61f2c4d8b7e053'
const KEY = { ak: 'AKFAKETEST0000000001', sk: 'fake-test-secret-000000000000000000001' }

let dir: string
let fake: FakeModelarts
let now: number

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fake-modelarts-auth-'))
  now = Date.now()
  fake = await startFakeModelarts({
    port: 0,
    token: 'unused-token',
    keys: [KEY],
    projectId: PROJECT,
    speed: 1,
    statePath: join(dir, 'state.json'),
    now: () => now,
  })
})

afterEach(async () => {
  await fake.close()
  await rm(dir, { recursive: true, force: true })
})

/** A request signed as the console's server signs it. */
async function signed(
  method: string,
  path: string,
  {
    sk = KEY.sk,
    at = new Date(now),
    body,
    sentBody,
  }: { sk?: string; at?: Date; body?: unknown; sentBody?: string } = {},
) {
  const url = new URL(`${fake.url}${path}`)
  const headers = authenticate(
    { kind: 'aksk', ak: KEY.ak, sk },
    {
      method,
      url,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json;charset=UTF-8' },
      body,
    },
    at,
  )
  delete headers.host
  const res = await fetch(url, {
    method,
    headers,
    body: sentBody ?? (body === undefined ? undefined : JSON.stringify(body)),
  })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

const names = (list: Record<string, unknown>) =>
  (list.items as { metadata: { labels: Record<string, string> } }[])
    .map((p) => p.metadata.labels['os.modelarts/name'])
    .sort()

describe('fake-modelarts as the gateway', () => {
  it('accepts a request the SDK signer signed, query included', async () => {
    const res = await signed('GET', `/v2/${PROJECT}/pools?limit=50`)
    expect(res.status).toBe(200)
    expect(names(res.body)).toContain('llm-finetune')
  })

  it('refuses a wrong secret key, a stale date and a tampered body with APIGW.0301', async () => {
    const wrong = await signed('GET', `/v2/${PROJECT}/pools`, { sk: 'not-the-secret' })
    expect(wrong).toMatchObject({
      status: 401,
      body: {
        error_code: 'APIGW.0301',
        error_msg: 'Incorrect IAM authentication information: verify aksk signature fail',
        request_id: expect.stringMatching(/^[0-9a-f]{32}$/) as string,
      },
    })
    const stale = await signed('GET', `/v2/${PROJECT}/pools`, {
      at: new Date(now - 20 * 60_000),
    })
    expect(stale.status).toBe(401)
    expect(stale.body.error_msg).toMatch(/signature expired, signature time:\d{8}T\d{6}Z/)

    const body = { metadata: { labels: { 'os.modelarts/name': 'signed-pool' } } }
    const tampered = await signed('POST', `/v2/${PROJECT}/pools`, {
      body,
      sentBody: JSON.stringify({ ...body, spec: { resources: [{ count: 500 }] } }),
    })
    expect(tampered).toMatchObject({ status: 401, body: { error_code: 'APIGW.0301' } })
  })

  it('names each region’s project through IAM, and none for an unknown region', async () => {
    const east = await signed('GET', '/v3/projects?name=cn-east-3')
    expect(east.status).toBe(200)
    expect(east.body.projects).toEqual([
      expect.objectContaining({ id: EAST, name: 'cn-east-3', enabled: true }),
    ])
    const unknown = await signed('GET', '/v3/projects?name=cn-nowhere-9')
    expect(unknown).toMatchObject({ status: 200, body: { projects: [] } })
  })

  it('keeps the second region’s pools apart from the first’s', async () => {
    const east = await signed('GET', `/v2/${EAST}/pools`)
    expect(names(east.body)).toEqual(['east-batch-infer', 'east-train-t4'])
    const north = await signed('GET', `/v2/${PROJECT}/pools`)
    expect(names(north.body)).not.toContain('east-batch-infer')
  })
})
