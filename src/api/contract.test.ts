// Longer than most on purpose: one case per documented request and answer, each checked against
// the public example body it must equal (fixtures/public, SOURCES.md).
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { runCreatePool } from '@/features/pools/create/create-pool-workflow'
import { DEMO_REGIONS } from '@/lib/demo-project'
import { server } from '@/mocks/node'
import apigwError from '@/test/fixtures/public/apigw-error-0301.json'
import batchDeleteRequest from '@/test/fixtures/public/batch-delete-nodes.request.json'
import createPoolRequest from '@/test/fixtures/public/create-pool.request.json'
import createPoolResponse from '@/test/fixtures/public/create-pool.response.200.json'
import deletePoolResponse from '@/test/fixtures/public/delete-pool.response.200.json'
import listEvents from '@/test/fixtures/public/list-events.response.200.json'
import listNodesResponse from '@/test/fixtures/public/list-nodes.response.200.json'
import listPoolsResponse from '@/test/fixtures/public/list-pools.response.200.json'
import listWorkloads from '@/test/fixtures/public/list-workloads.response.200.json'
import networkCreateRequest from '@/test/fixtures/public/network-create.request.json'
import networkCreateResponse from '@/test/fixtures/public/network-create.response.json'
import networkDeleteResponse from '@/test/fixtures/public/network-delete.response.json'
import networkError404 from '@/test/fixtures/public/network-error-404.json'
import networkGet from '@/test/fixtures/public/network-get.response.json'
import networkList from '@/test/fixtures/public/network-list.response.json'
import networkPatchRequest from '@/test/fixtures/public/network-patch.request.peer-vpc.json'
import networkPatchResponse from '@/test/fixtures/public/network-patch.response.json'
import patchPoolRequest from '@/test/fixtures/public/patch-pool.request.json'
import patchPoolResponse from '@/test/fixtures/public/patch-pool.response.200.json'
import quotasResponse from '@/test/fixtures/public/quotas.response.200.json'
import flavorsResponse from '@/test/fixtures/public/resourceflavors-list.response.json'
import sdkFlavors from '@/test/fixtures/public/sdk-resourceflavors-gpu.response.json'
import sdkQuotas from '@/test/fixtures/public/sdk-quotas-strings.response.json'
import showPoolResponse from '@/test/fixtures/public/show-pool.response.200.json'
import tfLitePool from '@/test/fixtures/public/tf-lite-pool.response.json'
import tfScaleOut from '@/test/fixtures/public/tf-patch-pool-scale-out.request.json'
import vpcError from '@/test/fixtures/public/vpc-error.json'
import vpcList from '@/test/fixtures/public/vpc-list.response.json'
import securityGroupsList from '@/test/fixtures/public/vpc-security-groups-list.response.json'
import subnetsList from '@/test/fixtures/public/vpc-subnets-list.response.json'
import { eventListSchema } from './events'
import { flavorListSchema, flavorScopes } from './flavors'
import { ApiError, readErrorBody, request } from './http'
import { networkListSchema, networkSchema } from './networks'
import { batchDeleteNodes, nodeListSchema } from './nodes'
import { buildScaleOutPatch, entryKey } from './pool-entries'
import { deletePool, patchPool, poolListSchema, poolSchema } from './pools'
import { quotasSchema } from './quotas'
import { securityGroupListSchema, subnetListSchema, vpcListSchema } from './vpc'
import { workloadListSchema, workloadName } from './workloads'
import { z } from '@/api/zod'

/*
 * The console against what the real service sends and accepts, as public sources document it
 * (src/test/fixtures/public/SOURCES.md says where each body comes from). Nothing here is produced
 * by the simulator: these bodies are the yardstick the simulator is held to elsewhere.
 */

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

describe('answers the service documents', () => {
  it('reads the documented pool list, show, create, patch and delete answers', () => {
    const list = poolListSchema.parse(listPoolsResponse)
    expect(list.items[0]?.spec.network?.name).toBe('network-maos-86c13962597848eeb29c5861153a391f')
    expect(poolSchema.parse(showPoolResponse).status?.resources?.available?.[0]?.azs).toEqual([
      { az: 'az-7c', count: 2 },
    ])
    // Right after create the service sends no phase at all.
    const created = poolSchema.parse(createPoolResponse)
    expect(created.status?.phase).toBeUndefined()
    expect(created.spec.network?.name).toBe('network-21e1-6f5da086876d4cd084d36f8bd3346036')
    expect(poolSchema.parse(patchPoolResponse).status?.phase).toBe('Running')
    // The table adds deletionTimestamp; the example answer has none and must still read.
    expect(poolSchema.parse(deletePoolResponse).metadata.name).toBe(
      'auto-pool-os-86c13962597848eeb29c5861153a391f',
    )
  })

  it('reads a Lite pool, which has no scope and names a VPC instead of a ModelArts network', () => {
    const pool = poolSchema.parse(tfLitePool)
    expect(pool.spec.scope).toEqual([])
    expect(pool.spec.network).toMatchObject({
      vpcId: expect.any(String),
      subnetId: expect.any(String),
    })
    expect(pool.spec.resources[0]).toMatchObject({
      nodePool: 'test-name',
      network: { securityGroups: [expect.any(String)] },
    })
    // The same body inside a list does not hide the other pools.
    const mixed = { ...listPoolsResponse, items: [...listPoolsResponse.items, tfLitePool] }
    expect(poolListSchema.parse(mixed).items).toHaveLength(2)
  })

  it('reads string GPU and NPU sizes, dot-separated scopes and flavors without labels', () => {
    const sdk = flavorListSchema.parse(sdkFlavors)
    expect(sdk.items.map((f) => f.spec.gpu?.size ?? f.spec.npu?.size)).toEqual([1, 8])
    expect(sdk.items.map(flavorScopes)).toEqual([['Train', 'Infer', 'Notebook'], ['Train']])
    const documented = flavorListSchema.parse(flavorsResponse)
    expect(documented.items[0]?.metadata.labels).toEqual({})
    expect(flavorScopes(documented.items[0]!)).toEqual([])
  })

  it('reads quotas sent as numbers (the example) and as strings (the typed table)', () => {
    const numbers = quotasSchema.parse(quotasResponse).quotas.resources
    const strings = quotasSchema.parse(sdkQuotas).quotas.resources
    expect(numbers.map((q) => q.type)).toEqual(['pool', 'network'])
    expect(strings).toEqual([
      { type: 'pool', quota: 15, used: 4 },
      { type: 'network', quota: 15, used: 2 },
    ])
  })

  it('reads nodes, workloads by their job names, and events', () => {
    expect(nodeListSchema.parse(listNodesResponse).items).toHaveLength(3)
    const workloads = workloadListSchema.parse(listWorkloads).items
    expect(workloads[0]?.name).toMatch(/^modelarts-job-/)
    expect(workloadName(workloads[0]!)).toBe('autotest_b82d17')
    expect(eventListSchema.parse(listEvents).items).toHaveLength(5)
  })

  it('reads ModelArts networks, including the empty phase of a network just created', () => {
    expect(networkSchema.parse(networkCreateResponse).status?.phase).toBe('')
    expect(networkSchema.parse(networkGet).status?.phase).toBe('Active')
    expect(networkListSchema.parse(networkList).items).toHaveLength(1)
    expect(
      networkSchema.parse(networkPatchResponse).spec.connection?.peerConnectionList,
    ).toHaveLength(1)
    expect(networkSchema.parse(networkDeleteResponse).metadata.deletionTimestamp).toBeTruthy()
  })

  it('reads the VPC service answers', () => {
    expect(vpcListSchema.parse(vpcList).vpcs).toHaveLength(3)
    expect(subnetListSchema.parse(subnetsList).subnets[0]?.vpc_id).toBeTruthy()
    const groups = securityGroupListSchema.parse(securityGroupsList).security_groups
    expect(groups[0]?.security_group_rules?.length).toBeGreaterThan(0)
  })

  it('reads the error bodies of ModelArts, VPC and the API gateway', () => {
    expect(readErrorBody(networkError404)).toEqual({
      code: 'ModelArts.50025001',
      message: 'Network not exist.',
    })
    expect(readErrorBody(vpcError)).toEqual({
      code: 'VPC.0002',
      message: 'Available zone Name is null.',
    })
    expect(readErrorBody(apigwError)).toMatchObject({ code: 'APIG.0301', requestId: '******' })
  })

  it('keeps the message of a VPC error instead of a bare status', async () => {
    server.use(
      http.get('/api/vpc/v1/p/subnets', () => HttpResponse.json(vpcError, { status: 400 })),
    )
    const err = await request({ service: 'vpc', path: '/v1/p/subnets', schema: z.unknown() }).catch(
      (e: unknown) => e,
    )
    expect(err).toBeInstanceOf(ApiError)
    expect(err).toMatchObject({
      status: 400,
      code: 'VPC.0002',
      message: 'Available zone Name is null.',
    })
  })
})

interface Sent {
  method: string
  path: string
  contentType: string | null
  body: unknown
}

/** Records every request the console sends, answering each from `answer`. */
function record(answer: (req: Omit<Sent, 'body'>) => unknown): Sent[] {
  const sent: Sent[] = []
  const handler = async ({ request: req }: { request: Request }) => {
    const url = new URL(req.url)
    const text = await req.text()
    const entry = {
      method: req.method,
      path: url.pathname.replace(/^\/api\/(modelarts|vpc)/, ''),
      contentType: req.headers.get('content-type'),
    }
    sent.push({ ...entry, body: text ? (JSON.parse(text) as unknown) : undefined })
    return HttpResponse.json(answer(entry) as object)
  }
  server.use(http.all('/api/modelarts/*', handler), http.all('/api/vpc/*', handler))
  return sent
}

/** The browser names the project by its region; the server (or simulator) puts the ID there. */
const P = DEMO_REGIONS[0].id
const activeNetwork = (name: string) => ({
  ...networkGet,
  metadata: { ...networkGet.metadata, name, labels: { 'os.modelarts/name': name.slice(0, 12) } },
})

describe('requests the console sends', () => {
  const pool = {
    type: 'train' as const,
    name: 'pool-ae01',
    description: '',
    flavor: 'modelarts.vm.cpu.8ud',
    count: 1,
  }

  it('creates a pool on the isolated network with exactly the documented body', async () => {
    const sent = record(({ method }) => (method === 'POST' ? createPoolResponse : networkGet))
    await runCreatePool(P, {
      pool,
      network: {
        kind: 'existing',
        id: 'network-21e1-6f5da086876d4cd084d36f8bd3346036',
        displayName: 'network-21e1',
        cidr: '',
      },
    })
    const post = sent.find((s) => s.method === 'POST')
    expect(post?.path).toBe(`/v2/${P}/pools`)
    expect(post?.contentType).toBe('application/json')
    // The reference's example is a Train pool; this console's Development/Training adds Notebook.
    expect(post?.body).toEqual({
      ...createPoolRequest,
      spec: { ...createPoolRequest.spec, scope: ['Train', 'Notebook'] },
    })
    expect(shape(post?.body)).toEqual(shape(createPoolRequest))
  })

  it('creates a network, waits for it, connects it and only then creates the pool', async () => {
    const created = networkCreateResponse.metadata.name
    let polls = 0
    const sent = record(({ method, path }) => {
      if (path === `/v1/${P}/networks` && method === 'GET') return { ...networkList, items: [] }
      if (path === `/v1/${P}/networks` && method === 'POST') return networkCreateResponse
      if (path.startsWith(`/v1/${P}/networks/`) && method === 'GET')
        return ++polls < 2 ? networkCreateResponse : activeNetwork(created)
      if (method === 'PATCH') return networkPatchResponse
      return createPoolResponse
    })
    await runCreatePool(
      P,
      {
        pool: { ...pool, type: 'infer', az: 'cn-north-4b' },
        network: { kind: 'new', name: 'network-7a03', cidr: '192.168.128.0/17' },
        custom: { vpc: 'vpc-1', subnet: 'subnet-1', securityGroup: 'sg-1' },
      },
      { sleep: () => Promise.resolve() },
    )
    const writes = sent.filter((s) => s.method !== 'GET')
    expect(writes.map((s) => `${s.method} ${s.path}`)).toEqual([
      `POST /v1/${P}/networks`,
      `PATCH /v1/${P}/networks/${created}`,
      `POST /v2/${P}/pools`,
    ])
    const [network, connect, createPool] = writes
    expect(network?.body).toEqual({
      ...networkCreateRequest,
      metadata: {
        labels: { ...networkCreateRequest.metadata.labels, 'os.modelarts/workspace.id': '0' },
      },
    })
    expect(connect?.contentType).toBe('application/merge-patch+json')
    expect(connect?.body).toEqual({
      spec: {
        connection: { peerConnectionList: [{ peerVpcId: 'vpc-1', peerSubnetId: 'subnet-1' }] },
      },
    })
    // The documented VPC peering body, less its optional default-gateway flag.
    expect(shape(connect?.body)).toEqual(
      shape(networkPatchRequest).filter((p) => !p.endsWith('defaultGateWay')),
    )
    // No security group or VPC travels with a Standard pool: only the network's name.
    expect(createPool?.body).toMatchObject({
      spec: {
        network: { name: created },
        resources: [
          { flavor: 'modelarts.vm.cpu.8ud', count: 1, azs: [{ az: 'cn-north-4b', count: 1 }] },
        ],
      },
    })
    expect(JSON.stringify(createPool?.body)).not.toMatch(/vpc|subnet|securityGroup/i)
    // Listed (to reuse a network of that name), created, polled until Active, then the rest.
    expect(sent.map((s) => `${s.method} ${s.path.replace(created, 'N')}`)).toEqual([
      `GET /v1/${P}/networks`,
      `POST /v1/${P}/networks`,
      `GET /v1/${P}/networks/N`,
      `GET /v1/${P}/networks/N`,
      `PATCH /v1/${P}/networks/N`,
      `POST /v2/${P}/pools`,
    ])
    expect(polls).toBe(2)
  })

  it('scales out with the documented merge-patch body', async () => {
    const sent = record(() => patchPoolResponse)
    const current = poolSchema.parse({
      ...patchPoolResponse,
      spec: {
        ...patchPoolResponse.spec,
        resources: [{ flavor: 'modelarts.vm.cpu.4ud', count: 1 }],
      },
    })
    await patchPool(
      P,
      current.metadata.name,
      buildScaleOutPatch(current, { [entryKey(current.spec.resources[0]!)]: 3 }),
    )
    expect(sent[0]).toMatchObject({ method: 'PATCH', contentType: 'application/merge-patch+json' })
    expect(sent[0]?.body).toEqual(patchPoolRequest)
  })

  it('sends every entry back when one flavor sits in two node pools, changing only the one scaled', () => {
    const current = poolSchema.parse({
      ...patchPoolResponse,
      spec: { ...patchPoolResponse.spec, resources: tfScaleOut.spec.resources },
    })
    const [first, second] = current.spec.resources
    const twin = {
      ...second!,
      flavor: first!.flavor,
      nodePool: 'pool-b',
      azs: [
        { az: 'az-1', count: 1 },
        { az: 'az-2', count: 1 },
      ],
      count: 2,
    }
    current.spec.resources = [first!, twin]
    const patch = buildScaleOutPatch(current, { [entryKey(twin)]: 5 })
    expect(patch.spec.resources).toEqual([
      first,
      {
        ...twin,
        count: 5,
        azs: [
          { az: 'az-1', count: 3 },
          { az: 'az-2', count: 2 },
        ],
      },
    ])
    // Sent back unchanged, every entry keeps the fields Terraform sends (nodePool, azs, maxCount…).
    const asTerraform = poolSchema.parse({
      ...patchPoolResponse,
      spec: { ...patchPoolResponse.spec, resources: tfScaleOut.spec.resources },
    })
    expect(buildScaleOutPatch(asTerraform, {}).spec.resources).toEqual(tfScaleOut.spec.resources)
  })

  it('scales in and deletes with the documented requests', async () => {
    const sent = record(() => ({}))
    await batchDeleteNodes(P, 'pool-x', ['os-node-created-mnmcf'])
    await deletePool(P, 'pool-x').catch(() => undefined)
    expect(sent[0]).toMatchObject({
      method: 'POST',
      path: `/v2/${P}/pools/pool-x/nodes/batch-delete`,
    })
    expect(sent[0]?.body).toEqual(batchDeleteRequest)
    expect(sent[1]).toMatchObject({
      method: 'DELETE',
      path: `/v2/${P}/pools/pool-x`,
      body: undefined,
    })
  })
})
