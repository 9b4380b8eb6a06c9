import { describe, expect, it } from 'vitest'
import batchDeleteRequest from '@/test/fixtures/batch-delete-nodes.request.json'
import createPoolRequest from '@/test/fixtures/create-pool.request.json'
import createPoolResponse from '@/test/fixtures/create-pool.response.json'
import errorPoolNotFound from '@/test/fixtures/error-pool-not-found.json'
import listNodesResponse from '@/test/fixtures/list-nodes.response.json'
import patchPoolRequest from '@/test/fixtures/patch-pool.request.json'
import patchPoolResponse from '@/test/fixtures/patch-pool.response.json'
import { DEMO_PROJECT_ID } from '@/lib/env'
import { dispatch } from '@/mocks/routes'
import { createSeed } from '@/mocks/seed'
import { errorBodySchema } from './http'
import { batchDeleteNodesBodySchema, buildBatchDeleteBody, nodeListSchema } from './nodes'
import {
  buildCreatePoolBody,
  buildScaleOutPatch,
  createPoolBodySchema,
  patchPoolBodySchema,
  poolSchema,
  type Pool,
} from './pools'

/**
 * Every key path of a JSON value, array elements folded into `[]`, so two bodies can be compared
 * by shape regardless of their values.
 */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) {
    const inner = value.flatMap((v) => keyPaths(v, `${prefix}[]`))
    return inner.length ? inner : [`${prefix}[]`]
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => {
      const path = prefix ? `${prefix} > ${k}` : k
      const inner = keyPaths(v, path)
      return inner.length ? inner : [path]
    })
  }
  return [prefix]
}
const shape = (value: unknown) => [...new Set(keyPaths(value))].sort()

const clone = <T>(value: T): T => structuredClone(value)

describe('documented response bodies', () => {
  it('accepts the documented create-pool answer and keeps its fields', () => {
    const pool = poolSchema.parse(createPoolResponse)
    expect(pool.metadata.name).toBe('pool-ae01-6f5da086876d4cd084d36f8bd3346036')
    expect(pool.metadata.labels?.['os.modelarts/name']).toBe('pool-ae01')
    expect(pool.spec.resources).toEqual([{ flavor: 'modelarts.vm.cpu.8ud', count: 1, maxCount: 1 }])
    // Right after create the service may send no phase at all.
    expect(pool.status?.phase).toBeUndefined()
  })

  it('accepts the documented patch-pool answer with its node counts by state', () => {
    const pool = poolSchema.parse(patchPoolResponse)
    expect(pool.status?.phase).toBe('Running')
    expect(pool.spec.scope).toEqual(['Train', 'Infer'])
    expect(pool.status?.resources?.available?.[0]).toMatchObject({ count: 2 })
    expect(pool.status?.resources?.creating?.[0]?.azs).toEqual([{ az: 'az-7c', count: 1 }])
    expect(pool.status?.scope).toEqual([
      { scopeType: 'Train', state: 'Enabled' },
      { scopeType: 'Infer', state: 'Enabled' },
    ])
  })

  it('accepts the documented node list', () => {
    const list = nodeListSchema.parse(listNodesResponse)
    expect(list.items).toHaveLength(1)
    expect(list.items[0]).toMatchObject({
      metadata: { name: 'os-node-created-zlncn' },
      spec: { flavor: 'modelarts.vm.cpu.4ud' },
      status: {
        phase: 'Available',
        privateIp: '192.168.0.1',
        resources: { cpu: '3920m', memory: '6270Mi' },
        availableResources: { cpu: '2970m', memory: '4558Mi' },
      },
    })
    expect(list.metadata?.continue).toBeUndefined()
  })

  it('accepts the documented pool-not-found error body', () => {
    expect(errorBodySchema.parse(errorPoolNotFound)).toEqual({
      error_code: 'ModelArts.50015001',
      error_msg: 'pool not found',
    })
  })

  it('rejects an error body without an error code', () => {
    expect(errorBodySchema.safeParse({ error_msg: 'pool not found' }).success).toBe(false)
  })
})

describe('leniency where the real service is loose', () => {
  it('passes unknown extra fields of a pool through untouched', () => {
    const pool = poolSchema.parse(patchPoolResponse)
    expect(pool.status).toHaveProperty('root', 'auto-pool-os-86c13962597848eeb29c5861153a391f')
    expect(pool.metadata.labels?.['os.modelarts/resource.id']).toBe('maos-auto-pool-os-72w8d')

    const extra = { ...clone(patchPoolResponse), billing: { mode: 'postpaid' } }
    expect(poolSchema.parse(extra)).toHaveProperty('billing', { mode: 'postpaid' })
  })

  it('keeps an unknown pool phase such as Frozen instead of failing', () => {
    const body = clone(patchPoolResponse)
    body.status.phase = 'Frozen'
    const result = poolSchema.safeParse(body)
    expect(result.success).toBe(true)
    expect(result.data?.status?.phase).toBe('Frozen')
  })

  it('keeps unknown scopes and scope states instead of failing', () => {
    const body = clone(patchPoolResponse)
    body.spec.scope = ['Train', 'Autopilot']
    body.status.scope = [{ scopeType: 'Autopilot', state: 'Hibernating' }]
    const pool = poolSchema.parse(body)
    expect(pool.spec.scope).toEqual(['Train', 'Autopilot'])
    expect(pool.status?.scope).toEqual([{ scopeType: 'Autopilot', state: 'Hibernating' }])
  })

  it('keeps an unknown node phase and unknown node fields', () => {
    const body = clone(listNodesResponse)
    const node = body.items[0]
    if (!node) throw new Error('fixture has no node')
    const changed = {
      ...body,
      items: [{ ...node, status: { ...node.status, phase: 'Rebooting', npu: 'ascend-910' } }],
    }
    const list = nodeListSchema.parse(changed)
    expect(list.items[0]?.status.phase).toBe('Rebooting')
    expect(list.items[0]?.status).toHaveProperty('npu', 'ascend-910')
  })

  it('still rejects a pool without the fields the console relies on', () => {
    const body: Record<string, unknown> = clone(patchPoolResponse)
    delete body.spec
    expect(poolSchema.safeParse(body).success).toBe(false)
    expect(poolSchema.safeParse({ ...clone(patchPoolResponse), metadata: {} }).success).toBe(false)
  })
})

describe('request bodies the client builds', () => {
  it('builds a create body with exactly the documented structure', () => {
    const body = buildCreatePoolBody({
      type: 'train',
      name: 'pool-ae01',
      description: '',
      flavor: 'modelarts.vm.cpu.8ud',
      count: 1,
    })
    // The documented example names a network; the console leaves it to the service to assign.
    const documented: Record<string, unknown> = clone(createPoolRequest)
    const { network: _assignedByService, ...documentedSpec } = createPoolRequest.spec
    documented.spec = documentedSpec
    expect(shape(body)).toEqual(shape(documented))
    expect(body).toEqual({
      ...documented,
      spec: { ...documentedSpec, scope: ['Train', 'Notebook'] },
    })
  })

  it('builds create bodies that the documented create schema accepts without dropping fields', () => {
    const body = buildCreatePoolBody({
      type: 'infer',
      name: 'edge-serving',
      description: 'Real-time services',
      flavor: 'modelarts.vm.gpu.t4u8',
      count: 2,
    })
    expect(createPoolBodySchema.parse(body)).toEqual(body)
    expect(createPoolBodySchema.safeParse(createPoolRequest).success).toBe(true)
  })

  it('puts the scope of the tab into the create body', () => {
    const base = { name: 'pool-ae01', description: '', flavor: 'modelarts.vm.cpu.8ud', count: 1 }
    expect(buildCreatePoolBody({ ...base, type: 'train' }).spec.scope).toEqual([
      'Train',
      'Notebook',
    ])
    expect(buildCreatePoolBody({ ...base, type: 'infer' }).spec.scope).toEqual(['Infer'])
  })

  it('puts the name and description where the service reads them', () => {
    const body = buildCreatePoolBody({
      type: 'infer',
      name: 'ocr-serving',
      description: 'OCR for scanned invoices',
      flavor: 'modelarts.vm.cpu.8ud',
      count: 1,
    })
    expect(body.metadata.labels).toEqual({
      'os.modelarts/name': 'ocr-serving',
      'os.modelarts/workspace.id': '0',
    })
    expect(body.metadata.annotations).toEqual({
      'os.modelarts/description': 'OCR for scanned invoices',
    })
    expect(body.spec.type).toBe('Dedicate')
  })

  it('pins the nodes to the chosen AZ and sends the custom network with the resource', () => {
    const network = {
      vpc: 'vpc-7f3a1c2e',
      subnet: 'subnet-a1b2c3d4',
      securityGroups: ['sg-11aa22bb'],
    }
    const body = buildCreatePoolBody({
      type: 'infer',
      name: 'realtime-b',
      description: '',
      flavor: 'modelarts.vm.gpu.p4u8',
      count: 3,
      az: 'cn-north-4b',
      network,
    })
    expect(body.spec.resources).toEqual([
      {
        flavor: 'modelarts.vm.gpu.p4u8',
        count: 3,
        azs: [{ az: 'cn-north-4b', count: 3 }],
        network,
      },
    ])
    expect(createPoolBodySchema.parse(body)).toEqual(body)
  })

  it('sends no AZ and no network for random placement on the dedicated network', () => {
    const body = buildCreatePoolBody({
      type: 'infer',
      name: 'realtime-c',
      description: '',
      flavor: 'modelarts.vm.gpu.t4u8',
      count: 1,
    })
    const [resource] = body.spec.resources
    expect(resource).not.toHaveProperty('azs')
    expect(resource).not.toHaveProperty('network')
  })

  it('builds a scale-out patch with the documented shape', () => {
    const pool: Pool = poolSchema.parse(clone(patchPoolResponse))
    pool.spec.resources = [{ flavor: 'modelarts.vm.cpu.4ud', count: 1 }]
    const patch = buildScaleOutPatch(pool, { 'modelarts.vm.cpu.4ud': 3 })
    expect(patch).toEqual(patchPoolRequest)
    expect(patchPoolBodySchema.parse(patch)).toEqual(patch)
  })

  it('keeps every resource entry in the merge-patch, because arrays replace wholesale', () => {
    const pool: Pool = poolSchema.parse(clone(patchPoolResponse))
    const network = { vpc: 'vpc-7f3a1c2e', subnet: 'subnet-a1b2c3d4', securityGroups: ['sg-1'] }
    pool.spec.resources = [
      { flavor: 'modelarts.vm.cpu.4ud', count: 2, maxCount: 2 },
      {
        flavor: 'modelarts.vm.gpu.t4u8',
        count: 1,
        azs: [{ az: 'cn-north-4b', count: 1 }],
        network,
      },
    ]
    const patch = buildScaleOutPatch(pool, { 'modelarts.vm.gpu.t4u8': 4 })
    expect(patch.spec.resources).toEqual([
      { flavor: 'modelarts.vm.cpu.4ud', count: 2, maxCount: 2 },
      {
        flavor: 'modelarts.vm.gpu.t4u8',
        count: 4,
        azs: [{ az: 'cn-north-4b', count: 4 }],
        network,
      },
    ])
  })

  it('raises maxCount with the count so the patch never asks for less than it adds', () => {
    const pool = poolSchema.parse(createPoolResponse)
    const patch = buildScaleOutPatch(pool, { 'modelarts.vm.cpu.8ud': 5 })
    expect(patch.spec.resources).toEqual([
      { flavor: 'modelarts.vm.cpu.8ud', count: 5, maxCount: 5 },
    ])
  })

  it('does not change the pool it builds the patch from', () => {
    const pool = poolSchema.parse(clone(patchPoolResponse))
    const before = clone(pool)
    buildScaleOutPatch(pool, { 'modelarts.vm.cpu.4ud': 9 })
    expect(pool).toEqual(before)
  })

  it('builds a batch-delete body with the documented shape', () => {
    expect(buildBatchDeleteBody(['os-node-created-mnmcf'])).toEqual(batchDeleteRequest)
    expect(batchDeleteNodesBodySchema.parse(batchDeleteRequest)).toEqual(batchDeleteRequest)
  })

  it('names every chosen node in the batch-delete body', () => {
    const names = ['os-node-created-aaaaa', 'os-node-created-bbbbb']
    expect(buildBatchDeleteBody(names)).toEqual({ deleteNodeNames: names })
  })
})

describe('the simulated service speaks the same contract', () => {
  const now = Date.UTC(2025, 0, 15, 9, 0, 0)
  const send = (method: string, path: string, body?: unknown) =>
    dispatch(
      createSeed({ now }),
      { now, speed: 1 },
      {
        method,
        service: 'modelarts',
        path: `/v2/${DEMO_PROJECT_ID}${path}`,
        query: new URLSearchParams(),
        body,
      },
    ).answer

  it('creates a pool from the documented create body and answers with a valid pool', () => {
    const answer = send('POST', '/pools', createPoolRequest)
    expect(answer.status).toBe(200)
    const pool = poolSchema.parse(answer.body)
    expect(pool.metadata.name).toBe(`pool-ae01-${DEMO_PROJECT_ID}`)
    expect(pool.spec.network).toEqual(createPoolRequest.spec.network)
  })

  it('creates a pool from a body the client builds', () => {
    const body = buildCreatePoolBody({
      type: 'infer',
      name: 'contract-check',
      description: 'built by the client',
      flavor: 'modelarts.vm.gpu.t4u8',
      count: 2,
      az: 'cn-north-4b',
    })
    const answer = send('POST', '/pools', body)
    expect(answer.status).toBe(200)
    expect(poolSchema.parse(answer.body).spec.resources[0]).toMatchObject({
      flavor: 'modelarts.vm.gpu.t4u8',
      count: 2,
      azs: [{ az: 'cn-north-4b', count: 2 }],
    })
  })

  it('scales out a seeded pool from the documented patch body', () => {
    const answer = send('PATCH', `/pools/notebook-sandbox-${DEMO_PROJECT_ID}`, patchPoolRequest)
    expect(answer.status).toBe(200)
    expect(poolSchema.parse(answer.body).spec.resources[0]?.count).toBe(3)
  })

  it('answers a missing pool with a body the error schema accepts', () => {
    const answer = send('GET', '/pools/nope')
    expect(answer.status).toBe(404)
    expect(errorBodySchema.parse(answer.body).error_code).toBe('ModelArts.50015001')
  })

  it('answers node lists that the node list schema accepts', () => {
    const answer = send('GET', `/pools/llm-finetune-${DEMO_PROJECT_ID}/nodes`)
    expect(answer.status).toBe(200)
    expect(nodeListSchema.parse(answer.body).items).toHaveLength(3)
  })
})
