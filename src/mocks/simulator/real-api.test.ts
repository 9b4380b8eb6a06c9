// Longer than most files on purpose: one case per point where the real API differs from what
// the console once assumed (issue 8), each a public body run through the simulator; kept together
// so the list of corrected shapes reads as one.
import { describe, expect, it } from 'vitest'
import { flavorListSchema } from '@/api/flavors'
import { buildConnectNetworkPatch, buildCreateNetworkBody, networkSchema } from '@/api/networks'
import { buildScaleOutPatch, entryKey } from '@/api/pool-entries'
import { poolSchema } from '@/api/pools'
import { workloadListSchema } from '@/api/workloads'
import { AZ1, AZ2, errorOf, idOf, P, project, S, T0 } from '../test-project'

/*
 * The simulated service in the shapes the real one uses (src/test/fixtures/public/SOURCES.md):
 * what demo mode and every test walk, so the console's tolerant paths are the ones exercised.
 */

const DAY = 24 * 3_600_000

describe('answers in the real shapes', () => {
  it('sends GPU sizes as strings, scopes separated by dots, and one flavor without labels', () => {
    const raw = project().send('GET', `/v1/${P}/resourceflavors`).body as {
      items: {
        metadata: { name: string; labels?: Record<string, string> }
        spec: { gpu?: { size: unknown } }
      }[]
    }
    const gpus = raw.items.filter((f) => f.spec.gpu)
    expect(gpus.length).toBeGreaterThan(0)
    expect(gpus.every((f) => typeof f.spec.gpu?.size === 'string')).toBe(true)
    expect(raw.items.some((f) => f.metadata.labels?.['os.modelarts/scope']?.includes('.'))).toBe(
      true,
    )
    expect(raw.items.some((f) => f.metadata.labels?.['os.modelarts/scope']?.includes(','))).toBe(
      false,
    )
    expect(raw.items.filter((f) => Object.keys(f.metadata.labels ?? {}).length === 0)).toHaveLength(
      1,
    )
  })

  it('pages flavors by limit and continue', () => {
    const sim = project()
    const first = flavorListSchema.parse(
      sim.send('GET', `/v1/${P}/resourceflavors`, { query: { limit: '3' } }).body,
    )
    expect(first.items).toHaveLength(3)
    const rest = flavorListSchema.parse(
      sim.send('GET', `/v1/${P}/resourceflavors`, {
        query: { limit: '500', continue: first.metadata?.continue ?? '' },
      }).body,
    )
    expect(rest.metadata?.continue).toBeUndefined()
    expect(first.items.length + rest.items.length).toBe(sim.state.flavors.length)
  })

  it('names workloads by an internal ID and keeps what the user called them in jobName', () => {
    const answer = project().send('GET', `/v2/${P}/pools/${idOf('llm-finetune')}/workloads`)
    const items = workloadListSchema.parse(answer.body).items
    expect(items.map((w) => w.jobName)).toEqual(['bert-finetune-v3', 'notebook-alice-llm'])
    expect(items.every((w) => /^modelarts-job-[0-9a-f-]{36}$/.test(w.name))).toBe(true)
  })

  it('lists a Lite pool with no scope, a VPC instead of a network, and its node pools', () => {
    const lite = project()
      .listPools()
      .items.find((p) => p.metadata.name === idOf('lite-k8s-ops'))
    expect(lite?.spec.scope).toEqual([])
    expect(lite?.spec.network).toEqual({ vpcId: 'vpc-2b9d4e61', subnetId: 'subnet-c9d0e1f2' })
    expect(lite?.spec.clusters).toHaveLength(1)
    expect(lite?.spec.resources[0]).toMatchObject({
      nodePool: 'ops-pool',
      network: { vpc: 'vpc-2b9d4e61', securityGroups: ['sg-55ee66ff'] },
    })
  })
})

describe('failed pools', () => {
  const failed = idOf('a100-burst')

  it('leaves them out of the plain list and lists them under status=failed, with the reason', () => {
    const sim = project()
    expect(sim.listPools().items.map((p) => p.metadata.name)).not.toContain(failed)
    const only = sim.listPools(undefined, { status: 'failed' }).items
    expect(only.map((p) => p.metadata.name)).toEqual([failed])
    expect(only[0]?.status?.phase).toBe('CreationFailed')
    expect(only[0]?.status?.message).toMatch(/sold out in cn-north-4a/)
    expect(sim.listPools(undefined, { status: 'creating' }).items).toEqual([])
  })

  it('refuses an unknown status filter', () => {
    const answer = project().send('GET', `/v2/${P}/pools`, { query: { status: 'gone' } })
    expect(errorOf(answer)).toMatchObject({ status: 400, error_code: 'ModelArts.50004000' })
  })

  it('deletes one like any other pool', () => {
    const sim = project()
    expect(sim.deletePool(failed).status).toBe(200)
    expect(sim.send('GET', `/v2/${P}/pools/${failed}`, { at: T0 + 4 * S }).status).toBe(404)
  })

  it('forgets one 3 days after the failure', () => {
    const sim = project()
    // The seed's pool failed a day ago (ten minutes after it was created a day ago).
    const failedAt = T0 - DAY + 10 * 60_000
    expect(sim.send('GET', `/v2/${P}/pools/${failed}`, { at: failedAt + 3 * DAY - 1 }).status).toBe(
      200,
    )
    expect(sim.send('GET', `/v2/${P}/pools/${failed}`, { at: failedAt + 3 * DAY }).status).toBe(404)
  })
})

describe('ModelArts networks', () => {
  const create = (
    sim: ReturnType<typeof project>,
    name = 'network-b7c2',
    cidr = '172.24.0.0/16',
    at?: number,
  ) => sim.send('POST', `/v1/${P}/networks`, { body: buildCreateNetworkBody(name, cidr), at })
  const get = (sim: ReturnType<typeof project>, id: string, at?: number) =>
    networkSchema.parse(sim.send('GET', `/v1/${P}/networks/${id}`, { at }).body)

  it('creates a network that is Creating, then Active, as the reference describes', () => {
    const sim = project()
    const answer = create(sim)
    expect(answer.status).toBe(200)
    const created = networkSchema.parse(answer.body)
    expect(created.metadata.name).toBe(`network-b7c2-${P}`)
    // The create answer carries no phase yet.
    expect(created.status?.phase).toBe('')
    expect(get(sim, created.metadata.name, T0 + S).status?.phase).toBe('Creating')
    expect(get(sim, created.metadata.name, T0 + 5 * S).status?.phase).toBe('Active')
  })

  it.each([
    ['10.168.0.0/16', /within 172\.16\.0\.0\/12/],
    ['192.168.0.0/25', /within 172\.16\.0\.0\/12/],
    ['192.168.1.7/24', /use 192\.168\.1\.0\/24/],
    ['not-a-cidr', /not an IPv4 CIDR/],
  ])('refuses the CIDR %s with 400 ModelArts.50004000 on spec.cidr', (cidr, message) => {
    const err = errorOf(create(project(), 'network-b7c2', cidr))
    expect(err).toMatchObject({ status: 400, error_code: 'ModelArts.50004000' })
    expect(err.error_msg).toMatch(/^spec\.cidr: /)
    expect(err.error_msg).toMatch(message)
  })

  it.each(['Net_1', 'net', 'network-'])('refuses the name %j on its field', (name) => {
    const err = errorOf(create(project(), name))
    expect(err.error_msg).toMatch(/^metadata\.labels\.os\.modelarts\/name: /)
  })

  it('refuses a second network of the same name and one beyond the network quota', () => {
    const sim = project()
    expect(errorOf(create(sim, 'network-7a03')).error_msg).toMatch(/already exists/)
    sim.state = { ...sim.state, quota: { ...sim.state.quota, network: sim.state.networks.length } }
    expect(errorOf(create(sim))).toMatchObject({ status: 400, error_code: 'ModelArts.0116' })
  })

  it('answers a missing network with the documented 404', () => {
    expect(errorOf(project().send('GET', `/v1/${P}/networks/nope`))).toEqual({
      status: 404,
      error_code: 'ModelArts.50025001',
      error_msg: 'Network not exist.',
    })
  })

  it('connects an Active network to a VPC subnet, Connecting first and then Active', () => {
    const sim = project()
    const id = networkSchema.parse(create(sim).body).metadata.name
    const network = get(sim, id, T0 + 5 * S)
    const patch = sim.send('PATCH', `/v1/${P}/networks/${id}`, {
      body: buildConnectNetworkPatch(network, 'vpc-7f3a1c2e', 'subnet-a1b2c3d4'),
      at: T0 + 5 * S,
    })
    expect(patch.status).toBe(200)
    const status = (at: number) =>
      get(sim, id, at).status?.connectionStatus?.peerConnectionStatus?.[0]?.phase
    expect(status(T0 + 6 * S)).toBe('Connecting')
    expect(status(T0 + 8 * S)).toBe('Active')
    expect(get(sim, id).spec.connection?.peerConnectionList).toEqual([
      { peerVpcId: 'vpc-7f3a1c2e', peerSubnetId: 'subnet-a1b2c3d4' },
    ])
  })

  it.each([
    ['an unknown VPC', 'vpc-00000000', 'subnet-a1b2c3d4', /peerVpcId: no VPC vpc-00000000/],
    ['a subnet of another VPC', 'vpc-7f3a1c2e', 'subnet-c9d0e1f2', /peerSubnetId: subnet/],
  ])('refuses to connect %s with 400 on the field', (_what, vpc, subnet, message) => {
    const sim = project()
    const id = networkSchema.parse(create(sim).body).metadata.name
    const network = get(sim, id, T0 + 5 * S)
    const err = errorOf(
      sim.send('PATCH', `/v1/${P}/networks/${id}`, {
        body: buildConnectNetworkPatch(network, vpc, subnet),
      }),
    )
    expect(err).toMatchObject({ status: 400, error_code: 'ModelArts.50004000' })
    expect(err.error_msg).toMatch(/^spec\.connection\.peerConnectionList\[0\]\./)
    expect(err.error_msg).toMatch(message)
  })

  it('refuses to connect a VPC whose CIDR overlaps the network, or a network still Creating', () => {
    const sim = project()
    const id = networkSchema.parse(create(sim, 'network-b7c2', '192.168.128.0/17').body).metadata
      .name
    const early = errorOf(
      sim.send('PATCH', `/v1/${P}/networks/${id}`, {
        body: { spec: { connection: { peerConnectionList: [] } } },
      }),
    )
    expect(early.error_msg).toMatch(/is Creating; connect it once it is Active/)
    const network = get(sim, id, T0 + 5 * S)
    const err = errorOf(
      sim.send('PATCH', `/v1/${P}/networks/${id}`, {
        body: buildConnectNetworkPatch(network, 'vpc-7f3a1c2e', 'subnet-a1b2c3d4'),
      }),
    )
    expect(err.error_msg).toMatch(/overlaps VPC vpc-prod/)
  })

  it('creates a pool only on an existing, Active network', () => {
    const sim = project()
    const id = networkSchema.parse(create(sim).body).metadata.name
    const missing = errorOf(sim.create({ name: 'on-nothing' }, { network: 'network-none' }))
    expect(missing).toMatchObject({ status: 400, error_code: 'ModelArts.50004000' })
    expect(missing.error_msg).toMatch(/^spec\.network\.name: no ModelArts network/)
    const early = errorOf(sim.create({ name: 'too-early' }, { network: id, at: T0 + S }))
    expect(early.error_msg).toMatch(/is Creating; create the pool once it is Active/)
    expect(sim.create({ name: 'on-time' }, { network: id, at: T0 + 5 * S }).status).toBe(200)
  })

  it('refuses a pool on a network being deleted, and a new network of that name meanwhile', () => {
    const sim = project()
    const id = networkSchema.parse(create(sim).body).metadata.name
    expect(sim.send('DELETE', `/v1/${P}/networks/${id}`, { at: T0 + 5 * S }).status).toBe(200)
    const pool = errorOf(sim.create({ name: 'on-deleting' }, { network: id }))
    expect(pool.error_msg).toMatch(/^spec\.network\.name: no ModelArts network/)
    expect(errorOf(create(sim)).error_msg).toMatch(/is still being deleted/)
    expect(sim.state.networks.filter((n) => n.id === id)).toHaveLength(1)
  })

  it('refuses a Standard pool without spec.network.name', () => {
    const sim = project()
    const body = {
      kind: 'Pool',
      apiVersion: 'v2',
      metadata: { labels: { 'os.modelarts/name': 'no-net' } },
    }
    const answer = sim.send('POST', `/v2/${P}/pools`, {
      body: {
        ...body,
        spec: {
          type: 'Dedicate',
          scope: ['Train'],
          resources: [{ flavor: 'modelarts.vm.cpu.4ud', count: 1 }],
        },
      },
    })
    expect(errorOf(answer)).toMatchObject({ status: 400, error_code: 'ModelArts.50004000' })
    expect(errorOf(answer).error_msg).toMatch(/^spec\.network/)
  })
})

describe('scale-out by entry: flavor, node pool and AZs', () => {
  const ranking = idOf('search-ranking')

  it('adds nodes only to the node pool whose count grew, spread as its AZ counts say', () => {
    const sim = project()
    const pool = sim.getPool(ranking)
    const [main, burst] = pool.spec.resources
    expect(main).toMatchObject({
      nodePool: 'ranking-main',
      azs: [
        { az: AZ1, count: 2 },
        { az: AZ2, count: 2 },
      ],
    })
    const patch = buildScaleOutPatch(pool, { [entryKey(main!)]: 6 })
    expect(patch.spec.resources[1]).toEqual(burst)
    expect(sim.patch(ranking, patch).status).toBe(200)
    const nodes = sim.nodes(ranking).items
    const inPool = (name: string) =>
      nodes.filter((n) => n.metadata.labels?.['os.modelarts.node/nodepoolname'] === name)
    expect(inPool('ranking-main')).toHaveLength(6)
    expect(inPool('ranking-burst')).toHaveLength(1)
    const mainAzs = inPool('ranking-main').map((n) => n.status.az)
    expect(mainAzs.filter((az) => az === AZ1)).toHaveLength(3)
    expect(mainAzs.filter((az) => az === AZ2)).toHaveLength(3)
  })

  it('refuses AZ counts that do not add up to the count', () => {
    const sim = project()
    const pool = sim.getPool(ranking)
    const patch = buildScaleOutPatch(pool, { [entryKey(pool.spec.resources[0]!)]: 6 })
    patch.spec.resources[0]!.azs = [
      { az: AZ1, count: 2 },
      { az: AZ2, count: 2 },
    ]
    const err = errorOf(sim.patch(ranking, patch))
    expect(err).toMatchObject({ status: 400, error_code: 'ModelArts.50004000' })
    expect(err.error_msg).toMatch(
      /^spec\.resources\[0\]\.azs: the AZ counts add up to 4, not to the count 6/,
    )
  })

  it('refuses a patch that leaves out an entry, or matches entries by flavor alone', () => {
    const sim = project()
    const pool = sim.getPool(ranking)
    const patch = buildScaleOutPatch(pool, { [entryKey(pool.spec.resources[1]!)]: 3 })
    const onlyOne = { spec: { resources: [patch.spec.resources[1]!] } }
    expect(errorOf(sim.patch(ranking, onlyOne)).error_msg).toMatch(/send every resource entry/)
    const byFlavor = {
      spec: { resources: patch.spec.resources.map(({ nodePool: _n, ...r }) => r) },
    }
    expect(errorOf(sim.patch(ranking, byFlavor)).error_msg).toMatch(/send every resource entry/)
  })

  it('lowers the AZ count of the node removed by batch-delete', () => {
    const sim = project()
    const victim = sim
      .nodes(ranking)
      .items.find(
        (n) =>
          n.metadata.labels?.['os.modelarts.node/nodepoolname'] === 'ranking-main' &&
          n.status.az === AZ1,
      )
    expect(sim.deleteNodes(ranking, [victim!.metadata.name]).status).toBe(200)
    expect(sim.getPool(ranking).spec.resources[0]).toMatchObject({
      count: 3,
      azs: [
        { az: AZ1, count: 1 },
        { az: AZ2, count: 2 },
      ],
    })
  })
})

describe('the pool list in the real shape', () => {
  it('answers PoolList with every pool and no paging token, each a valid pool', () => {
    const raw = project().send('GET', `/v2/${P}/pools`).body as { kind: string; items: unknown[] }
    expect(raw.kind).toBe('PoolList')
    expect(raw).not.toHaveProperty('metadata.continue')
    for (const item of raw.items) expect(poolSchema.safeParse(item).success).toBe(true)
  })
})
