import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEMO_PROJECT_ID } from '@/lib/demo-project'
import {
  type FakeModelarts,
  type FakeModelartsOptions,
  startFakeModelarts,
} from './fake-modelarts-server'

const TOKEN = 'unit-test-token'
const PROJECT = 'a1b2c3d4e5f60718293a4b5c6d7e8f90'

let dir: string
let running: FakeModelarts[] = []

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'fake-modelarts-test-'))
})

afterEach(async () => {
  await Promise.all(running.map((f) => f.close()))
  running = []
  await rm(dir, { recursive: true, force: true })
})

async function start(options: Partial<FakeModelartsOptions> = {}) {
  const fake = await startFakeModelarts({
    port: 0,
    token: TOKEN,
    projectId: PROJECT,
    speed: 1,
    statePath: join(dir, 'state.json'),
    ...options,
  })
  running.push(fake)
  return fake
}

function call(
  fake: FakeModelarts,
  method: string,
  path: string,
  { body, token = TOKEN }: { body?: string | object; token?: string | null } = {},
) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (token !== null) headers['X-Auth-Token'] = token
  return fetch(`${fake.url}${path}`, {
    method,
    headers,
    body: typeof body === 'string' ? body : body && JSON.stringify(body),
  })
}

const createBody = (name: string, count = 1) => ({
  kind: 'Pool',
  apiVersion: 'v2',
  metadata: {
    labels: { 'os.modelarts/name': name, 'os.modelarts/workspace.id': '0' },
    annotations: { 'os.modelarts/description': '' },
  },
  spec: {
    type: 'Dedicate',
    scope: ['Train', 'Notebook'],
    resources: [{ flavor: 'modelarts.vm.cpu.4ud', count }],
    // The seed's isolated ModelArts network.
    network: { name: `network-7a03-${PROJECT}` },
  },
})

const poolNames = async (fake: FakeModelarts) => {
  const list = (await (await call(fake, 'GET', `/v2/${PROJECT}/pools`)).json()) as {
    items: { metadata: { labels: Record<string, string> } }[]
  }
  return list.items.map((p) => p.metadata.labels['os.modelarts/name']).sort()
}

describe('fake-modelarts', () => {
  it('answers ModelArts calls for the configured project, from the seed', async () => {
    const fake = await start()
    const res = await call(fake, 'GET', `/v2/${PROJECT}/pools`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^application\/json/)
    expect(await poolNames(fake)).toContain('llm-finetune')
  })

  it('serves the VPC API on the same port, told apart by path', async () => {
    const fake = await start()
    const vpcs = (await (await call(fake, 'GET', `/v1/${PROJECT}/vpcs`)).json()) as {
      vpcs: unknown[]
    }
    expect(vpcs.vpcs.length).toBeGreaterThan(0)
    const subnets = await call(fake, 'GET', `/v1/${PROJECT}/subnets?vpc_id=vpc-7f3a1c2e`)
    expect(await subnets.json()).toMatchObject({
      subnets: [{ vpc_id: 'vpc-7f3a1c2e' }, { vpc_id: 'vpc-7f3a1c2e' }],
    })
    expect((await call(fake, 'GET', `/v1/${PROJECT}/resourceflavors`)).status).toBe(200)
  })

  it('refuses a missing or wrong X-Auth-Token with 401 ModelArts.50001000', async () => {
    const fake = await start()
    for (const token of [null, 'wrong']) {
      const res = await call(fake, 'GET', `/v2/${PROJECT}/pools`, { token })
      expect(res.status).toBe(401)
      expect(await res.json()).toEqual({
        error_code: 'ModelArts.50001000',
        error_msg: expect.stringMatching(/token/i) as string,
      })
    }
  })

  it('answers another project with 403, as the service does', async () => {
    const fake = await start()
    const res = await call(fake, 'GET', `/v2/${DEMO_PROJECT_ID}/pools`)
    expect(res.status).toBe(403)
  })

  it('answers a body that is not JSON with 400 ModelArts.50004000 and changes nothing', async () => {
    const fake = await start()
    const before = await poolNames(fake)
    const res = await call(fake, 'POST', `/v2/${PROJECT}/pools`, { body: '{"kind": "Pool",' })
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({
      error_code: 'ModelArts.50004000',
      error_msg: 'The request body is not valid JSON.',
    })
    expect(await poolNames(fake)).toEqual(before)
  })

  it('creates, scales and deletes a pool over HTTP as time passes', async () => {
    let now = Date.UTC(2025, 0, 15, 9)
    const fake = await start({ now: () => now })
    const id = `live-unit-${PROJECT}`
    expect(
      (await call(fake, 'POST', `/v2/${PROJECT}/pools`, { body: createBody('live-unit') })).status,
    ).toBe(200)
    const phase = async () => {
      const res = await call(fake, 'GET', `/v2/${PROJECT}/pools/${id}`)
      return res.status === 404
        ? 'Gone'
        : ((await res.json()) as { status: { phase: string } }).status.phase
    }
    expect(await phase()).toBe('Creating')
    now += 9_000
    expect(await phase()).toBe('Running')

    const patch = await fetch(`${fake.url}/v2/${PROJECT}/pools/${id}`, {
      method: 'PATCH',
      headers: { 'X-Auth-Token': TOKEN, 'Content-Type': 'application/merge-patch+json' },
      body: JSON.stringify({ spec: { resources: [{ flavor: 'modelarts.vm.cpu.4ud', count: 2 }] } }),
    })
    expect(patch.status).toBe(200)
    now += 6_000
    const nodes = (await (await call(fake, 'GET', `/v2/${PROJECT}/pools/${id}/nodes`)).json()) as {
      items: { metadata: { name: string }; status: { phase: string } }[]
    }
    expect(nodes.items.map((n) => n.status.phase)).toEqual(['Available', 'Available'])

    const batch = await call(fake, 'POST', `/v2/${PROJECT}/pools/${id}/nodes/batch-delete`, {
      body: { deleteNodeNames: [nodes.items[0]!.metadata.name] },
    })
    expect(batch.status).toBe(200)
    expect((await call(fake, 'DELETE', `/v2/${PROJECT}/pools/${id}`)).status).toBe(200)
    now += 5_000
    expect(await phase()).toBe('Gone')
  })

  it('keeps every pool across a restart, from a state file replaced whole on each change', async () => {
    const statePath = join(dir, 'state.json')
    const first = await start({ statePath })
    expect(
      (await call(first, 'POST', `/v2/${PROJECT}/pools`, { body: createBody('survivor') })).status,
    ).toBe(200)
    const before = await poolNames(first)
    await first.close()

    // No temporary file is left behind, and what is on disk is the whole state.
    expect((await readdir(dir)).sort()).toEqual(['state.cn-east-3.json', 'state.json'])
    expect(JSON.parse(await readFile(statePath, 'utf8'))).toMatchObject({ projectId: PROJECT })

    const second = await start({ statePath })
    expect(await poolNames(second)).toEqual(before)
    expect(before).toContain('survivor')
  })

  it('refuses to start on a state file that is not JSON rather than overwrite it', async () => {
    const statePath = join(dir, 'state.json')
    await writeFile(statePath, '{ truncated')
    await expect(start({ statePath })).rejects.toThrow(/not valid JSON/)
    expect(await readFile(statePath, 'utf8')).toBe('{ truncated')
  })

  it('refuses a state file of another project', async () => {
    const statePath = join(dir, 'state.json')
    await (await start({ statePath, projectId: DEMO_PROJECT_ID })).close()
    running = []
    await expect(start({ statePath })).rejects.toThrow(/belongs to project/)
  })

  it('switches the accepted token through the loopback admin endpoint', async () => {
    const fake = await start()
    const res = await fetch(`${fake.url}/__admin/token`, {
      method: 'POST',
      body: JSON.stringify({ token: 'rotated' }),
    })
    expect(res.status).toBe(200)
    expect((await call(fake, 'GET', `/v1/${PROJECT}/quotas`)).status).toBe(401)
    expect((await call(fake, 'GET', `/v1/${PROJECT}/quotas`, { token: 'rotated' })).status).toBe(
      200,
    )
  })

  it('goes back to the seed through the loopback admin endpoint', async () => {
    const fake = await start()
    await call(fake, 'POST', `/v2/${PROJECT}/pools`, { body: createBody('short-lived') })
    expect(await poolNames(fake)).toContain('short-lived')
    expect((await fetch(`${fake.url}/__admin/reset`, { method: 'POST' })).status).toBe(200)
    expect(await poolNames(fake)).not.toContain('short-lived')
  })

  it('answers a health check without a token', async () => {
    const fake = await start()
    const res = await fetch(`${fake.url}/healthz`)
    expect(await res.json()).toEqual({
      status: 'ok',
      service: 'fake-modelarts',
      projectId: PROJECT,
      regions: [
        { id: 'cn-north-4', projectId: PROJECT },
        { id: 'cn-east-3', projectId: '3c9e1a7f52b84d0e9a61f2c4d8b7e053' },
      ],
    })
  })
})
