// Scaling: scale-out by merge-patch, batch deletion of named nodes, node paging.
// (Over 300 lines: scaling has the most rules of any seam — scale-out entries, AZ spread, batch
// deletion and node paging — one case each.)
import { describe, expect, it } from 'vitest'

import { poolSchema } from '@/api/pools'
import { quotasSchema } from '@/api/quotas'

import { createSeed } from '../seed'
import { iso } from './answers'

import { AZ2, errorOf, idOf, P, project, S, T0, phases } from '../test-project'

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
