import { describe, expect, it } from 'vitest'
import type { PoolEvent } from '@/api/events'
import { flavorListSchema, flavorScopes } from '@/api/flavors'
import { networkListSchema } from '@/api/networks'
import type { PoolNode } from '@/api/nodes'
import { buildCreatePoolBody, type Pool, poolSchema } from '@/api/pools'
import { quotasSchema } from '@/api/quotas'
import { workloadListSchema } from '@/api/workloads'
import { createSeed } from './seed'
import { iso } from './simulator/answers'
import { AZS } from './seed-catalog'
import { AZ1, AZ2, errorOf, idOf, ISOLATED_NETWORK, P, project, S, T0 } from './test-project'

const inTab = (pools: Pool[], tab: 'train' | 'infer') =>
  pools.filter((p) =>
    tab === 'train'
      ? p.spec.scope.includes('Train') || p.spec.scope.includes('Notebook')
      : p.spec.scope.includes('Infer'),
  )

const isGpu = (pool: Pool) => (pool.spec.resources[0]?.flavor ?? '').includes('.gpu.')
const phases = (nodes: PoolNode[]) => nodes.map((n) => n.status.phase)
const reasons = (events: PoolEvent[]) => events.map((e) => e.reason)

/* ================================================================== seed */

describe('the seed', () => {
  it('lists at least three pools in each tab, with GPU and CPU pools in both', () => {
    const pools = project().listPools().items
    for (const tab of ['train', 'infer'] as const) {
      const listed = inTab(pools, tab)
      expect(listed.length).toBeGreaterThanOrEqual(3)
      expect(listed.some(isGpu)).toBe(true)
      expect(listed.some((p) => !isGpu(p))).toBe(true)
    }
  })

  it('has every seeded pool usable except one Abnormal training pool with exactly one abnormal node', () => {
    const sim = project()
    const pools = sim.listPools().items
    const abnormal = pools.filter((p) => p.status?.phase === 'Abnormal')
    expect(abnormal).toHaveLength(1)
    const [pool] = abnormal
    if (!pool) throw new Error('no Abnormal pool')
    expect(inTab([pool], 'train')).toHaveLength(1)
    expect(pools.filter((p) => p.status?.phase !== 'Abnormal').map((p) => p.status?.phase)).toEqual(
      Array(pools.length - 1).fill('Running'),
    )

    const nodes = sim.nodes(pool.metadata.name).items
    expect(phases(nodes).filter((p) => p === 'Abnormal')).toHaveLength(1)
    expect(pool.status?.resources?.abnormal?.[0]?.count).toBe(1)
    // The reason names the node, so the console can say which one to remove.
    const bad = nodes.find((n) => n.status.phase === 'Abnormal')
    expect(pool.status?.message).toContain(bad?.metadata.name)
  })

  it('has a Service Deployment pool on a ModelArts network connected to a seeded VPC', () => {
    const sim = project()
    const networks = networkListSchema.parse(sim.send('GET', `/v1/${P}/networks`).body).items
    const connected = networks.filter((n) => (n.spec.connection?.peerConnectionList ?? []).length)
    const onConnected = sim
      .listPools()
      .items.filter((p) => connected.some((n) => n.metadata.name === p.spec.network?.name))
    expect(inTab(onConnected, 'infer').length).toBeGreaterThanOrEqual(1)
    const peer = connected[0]?.spec.connection?.peerConnectionList?.[0]
    expect(sim.state.vpcs.map((v) => v.id)).toContain(peer?.peerVpcId)
    expect(sim.state.subnets.find((s) => s.id === peer?.peerSubnetId)?.vpc_id).toBe(peer?.peerVpcId)
  })

  it('runs every Standard pool in an existing ModelArts network, as the API requires', () => {
    const sim = project()
    const networks = networkListSchema.parse(sim.send('GET', `/v1/${P}/networks`).body).items
    const names = new Set(networks.map((n) => n.metadata.name))
    const standard = sim.listPools().items.filter((p) => !p.spec.network?.vpcId)
    expect(standard.length).toBeGreaterThan(0)
    for (const pool of standard) expect(names).toContain(pool.spec.network?.name)
  })

  it('has workloads on some pools and none on others', () => {
    const sim = project()
    const counts = sim.listPools().items.map((p) => {
      const answer = sim.send('GET', `/v2/${P}/pools/${p.metadata.name}/workloads`)
      return workloadListSchema.parse(answer.body).items.length
    })
    expect(counts.some((c) => c > 0)).toBe(true)
    expect(counts.some((c) => c === 0)).toBe(true)
    const finetune = sim.send('GET', `/v2/${P}/pools/${idOf('llm-finetune')}/workloads`)
    expect(workloadListSchema.parse(finetune.body).items.map((w) => w.type)).toEqual([
      'train',
      'notebook',
    ])
  })

  it('offers flavors for both pool types, one sold out everywhere and one sold out only in AZ 1', () => {
    const sim = project()
    const flavors = flavorListSchema.parse(sim.send('GET', `/v1/${P}/resourceflavors`).body).items
    const scopes = flavorScopes
    const phaseIn = (f: (typeof flavors)[number]) => AZS.map((az) => f.status?.phase?.[az])

    expect(flavors.some((f) => scopes(f).includes('Train'))).toBe(true)
    expect(flavors.some((f) => scopes(f).includes('Infer'))).toBe(true)
    expect(flavors.some((f) => phaseIn(f).every((p) => p === 'soldout'))).toBe(true)
    expect(AZ1).toBe('cn-north-4a')
    expect(
      flavors.some((f) => {
        const [a, b, c] = phaseIn(f)
        return a === 'soldout' && b === 'normal' && c === 'normal'
      }),
    ).toBe(true)
  })

  it('has VPCs with subnets, and security groups listed whatever vpc_id asks', () => {
    const sim = project()
    const vpcs = sim.send('GET', `/v1/${P}/vpcs`, { service: 'vpc' }).body as {
      vpcs: { id: string }[]
    }
    expect(vpcs.vpcs.length).toBeGreaterThanOrEqual(1)
    for (const vpc of vpcs.vpcs) {
      const q = { vpc_id: vpc.id }
      const subnets = sim.send('GET', `/v1/${P}/subnets`, { service: 'vpc', query: q }).body as {
        subnets: { vpc_id: string }[]
      }
      expect(subnets.subnets.length).toBeGreaterThanOrEqual(1)
      expect(subnets.subnets.every((s) => s.vpc_id === vpc.id)).toBe(true)
    }
    // `vpc_id` is only a hint to the VPC API: the answer holds other VPCs' groups and unbound ones.
    const groups = sim.send('GET', `/v1/${P}/security-groups`, {
      service: 'vpc',
      query: { vpc_id: vpcs.vpcs[0]!.id },
    }).body as { security_groups: { vpc_id?: string }[] }
    const owners = new Set(groups.security_groups.map((g) => g.vpc_id))
    expect(owners.size).toBeGreaterThan(2)
    expect(owners).toContain(undefined)
  })

  it('answers subnets of an unknown VPC in the VPC service own error format', () => {
    const answer = project().send('GET', `/v1/${P}/subnets`, {
      service: 'vpc',
      query: { vpc_id: 'vpc-nope' },
    })
    expect(answer.status).toBe(400)
    expect(answer.body).toEqual({
      code: 'VPC.0101',
      message: 'getVpc error vpcId is invalid: vpc-nope',
    })
  })

  it('reports quotas as strings of the documented types pool and network, and its node quota', () => {
    const sim = project()
    const raw = sim.send('GET', `/v1/${P}/quotas`).body as {
      quotas: { resources: { type: string; quota: unknown; used: unknown }[] }
    }
    expect(raw.quotas.resources.every((q) => typeof q.quota === 'string')).toBe(true)
    const quotas = quotasSchema.parse(raw).quotas.resources
    const pools = sim.state.pools.length
    expect(quotas).toEqual([
      { type: 'pool', quota: 15, used: pools },
      { type: 'network', quota: 15, used: sim.state.networks.length },
      { type: 'node', quota: 200, used: sim.state.nodes.length },
    ])
  })

  it('gives every seeded pool the events of its creation', () => {
    const sim = project()
    const events = sim.events(idOf('notebook-sandbox'))
    expect(reasons(events)).toEqual(['PoolStatusChange', 'PoolResourcesStatusChange'])
    expect(events[0]?.message).toBe('Pool status changed, from Creating to Running, details: .')
  })

  it('is the same seed every time for the same moment', () => {
    expect(createSeed({ now: T0 })).toEqual(createSeed({ now: T0 }))
  })
})

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

/* ================================================================== scale out */

describe('scaling out (PATCH merge-patch)', () => {
  const sandbox = idOf('notebook-sandbox')

  it('adds Creating nodes that become Available after 5 s', () => {
    const sim = project()
    const answer = sim.scaleTo(sandbox, 3)
    expect(answer.status).toBe(200)
    const pool = poolSchema.parse(answer.body)
    expect(pool.spec.resources[0]?.count).toBe(3)
    expect(pool.status?.resources?.creating?.[0]?.count).toBe(2)
    expect(pool.status?.phase).toBe('Running')

    expect(phases(sim.nodes(sandbox, T0 + 5 * S - 1).items).sort()).toEqual([
      'Available',
      'Creating',
      'Creating',
    ])
    expect(phases(sim.nodes(sandbox, T0 + 5 * S).items)).toEqual([
      'Available',
      'Available',
      'Available',
    ])
    const events = sim.events(sandbox)
    expect(events[0]).toMatchObject({
      reason: 'PoolResourcesStatusChange',
      message: `Pool resources status changed, available/abnormal/creating/deleting count from 1/0/2/0 to 3/0/0/0, timestamp: ${(T0 + 5 * S) / 1000}.`,
      firstTimestamp: iso(T0 + 5 * S),
    })
  })

  it('keeps the new count on the pool', () => {
    const sim = project()
    sim.scaleTo(sandbox, 4)
    const pool = sim.getPool(sandbox, T0 + 6 * S)
    expect(pool.spec.resources[0]?.count).toBe(4)
    expect(pool.status?.resources?.available?.[0]?.count).toBe(4)
  })

  it('adds nodes to the AZ a pinned pool lives in', () => {
    const sim = project()
    const id = idOf('cv-training-a100')
    expect(sim.scaleTo(id, 4).status).toBe(200)
    expect(sim.nodes(id).items.map((n) => n.status.az)).toEqual([AZ2, AZ2, AZ2, AZ2])
  })

  it('refuses a lower count with 400 and points to batch-delete', () => {
    const sim = project()
    const err = errorOf(sim.scaleTo(idOf('llm-finetune'), 2))
    expect(err).toMatchObject({ status: 400, error_code: 'ModelArts.50004000' })
    expect(err.error_msg).toMatch(/batch-delete/)
    expect(sim.nodes(idOf('llm-finetune')).items).toHaveLength(3)
  })

  it('refuses to add more than 30 nodes at once and accepts exactly 30', () => {
    const sim = project()
    const err = errorOf(sim.scaleTo(sandbox, 32))
    expect(err).toMatchObject({ status: 400, error_code: 'ModelArts.50004000' })
    expect(err.error_msg).toMatch(/at most 30/)
    expect(sim.scaleTo(sandbox, 31).status).toBe(200)
  })

  it('refuses to grow a pool beyond 100 nodes and accepts exactly 100', () => {
    const sim = project()
    expect(sim.scaleTo(sandbox, 31).status).toBe(200)
    expect(sim.scaleTo(sandbox, 61, T0 + 5 * S).status).toBe(200)
    expect(sim.scaleTo(sandbox, 91, T0 + 10 * S).status).toBe(200)
    const err = errorOf(sim.scaleTo(sandbox, 101, T0 + 15 * S))
    expect(err).toMatchObject({ status: 400, error_code: 'ModelArts.50004000' })
    expect(err.error_msg).toMatch(/at most 100/)
    expect(sim.scaleTo(sandbox, 100, T0 + 15 * S).status).toBe(200)
  })

  it('refuses nodes beyond the node quota with 400 ModelArts.0116 naming the node quota', () => {
    const sim = project()
    const used = sim.state.nodes.length
    sim.state = { ...sim.state, quota: { ...sim.state.quota, node: used + 1 } }
    const err = errorOf(sim.scaleTo(sandbox, 3))
    expect(err).toMatchObject({ status: 400, error_code: 'ModelArts.0116' })
    expect(err.error_msg).toMatch(/node quota/i)
    expect(err.error_msg).toContain(String(used + 1))
    expect(sim.scaleTo(sandbox, 2).status).toBe(200)
  })

  it('refuses an unchanged count with 400', () => {
    const err = errorOf(project().scaleTo(sandbox, 1))
    expect(err).toMatchObject({ status: 400, error_code: 'ModelArts.50004000' })
    expect(err.error_msg).toMatch(/unchanged/)
  })

  it('refuses to scale a pool that is still Creating with 400 ModelArts.2887', () => {
    const sim = project()
    sim.create({ name: 'fresh' })
    const patch = { spec: { resources: [{ flavor: 'modelarts.vm.cpu.4ud', count: 2 }] } }
    const err = errorOf(sim.patch(idOf('fresh'), patch, T0 + S))
    expect(err).toMatchObject({ status: 400, error_code: 'ModelArts.2887' })
    expect(err.error_msg).toMatch(/Creating/)
    expect(sim.patch(idOf('fresh'), patch, T0 + 8 * S).status).toBe(200)
  })

  it('refuses a second scale while the nodes of the first are still being created', () => {
    const sim = project()
    expect(sim.scaleTo(sandbox, 2).status).toBe(200)
    const err = errorOf(sim.scaleTo(sandbox, 3, T0 + S))
    expect(err).toMatchObject({ status: 400, error_code: 'ModelArts.2887' })
    expect(sim.scaleTo(sandbox, 3, T0 + 5 * S).status).toBe(200)
  })

  it('refuses a patch that leaves out a resource entry or adds a flavor the pool does not have', () => {
    const sim = project()
    const err = errorOf(
      sim.patch(sandbox, { spec: { resources: [{ flavor: 'modelarts.vm.cpu.8ud', count: 2 }] } }),
    )
    expect(err).toMatchObject({ status: 400, error_code: 'ModelArts.50004000' })
    expect(err.error_msg).toMatch(/every resource entry/)
  })

  it('refuses to add nodes in an AZ where the flavor has since sold out with ModelArts.6329', () => {
    const sim = project()
    const id = idOf('cv-training-a100')
    sim.state = {
      ...sim.state,
      flavors: sim.state.flavors.map((f) =>
        f.metadata.name === 'modelarts.vm.gpu.a100.8'
          ? { ...f, status: { phase: { ...f.status?.phase, [AZ2]: 'soldout' } } }
          : f,
      ),
    }
    const err = errorOf(sim.scaleTo(id, 3))
    expect(err).toMatchObject({ status: 400, error_code: 'ModelArts.6329' })
    expect(sim.nodes(id).items).toHaveLength(2)
  })

  it('updates the description with a merge-patch of the annotations', () => {
    const sim = project()
    const answer = sim.patch(sandbox, {
      metadata: { annotations: { 'os.modelarts/description': 'For interns' } },
    })
    expect(answer.status).toBe(200)
    expect(sim.getPool(sandbox).metadata.annotations?.['os.modelarts/description']).toBe(
      'For interns',
    )
  })

  it('refuses a new description with forbidden characters', () => {
    const sim = project()
    const err = errorOf(
      sim.patch(sandbox, { metadata: { annotations: { 'os.modelarts/description': 'a<b' } } }),
    )
    expect(err).toMatchObject({ status: 400, error_code: 'ModelArts.50004000' })
    expect(sim.getPool(sandbox).metadata.annotations?.['os.modelarts/description']).toBe(
      'Scratch notebooks for new team members',
    )
  })
})

/* ================================================================== batch delete */

describe('deleting named nodes (batch-delete)', () => {
  const finetune = idOf('llm-finetune')

  it('refuses a node the pool does not have with 400 naming it', () => {
    const sim = project()
    const err = errorOf(sim.deleteNodes(finetune, ['os-node-created-nope']))
    expect(err).toMatchObject({ status: 400, error_code: 'ModelArts.50004000' })
    expect(err.error_msg).toContain('os-node-created-nope')
  })

  it('refuses a node of another pool', () => {
    const sim = project()
    const other = sim.nodes(idOf('notebook-sandbox')).items[0]?.metadata.name ?? ''
    expect(errorOf(sim.deleteNodes(finetune, [other])).status).toBe(400)
    expect(sim.nodes(idOf('notebook-sandbox')).items).toHaveLength(1)
  })

  it('refuses to remove every node of a pool with 400 ModelArts.50004000', () => {
    const sim = project()
    const names = sim.nodes(finetune).items.map((n) => n.metadata.name)
    const err = errorOf(sim.deleteNodes(finetune, names))
    expect(err).toMatchObject({ status: 400, error_code: 'ModelArts.50004000' })
    expect(err.error_msg).toMatch(/at least one node must remain/)
    expect(phases(sim.nodes(finetune).items)).toEqual(['Available', 'Available', 'Available'])
  })

  it('refuses to remove the only node of a single-node pool', () => {
    const sim = project()
    const id = idOf('notebook-sandbox')
    const [only] = sim.nodes(id).items
    expect(errorOf(sim.deleteNodes(id, [only?.metadata.name ?? ''])).error_code).toBe(
      'ModelArts.50004000',
    )
  })

  it('refuses an empty list of nodes', () => {
    const err = errorOf(project().deleteNodes(finetune, []))
    expect(err).toMatchObject({ status: 400, error_code: 'ModelArts.50004000' })
  })

  it('keeps deleted nodes Deleting for 4 s and then removes them', () => {
    const sim = project()
    const [first, second] = sim.nodes(finetune).items.map((n) => n.metadata.name)
    expect(sim.deleteNodes(finetune, [first ?? '', second ?? '']).status).toBe(200)

    const during = sim.nodes(finetune, T0 + 4 * S - 1).items
    expect(during.filter((n) => n.status.phase === 'Deleting').map((n) => n.metadata.name)).toEqual(
      [first, second],
    )
    const pool = sim.getPool(finetune)
    expect(pool.spec.resources[0]?.count).toBe(1)
    expect(pool.status?.resources?.deleting?.[0]?.count).toBe(2)

    const after = sim.nodes(finetune, T0 + 4 * S).items
    expect(after.map((n) => n.metadata.name)).not.toContain(first)
    expect(after.map((n) => n.metadata.name)).not.toContain(second)
    expect(phases(after)).toEqual(['Available'])
    expect(sim.getPool(finetune).status?.resources?.deleting).toBeUndefined()
  })

  it('frees node quota once the nodes are gone', () => {
    const sim = project()
    const node = () =>
      quotasSchema
        .parse(sim.send('GET', `/v1/${P}/quotas`).body)
        .quotas.resources.find((q) => q.type === 'node')?.used
    const before = node() ?? 0
    const [first] = sim.nodes(finetune).items
    sim.deleteNodes(finetune, [first?.metadata.name ?? ''])
    expect(sim.send('GET', `/v1/${P}/quotas`, { at: T0 + 4 * S }).status).toBe(200)
    expect(node()).toBe(before - 1)
  })

  it('writes the node counts of the change as an event', () => {
    const sim = project()
    const [first] = sim.nodes(finetune).items
    sim.deleteNodes(finetune, [first?.metadata.name ?? ''], T0 + S)
    const events = sim.events(finetune, T0 + 10 * S)
    expect(events.map((e) => e.message)).toEqual(
      expect.arrayContaining([
        `Pool resources status changed, available/abnormal/creating/deleting count from 3/0/0/0 to 2/0/0/1, timestamp: ${(T0 + S) / 1000}.`,
        `Pool resources status changed, available/abnormal/creating/deleting count from 2/0/0/1 to 2/0/0/0, timestamp: ${(T0 + 5 * S) / 1000}.`,
      ]),
    )
  })

  it('makes the Abnormal pool Running again when its abnormal node is removed', () => {
    const sim = project()
    const id = idOf('data-prep-cpu')
    expect(sim.getPool(id).status?.phase).toBe('Abnormal')
    const bad = sim.nodes(id).items.find((n) => n.status.phase === 'Abnormal')
    expect(sim.deleteNodes(id, [bad?.metadata.name ?? '']).status).toBe(200)

    expect(sim.getPool(id, T0 + 1).status?.phase).toBe('Running')
    const pool = sim.getPool(id, T0 + 4 * S)
    expect(pool.status?.phase).toBe('Running')
    expect(pool.status?.message).toBeUndefined()
    expect(pool.status?.resources?.abnormal).toBeUndefined()
    expect(phases(sim.nodes(id).items)).toEqual(['Available'])
    expect(sim.events(id)).toContainEqual(
      expect.objectContaining({
        reason: 'PoolStatusChange',
        message: 'Pool status changed, from Abnormal to Running, details: .',
        firstTimestamp: iso(T0),
      }),
    )
  })

  it('refuses to delete nodes while the pool is still Creating', () => {
    const sim = project()
    sim.create({ name: 'young', count: 2 })
    const [first] = sim.nodes(idOf('young')).items
    const err = errorOf(sim.deleteNodes(idOf('young'), [first?.metadata.name ?? '']))
    expect(err).toMatchObject({ status: 400, error_code: 'ModelArts.2887' })
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

/* ================================================================== routing */

describe('routing and unknown resources', () => {
  it.each([
    ['GET', '/pools/nope'],
    ['PATCH', '/pools/nope'],
    ['DELETE', '/pools/nope'],
    ['GET', '/pools/nope/nodes'],
    ['POST', '/pools/nope/nodes/batch-delete'],
    ['GET', '/pools/nope/workloads'],
  ])('answers %s %s for an unknown pool with 404 ModelArts.50015001', (method, path) => {
    const body =
      method === 'PATCH'
        ? { spec: { resources: [{ flavor: 'x', count: 2 }] } }
        : method === 'POST'
          ? { deleteNodeNames: ['a'] }
          : undefined
    const answer = project().send(method, `/v2/${P}${path}`, { body })
    expect(errorOf(answer)).toMatchObject({ status: 404, error_code: 'ModelArts.50015001' })
  })

  it('refuses requests for another project', () => {
    const other = '0123456789abcdef0123456789abcdef'
    const sim = project()
    const answer = sim.send('GET', `/v2/${other}/pools`)
    expect(answer.status).toBe(403)
    expect(errorOf(answer).error_msg).toContain(other)
    const create = sim.send('POST', `/v2/${other}/pools`, {
      body: buildCreatePoolBody(
        {
          type: 'train',
          name: 'elsewhere',
          description: '',
          flavor: 'modelarts.vm.cpu.4ud',
          count: 1,
        },
        ISOLATED_NETWORK,
      ),
    })
    expect(create.status).toBe(403)
    expect(sim.state.pools.some((p) => p.name === 'elsewhere')).toBe(false)
  })

  it('answers an unknown path with 404', () => {
    const answer = project().send('GET', `/v2/${P}/clusters`)
    expect(answer.status).toBe(404)
    expect(errorOf(answer).error_msg).toContain('/clusters')
  })

  it('answers a known path with an unsupported method with 405', () => {
    expect(project().send('PUT', `/v2/${P}/pools`).status).toBe(405)
  })

  it('does not answer ModelArts paths on the VPC service', () => {
    expect(project().send('GET', `/v2/${P}/pools`, { service: 'vpc' }).status).toBe(404)
  })

  it('accepts a trailing slash on a path', () => {
    expect(project().send('GET', `/v2/${P}/pools/`).status).toBe(200)
  })
})

/* ================================================================== paging */

describe('paging node lists', () => {
  const large = () => project(createSeed({ now: T0, scenario: 'large' }))
  const cluster = idOf('large-cluster-500')

  it('pages a pool of 500 nodes by limit with continue tokens until every node is listed', () => {
    const sim = large()
    const seen: string[] = []
    const sizes: number[] = []
    let token: string | undefined
    do {
      const page = sim.nodes(cluster, undefined, {
        limit: '200',
        ...(token ? { continue: token } : {}),
      })
      sizes.push(page.items.length)
      seen.push(...page.items.map((n) => n.metadata.name))
      token = page.metadata?.continue
    } while (token)
    expect(sizes).toEqual([200, 200, 100])
    expect(new Set(seen).size).toBe(500)
  })

  it('never answers more than 500 nodes in one page, however large the limit', () => {
    const sim = large()
    const template = sim.state.nodes.find((n) => n.pool === cluster)
    if (!template) throw new Error('no node in the 500-node pool')
    sim.state = {
      ...sim.state,
      nodes: [...sim.state.nodes, { ...template, name: 'os-node-created-extra' }],
    }

    const first = sim.nodes(cluster, undefined, { limit: '1000' })
    expect(first.items).toHaveLength(500)
    expect(first.metadata?.continue).toBeTruthy()
    const rest = sim.nodes(cluster, undefined, {
      limit: '1000',
      continue: first.metadata?.continue ?? '',
    })
    expect(rest.items.map((n) => n.metadata.name)).toEqual(['os-node-created-extra'])
    expect(rest.metadata?.continue).toBeUndefined()
  })

  it('answers a small pool in one page without a continue token', () => {
    const page = project().nodes(idOf('llm-finetune'), undefined, { limit: '2' })
    expect(page.items).toHaveLength(2)
    const rest = project().nodes(idOf('llm-finetune'), undefined, {
      limit: '2',
      continue: page.metadata?.continue ?? '',
    })
    expect(rest.items).toHaveLength(1)
    expect(rest.metadata?.continue).toBeUndefined()
    expect(project().nodes(idOf('llm-finetune')).metadata?.continue).toBeUndefined()
  })

  it('lists every pool in one answer, as the service does (its list has no paging)', () => {
    const sim = large()
    const all = sim.listPools(undefined, { limit: '500' })
    expect(all.items.length).toBeGreaterThan(2000)
    expect(all.metadata?.continue).toBeUndefined()
  })
})
