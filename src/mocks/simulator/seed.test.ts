// The seed, as a client reads it through the route table.
import { describe, expect, it } from 'vitest'
import { flavorListSchema, flavorScopes } from '@/api/flavors'
import { networkListSchema } from '@/api/networks'
import { type Pool } from '@/api/pools'
import { quotasSchema } from '@/api/quotas'
import { workloadListSchema } from '@/api/workloads'
import { createSeed } from '../seed'

import { AZS } from '../seed-catalog'
import { AZ1, idOf, P, project, T0, phases, reasons } from '../test-project'

const inTab = (pools: Pool[], tab: 'train' | 'infer') =>
  pools.filter((p) =>
    tab === 'train'
      ? p.spec.scope.includes('Train') || p.spec.scope.includes('Notebook')
      : p.spec.scope.includes('Infer'),
  )

const isGpu = (pool: Pool) => (pool.spec.resources[0]?.flavor ?? '').includes('.gpu.')

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
