// The route table: unknown paths, methods and projects.
import { describe, expect, it } from 'vitest'

import { buildCreatePoolBody } from '@/api/pools'

import { errorOf, ISOLATED_NETWORK, P, project } from '../test-project'

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
