// What Create (and the details' network line) ask for: networks, VPCs, subnets, security groups.
import { queryOptions } from '@tanstack/react-query'
import { listNetworks, type Network } from '@/api/networks'
import { listSecurityGroups, listSubnets, listVpcs } from '@/api/vpc'
import { regionOf } from '@/lib/query-client'
import { networkKeys, poll, vpcKeys } from './queries'

const networkChanging = (n: Network) =>
  n.status?.phase !== 'Active' ||
  Boolean(n.status.connectionStatus?.peerConnectionStatus?.some((p) => p.phase === 'Connecting'))

export const networksQuery = () =>
  queryOptions({
    queryKey: networkKeys.all,
    queryFn: ({ signal, client }) => listNetworks(regionOf(client), signal),
    staleTime: 30_000,
    refetchInterval: (q) => poll(q, Boolean(q.state.data?.some(networkChanging))),
  })

export const vpcsQuery = () =>
  queryOptions({
    queryKey: vpcKeys.all,
    queryFn: ({ signal, client }) => listVpcs(regionOf(client), signal),
    staleTime: 60_000,
  })

export const subnetsQuery = (vpc: string) =>
  queryOptions({
    queryKey: vpcKeys.subnets(vpc),
    queryFn: ({ signal, client }) => listSubnets(regionOf(client), vpc, signal),
    enabled: Boolean(vpc),
    staleTime: 60_000,
  })

export const securityGroupsQuery = (vpc: string) =>
  queryOptions({
    queryKey: vpcKeys.securityGroups(vpc),
    queryFn: ({ signal, client }) => listSecurityGroups(regionOf(client), vpc, signal),
    enabled: Boolean(vpc),
    staleTime: 60_000,
  })
