import { z } from '@/api/zod'
import { projectPath, type Region, request } from './http'
import { requestAll } from './paging'
import { objectMetadataSchema, openEnum } from './schema-helpers'
import { LABEL_NAME, LABEL_WORKSPACE } from './pools'

/*
 * ModelArts networks (v1), the network a Standard pool runs in (`spec.network.name`). Shapes from
 * OTC `api-ref/source/resource_management/network_management/*.rst` (creating, obtaining, updating,
 * deleting network resources), the Python SDK (`network_*.py`, `peer_connection_*.py`) and the
 * Terraform provider (`resource_huaweicloud_modelarts_network.go`: create, wait for Active, then
 * PATCH the peer connections). Fixtures: src/test/fixtures/public/network-*.json.
 */

export const NETWORK_PHASES = ['Creating', 'Active', 'Abnormal'] as const

export const peerConnectionSchema = z.looseObject({
  peerVpcId: z.string(),
  peerSubnetId: z.string(),
  defaultGateWay: z.optional(z.boolean()),
})
export type PeerConnection = z.infer<typeof peerConnectionSchema>

export const networkSchema = z.looseObject({
  apiVersion: z.optional(z.string()),
  kind: z.optional(z.string()),
  // Its `name` is what a pool's spec.network.name takes.
  metadata: objectMetadataSchema,
  spec: z.looseObject({
    cidr: z.string(),
    connection: z.optional(
      z.looseObject({ peerConnectionList: z.optional(z.array(peerConnectionSchema)) }),
    ),
  }),
  status: z.optional(
    z.looseObject({
      // The create answer sends "" before the first phase is known.
      phase: z.optional(openEnum(NETWORK_PHASES)),
      connectionStatus: z.optional(
        z.looseObject({
          peerConnectionStatus: z.optional(
            z.array(
              z.extend(peerConnectionSchema, {
                phase: z.optional(openEnum(['Connecting', 'Active', 'Abnormal'])),
              }),
            ),
          ),
        }),
      ),
    }),
  ),
})
export type Network = z.infer<typeof networkSchema>
export type NetworkBody = z.input<typeof networkSchema>

export const networkListSchema = z.looseObject({
  kind: z.optional(z.string()),
  metadata: z.optional(z.looseObject({ continue: z.optional(z.string()) })),
  items: z.array(networkSchema),
})

/** POST /networks, as the reference's example sends it: a name and a CIDR, nothing else. */
export const createNetworkBodySchema = z.looseObject({
  apiVersion: z.literal('v1'),
  kind: z.literal('Network'),
  metadata: z.looseObject({
    labels: z.looseObject({ [LABEL_NAME]: z.string(), [LABEL_WORKSPACE]: z.optional(z.string()) }),
  }),
  spec: z.looseObject({ cidr: z.string() }),
})
export type CreateNetworkBody = z.infer<typeof createNetworkBodySchema>

/** PATCH /networks/{name} (merge-patch): the complete list of peer connections. */
export const patchNetworkBodySchema = z.looseObject({
  spec: z.looseObject({
    connection: z.looseObject({ peerConnectionList: z.array(peerConnectionSchema) }),
  }),
})
export type PatchNetworkBody = z.infer<typeof patchNetworkBodySchema>

export const networkDisplayName = (n: Network) => n.metadata.labels?.[LABEL_NAME] ?? n.metadata.name

export const peersOf = (n: Network): PeerConnection[] => n.spec.connection?.peerConnectionList ?? []

/** Connected to nothing: the project's isolated network, as ModelArts allocates it. */
export const isIsolated = (n: Network) => peersOf(n).length === 0

export const isConnectedTo = (n: Network, vpc: string, subnet: string) =>
  peersOf(n).some((p) => p.peerVpcId === vpc && p.peerSubnetId === subnet)

export function buildCreateNetworkBody(name: string, cidr: string): CreateNetworkBody {
  return {
    apiVersion: 'v1',
    kind: 'Network',
    metadata: { labels: { [LABEL_NAME]: name, [LABEL_WORKSPACE]: '0' } },
    spec: { cidr },
  }
}

/** Adds a VPC/subnet to what the network is connected to; merge-patch replaces the whole list. */
export function buildConnectNetworkPatch(
  network: Network,
  vpc: string,
  subnet: string,
): PatchNetworkBody {
  const others = peersOf(network)
    .filter((p) => !(p.peerVpcId === vpc && p.peerSubnetId === subnet))
    .map(({ peerVpcId, peerSubnetId, defaultGateWay }) => ({
      peerVpcId,
      peerSubnetId,
      ...(defaultGateWay !== undefined ? { defaultGateWay } : {}),
    }))
  return {
    spec: {
      connection: { peerConnectionList: [...others, { peerVpcId: vpc, peerSubnetId: subnet }] },
    },
  }
}

const networksPath = (region: Region, rest = '') => projectPath(region, 'v1', `/networks${rest}`)

export const listNetworks = (region: Region, signal?: AbortSignal) =>
  requestAll({
    path: networksPath(region),
    query: { limit: 500 },
    schema: networkListSchema,
    signal,
  })

export const getNetwork = (region: Region, name: string, signal?: AbortSignal) =>
  request({
    path: networksPath(region, `/${encodeURIComponent(name)}`),
    schema: networkSchema,
    signal,
  })

export const createNetwork = (region: Region, body: CreateNetworkBody) =>
  request({ method: 'POST', path: networksPath(region), body, schema: networkSchema })

export const patchNetwork = (region: Region, name: string, body: PatchNetworkBody) =>
  request({
    method: 'PATCH',
    path: networksPath(region, `/${encodeURIComponent(name)}`),
    body,
    schema: networkSchema,
  })
