// Pools: creation and its rules, a pool over time, deletion.
// (Over 300 lines: creation is the seam with the most documented rules, one case each.)
import { describe, expect, it } from 'vitest'

import { buildCreatePoolBody, poolSchema } from '@/api/pools'
import { quotasSchema } from '@/api/quotas'

import { iso } from './answers'

import {
  AZ1,
  AZ2,
  errorOf,
  idOf,
  ISOLATED_NETWORK,
  P,
  project,
  S,
  T0,
  phases,
  reasons,
} from '../test-project'

/* ================================================================== create */

describe('creating a pool', () => {
  it('answers the new pool as Creating with its name, description and scope', () => {
    const sim = project()
    const answer = sim.create({ name: 'team-a', description: 'Team A', count: 2 })
    expect(answer.status).toBe(200)
    const pool = poolSchema.parse(answer.body)
    expect(pool.metadata.name).toBe(idOf('team-a'))
    expect(pool.metadata.labels?.['os.modelarts/name']).toBe('team-a')
    expect(pool.metadata.annotations?.['os.modelarts/description']).toBe('Team A')
    expect(pool.metadata.creationTimestamp).toBe(iso(T0))
    expect(pool.spec.scope).toEqual(['Train', 'Notebook'])
    expect(pool.status?.phase).toBe('Creating')
    expect(pool.status?.resources?.creating?.[0]?.count).toBe(2)
    expect(sim.listPools().items.map((p) => p.metadata.name)).toContain(idOf('team-a'))
  })

  it.each([
    ['abc', 'too short'],
    ['a'.repeat(33), 'too long'],
    ['a'.repeat(64), 'too long for the API, though the seed console took it'],
    ['Team-A', 'capitals'],
    ['team_a', 'an underscore'],
    ['my pool', 'a space'],
    ['pool.v2', 'a dot'],
    ['资源池名称', 'non-Latin letters'],
    ['1pool', 'a digit first'],
    ['pool-', 'a hyphen last'],
  ])('refuses the name %j (%s) with 400 ModelArts.50004000 on the name', (name) => {
    const sim = project()
    const before = sim.state.pools.length
    const err = errorOf(sim.create({ name }))
    expect(err).toMatchObject({ status: 400, error_code: 'ModelArts.50004000' })
    expect(err.error_msg).toMatch(/^metadata\.labels\.os\.modelarts\/name: /)
    expect(sim.state.pools).toHaveLength(before)
  })

  it.each(['abcd', 'a'.repeat(32), 'team-a-01'])('accepts the name %j', (name) => {
    expect(project().create({ name }).status).toBe(200)
  })

  it('refuses a description longer than 256 characters and accepts one of exactly 256', () => {
    const sim = project()
    const err = errorOf(sim.create({ description: 'd'.repeat(257) }))
    expect(err).toMatchObject({ status: 400, error_code: 'ModelArts.50004000' })
    expect(err.error_msg).toMatch(/description/)
    expect(sim.create({ description: 'd'.repeat(256) }).status).toBe(200)
  })

  it.each(['!', '<', '>', '=', '&', '"', "'"])('refuses a description containing %s', (char) => {
    const err = errorOf(project().create({ description: `GPU pool ${char} team` }))
    expect(err).toMatchObject({ status: 400, error_code: 'ModelArts.50004000' })
    expect(err.error_msg).toMatch(/description/)
  })

  it('refuses a name already used in the project with 409 ModelArts.50015000', () => {
    const sim = project()
    const err = errorOf(sim.create({ name: 'llm-finetune' }))
    expect(err).toMatchObject({ status: 409, error_code: 'ModelArts.50015000' })
    expect(err.error_msg).toContain('llm-finetune')
  })

  it('refuses a second pool with the name of one it just created', () => {
    const sim = project()
    expect(sim.create({ name: 'twice' }).status).toBe(200)
    expect(errorOf(sim.create({ name: 'twice' }, { at: T0 + S })).error_code).toBe(
      'ModelArts.50015000',
    )
  })

  it('refuses an unknown flavor with 400 ModelArts.50004000', () => {
    const err = errorOf(project().create({ flavor: 'modelarts.vm.gpu.h100' }))
    expect(err).toMatchObject({ status: 400, error_code: 'ModelArts.50004000' })
    expect(err.error_msg).toContain('modelarts.vm.gpu.h100')
  })

  it('refuses a flavor that does not serve the pool type with 400 ModelArts.50004000', () => {
    // The V100 flavor serves training and notebooks only.
    const err = errorOf(project().create({ type: 'infer', flavor: 'modelarts.vm.gpu.v100' }))
    expect(err).toMatchObject({ status: 400, error_code: 'ModelArts.50004000' })
    expect(err.error_msg).toMatch(/cannot serve Infer/)
  })

  it.each([0, 31, -1, 1.5])('refuses to create a pool with %s nodes', (count) => {
    const err = errorOf(project().create({ count }))
    expect(err).toMatchObject({ status: 400, error_code: 'ModelArts.50004000' })
    expect(err.error_msg).toMatch(/count/)
  })

  it('creates a pool with 30 nodes, the most one creation allows', () => {
    const sim = project()
    expect(sim.create({ count: 30 }).status).toBe(200)
    expect(sim.nodes(idOf('new-pool')).items).toHaveLength(30)
  })

  it('refuses a flavor sold out in every AZ with 400 ModelArts.6329', () => {
    const sim = project()
    const train = errorOf(sim.create({ flavor: 'modelarts.vm.gpu.v100' }))
    expect(train).toMatchObject({ status: 400, error_code: 'ModelArts.6329' })
    expect(train.error_msg).toMatch(/sold out/)
    const infer = errorOf(sim.create({ type: 'infer', flavor: 'modelarts.vm.arm.kunpeng.16u64' }))
    expect(infer).toMatchObject({ status: 400, error_code: 'ModelArts.6329' })
  })

  it('refuses a flavor sold out in the chosen AZ 1 but creates it in AZ 2', () => {
    const sim = project()
    const input = { type: 'infer', flavor: 'modelarts.vm.gpu.p4u8', count: 2 } as const
    const err = errorOf(sim.create({ ...input, az: AZ1 }))
    expect(err).toMatchObject({ status: 400, error_code: 'ModelArts.6329' })
    expect(err.error_msg).toContain('cn-north-4a')

    const answer = sim.create({ ...input, az: AZ2 })
    expect(answer.status).toBe(200)
    const nodes = sim.nodes(idOf('new-pool')).items
    expect(nodes.map((n) => n.status.az)).toEqual([AZ2, AZ2])
  })

  it('places randomly placed nodes only in AZs where the flavor is not sold out', () => {
    const sim = project()
    expect(sim.create({ type: 'infer', flavor: 'modelarts.vm.gpu.p4u8', count: 6 }).status).toBe(
      200,
    )
    const azs = new Set(sim.nodes(idOf('new-pool')).items.map((n) => n.status.az))
    expect(azs.has(AZ1)).toBe(false)
    expect(azs.size).toBe(2)
  })

  it('refuses an AZ the region does not have', () => {
    const err = errorOf(project().create({ type: 'infer', az: 'cn-north-9z' }))
    expect(err).toMatchObject({ status: 400, error_code: 'ModelArts.50004000' })
    expect(err.error_msg).toContain('cn-north-9z')
  })

  it('refuses a VPC, subnet and security groups per entry: only Lite pools take them', () => {
    const sim = project()
    const body = buildCreatePoolBody(
      {
        type: 'infer',
        name: 'lite-shaped',
        description: '',
        flavor: 'modelarts.vm.cpu.4ud',
        count: 1,
      },
      ISOLATED_NETWORK,
    )
    const network = {
      vpc: 'vpc-7f3a1c2e',
      subnet: 'subnet-a1b2c3d4',
      securityGroups: ['sg-11aa22bb'],
    }
    const answer = sim.send('POST', `/v2/${P}/pools`, {
      body: {
        ...body,
        spec: { ...body.spec, resources: [{ ...body.spec.resources[0], network }] },
      },
    })
    expect(errorOf(answer)).toMatchObject({ status: 400, error_code: 'ModelArts.50004000' })
    expect(errorOf(answer).error_msg).toMatch(/^spec\.resources\[0\]\.network: only Lite pools/)
  })

  it('refuses the pool beyond the quota of 15 with 400 ModelArts.0116 naming the pool quota', () => {
    const sim = project()
    const seeded = sim.state.pools.length
    for (let i = seeded; i < 15; i++) {
      expect(sim.create({ name: `fill-${i}` }).status).toBe(200)
    }
    const err = errorOf(sim.create({ name: 'one-too-many' }))
    expect(err).toMatchObject({ status: 400, error_code: 'ModelArts.0116' })
    expect(err.error_msg).toMatch(/pool quota/i)
    expect(err.error_msg).toContain('15')
    expect(sim.state.pools).toHaveLength(15)
  })

  it('refuses nodes beyond the quota of 200 with 400 ModelArts.0116 naming the node quota', () => {
    const sim = project()
    // Room for pools enough to use up the nodes.
    sim.state = { ...sim.state, quota: { ...sim.state.quota, pool: 100 } }
    const used = () =>
      quotasSchema
        .parse(sim.send('GET', `/v1/${P}/quotas`).body)
        .quotas.resources.find((q) => q.type === 'node')?.used ?? 0
    let i = 0
    while (200 - used() >= 30)
      expect(sim.create({ name: `big-${i++}`, count: 30 }).status).toBe(200)
    const left = 200 - used()

    const err = errorOf(sim.create({ name: 'over', count: left + 1 }))
    expect(err).toMatchObject({ status: 400, error_code: 'ModelArts.0116' })
    expect(err.error_msg).toMatch(/node quota/i)
    expect(err.error_msg).toContain('200')
    expect(sim.create({ name: 'exactly', count: left }).status).toBe(200)
    expect(used()).toBe(200)
  })

  it('refuses a body that is not a pool with 400 ModelArts.50004000', () => {
    const answer = project().send('POST', `/v2/${P}/pools`, { body: { kind: 'Pool' } })
    expect(errorOf(answer)).toMatchObject({ status: 400, error_code: 'ModelArts.50004000' })
  })
})

/* ================================================================== lifecycle */

describe('a new pool over time', () => {
  it('is Creating for 8 s and then Running', () => {
    const sim = project()
    sim.create({ name: 'timed', count: 2 })
    const id = idOf('timed')
    expect(sim.getPool(id, T0 + 8 * S - 1).status?.phase).toBe('Creating')
    expect(phases(sim.nodes(id).items)).toEqual(['Creating', 'Creating'])
    const pool = sim.getPool(id, T0 + 8 * S)
    expect(pool.status?.phase).toBe('Running')
    expect(pool.status?.resources?.available?.[0]?.count).toBe(2)
    expect(pool.status?.resources?.creating).toBeUndefined()
    expect(phases(sim.nodes(id).items)).toEqual(['Available', 'Available'])
  })

  it.each([2, 4, 8])(
    'is Running after 8/%i s when simulated time runs that much faster',
    (speed) => {
      const sim = project()
      sim.create({ name: 'quick' }, { speed })
      const ready = T0 + (8 * S) / speed
      expect(sim.getPool(idOf('quick'), ready - 1).status?.phase).toBe('Creating')
      expect(sim.getPool(idOf('quick'), ready).status?.phase).toBe('Running')
    },
  )

  it('writes the Creating to Running events stamped at the moment of the transition', () => {
    const sim = project()
    sim.create({ name: 'logged', count: 2 })
    // Read long after: the events still carry the moment the pool became Running.
    const events = sim.events(idOf('logged'), T0 + 60 * S)
    const running = events.find((e) => e.message.includes('to Running'))
    expect(running).toMatchObject({
      type: 'Normal',
      reason: 'PoolStatusChange',
      message: 'Pool status changed, from Creating to Running, details: .',
      firstTimestamp: iso(T0 + 8 * S),
    })
    const counts = events.find(
      (e) => e.reason === 'PoolResourcesStatusChange' && e.firstTimestamp === iso(T0 + 8 * S),
    )
    expect(counts?.message).toBe(
      `Pool resources status changed, available/abnormal/creating/deleting count from 0/0/2/0 to 2/0/0/0, timestamp: ${(T0 + 8 * S) / 1000}.`,
    )
  })

  it('lists its events newest first', () => {
    const sim = project()
    sim.create({ name: 'ordered' })
    const stamps = sim.events(idOf('ordered'), T0 + 10 * S).map((e) => e.firstTimestamp)
    expect(stamps.length).toBeGreaterThanOrEqual(3)
    expect([...stamps].sort().reverse()).toEqual(stamps)
  })

  it('writes the Running event once, however often it is asked', () => {
    const sim = project()
    sim.create({ name: 'once' })
    sim.getPool(idOf('once'), T0 + 9 * S)
    sim.getPool(idOf('once'), T0 + 10 * S)
    const running = sim
      .events(idOf('once'), T0 + 11 * S)
      .filter((e) => e.message === 'Pool status changed, from Creating to Running, details: .')
    expect(running).toHaveLength(1)
  })
})

/* ================================================================== delete pool */

describe('deleting a pool', () => {
  const finetune = idOf('llm-finetune')

  it('refuses to delete a pool that is still Creating with 400 ModelArts.2887', () => {
    const sim = project()
    sim.create({ name: 'brand-new' })
    const err = errorOf(sim.deletePool(idOf('brand-new'), T0 + S))
    expect(err).toMatchObject({ status: 400, error_code: 'ModelArts.2887' })
    expect(sim.getPool(idOf('brand-new')).status?.phase).toBe('Creating')
  })

  it('answers the pool as Deleting with its deletion time', () => {
    const answer = project().deletePool(finetune)
    expect(answer.status).toBe(200)
    const pool = poolSchema.parse(answer.body)
    expect(pool.status?.phase).toBe('Deleting')
    expect(pool.metadata.deletionTimestamp).toBe(iso(T0))
  })

  it('keeps the pool Deleting for 4 s, then answers 404 ModelArts.50015001', () => {
    const sim = project()
    sim.deletePool(finetune)
    const during = sim.getPool(finetune, T0 + 4 * S - 1)
    expect(during.status?.phase).toBe('Deleting')
    expect(phases(sim.nodes(finetune).items)).toEqual(['Deleting', 'Deleting', 'Deleting'])
    expect(sim.listPools().items.map((p) => p.metadata.name)).toContain(finetune)

    const gone = sim.send('GET', `/v2/${P}/pools/${finetune}`, { at: T0 + 4 * S })
    expect(errorOf(gone)).toMatchObject({ status: 404, error_code: 'ModelArts.50015001' })
  })

  it('drops the deleted pool from the list, its events, its workloads and the quota', () => {
    const sim = project()
    const before = sim.listPools().items.length
    const quotaBefore = sim.state.pools.length
    sim.deletePool(finetune)
    expect(reasons(sim.events(finetune, T0 + S))).toContain('PoolStatusChange')
    expect(sim.events(finetune, T0 + S)[0]?.message).toBe(
      'Pool status changed, from Running to Deleting, details: .',
    )

    const names = sim.listPools(T0 + 4 * S).items.map((p) => p.metadata.name)
    expect(names).not.toContain(finetune)
    expect(names).toHaveLength(before - 1)
    expect(sim.events(finetune)).toEqual([])
    expect(sim.send('GET', `/v2/${P}/pools/${finetune}/workloads`).status).toBe(404)
    expect(sim.state.nodes.some((n) => n.pool === finetune)).toBe(false)
    const quotas = quotasSchema.parse(sim.send('GET', `/v1/${P}/quotas`).body).quotas.resources
    expect(quotas[0]?.used).toBe(quotaBefore - 1)
  })

  it('finishes sooner when simulated time runs faster', () => {
    const sim = project()
    sim.send('DELETE', `/v2/${P}/pools/${finetune}`, { speed: 4 })
    expect(sim.getPool(finetune, T0 + S - 1).status?.phase).toBe('Deleting')
    expect(sim.send('GET', `/v2/${P}/pools/${finetune}`, { at: T0 + S }).status).toBe(404)
  })

  it('refuses to delete a pool that is already Deleting', () => {
    const sim = project()
    sim.deletePool(finetune)
    const err = errorOf(sim.deletePool(finetune, T0 + S))
    expect(err).toMatchObject({ status: 400, error_code: 'ModelArts.2887' })
  })

  it('deletes an Abnormal pool', () => {
    const sim = project()
    expect(sim.deletePool(idOf('data-prep-cpu')).status).toBe(200)
    expect(
      sim.send('GET', `/v2/${P}/pools/${idOf('data-prep-cpu')}`, { at: T0 + 4 * S }).status,
    ).toBe(404)
  })

  it('lets a name be used again once its pool is gone', () => {
    const sim = project()
    sim.deletePool(finetune)
    expect(sim.create({ name: 'llm-finetune' }, { at: T0 + S }).status).toBe(409)
    expect(sim.create({ name: 'llm-finetune' }, { at: T0 + 4 * S }).status).toBe(200)
  })
})
