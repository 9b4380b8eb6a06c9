import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { listPoolEvents } from '@/api/events'
import { listFlavors } from '@/api/flavors'
import { getPoolMonitor, type MonitorRange, type MonitorStatistic } from '@/api/monitor'
import { listNetworks, type Network } from '@/api/networks'
import { batchDeleteNodes, changeNodeLocks, listNodes, type PoolNode } from '@/api/nodes'
import type { Listing } from '@/api/paging'
import { isApiError } from '@/api/http'
import { buildScaleOutPatch } from '@/api/pool-entries'
import { deletePool, getPool, listPools, patchPool, type Pool } from '@/api/pools'
import { getQuotas } from '@/api/quotas'
import { listSecurityGroups, listSubnets, listVpcs } from '@/api/vpc'
import { listWorkloads } from '@/api/workloads'
import { pollInterval, regionOf, useRegion } from '@/lib/query-client'
import { isTransitional } from './pool-model'

/** How often to look again while something is changing. */
export const TRANSITION_POLL_MS = 3_000
/** The finest period the monitor API offers is a minute: asking more often shows nothing new. */
export const MONITOR_REFRESH_MS = 60_000

/** Polls while something changes, backing off (then stopping) while refreshes fail. */
const poll = (query: { state: { error: unknown } }, changing: boolean) =>
  pollInterval(query, changing, TRANSITION_POLL_MS)

export const poolKeys = {
  all: ['pools'] as const,
  list: () => [...poolKeys.all, 'list'] as const,
  failed: () => [...poolKeys.all, 'failed'] as const,
  detail: (id: string) => [...poolKeys.all, 'detail', id] as const,
  nodes: (id: string) => [...poolKeys.all, 'detail', id, 'nodes'] as const,
  events: (id: string) => [...poolKeys.all, 'detail', id, 'events'] as const,
  monitor: (id: string, range: MonitorRange, statistic: MonitorStatistic) =>
    [...poolKeys.all, 'detail', id, 'monitor', range, statistic] as const,
  workloads: (id: string) => [...poolKeys.all, 'detail', id, 'workloads'] as const,
}
export const quotaKeys = { all: ['quotas'] as const }
export const networkKeys = { all: ['networks'] as const }
export const flavorKeys = { all: ['flavors'] as const }
export const vpcKeys = {
  all: ['vpcs'] as const,
  subnets: (vpc: string) => [...vpcKeys.all, vpc, 'subnets'] as const,
  securityGroups: (vpc: string) => [...vpcKeys.all, vpc, 'security-groups'] as const,
}

const NODE_TRANSITIONAL = new Set(['Creating', 'Checking', 'Deleting'])

export const poolListQuery = () =>
  queryOptions({
    queryKey: poolKeys.list(),
    queryFn: ({ signal, client }) => listPools(regionOf(client), signal),
    refetchInterval: (q) => poll(q, Boolean(q.state.data?.items.some(isTransitional))),
  })

/**
 * Pools whose creation failed, which the plain list leaves out. Asked apart (and not polled: a
 * failed pool changes only when deleted), so a refusal here never hides the other pools.
 */
export const failedPoolListQuery = () =>
  queryOptions({
    queryKey: poolKeys.failed(),
    queryFn: ({ signal, client }) => listPools(regionOf(client), signal, 'failed'),
  })

/** Both lists as one, each pool once. */
export function mergePools(
  listed: Listing<Pool> | undefined,
  failedListed: Listing<Pool> | undefined,
) {
  const current = listed?.items
  const failed = failedListed?.items
  if (!current || !failed?.length) return current
  const names = new Set(current.map((p) => p.metadata.name))
  return [...current, ...failed.filter((p) => !names.has(p.metadata.name))]
}

export const poolQuery = (id: string) =>
  queryOptions({
    queryKey: poolKeys.detail(id),
    queryFn: ({ signal, client }) => getPool(regionOf(client), id, signal),
    refetchInterval: (q) => poll(q, Boolean(q.state.data && isTransitional(q.state.data))),
  })

export const poolNodesQuery = (id: string) =>
  queryOptions({
    queryKey: poolKeys.nodes(id),
    queryFn: ({ signal, client }) => listNodes(regionOf(client), id, signal),
    refetchInterval: (q) =>
      poll(q, Boolean(q.state.data?.some((n: PoolNode) => NODE_TRANSITIONAL.has(n.status.phase)))),
  })

/** While the pool changes, its log grows: follow it like the pool itself. */
export const poolEventsQuery = (id: string, poolChanging = false) =>
  queryOptions({
    queryKey: poolKeys.events(id),
    queryFn: ({ signal, client }) => listPoolEvents(regionOf(client), id, signal),
    refetchInterval: (q) => poll(q, poolChanging),
  })

/**
 * A pool's utilisation. Mounted only while the Monitoring tab is open, and TanStack Query does
 * not poll a hidden browser tab, so it refreshes only while someone can see it.
 */
export const poolMonitorQuery = (id: string, range: MonitorRange, statistic: MonitorStatistic) =>
  queryOptions({
    queryKey: poolKeys.monitor(id, range, statistic),
    queryFn: ({ signal, client }) => getPoolMonitor(regionOf(client), id, range, statistic, signal),
    refetchInterval: (q) => pollInterval(q, true, MONITOR_REFRESH_MS),
  })

export const poolWorkloadsQuery = (id: string) =>
  queryOptions({
    queryKey: poolKeys.workloads(id),
    queryFn: ({ signal, client }) => listWorkloads(regionOf(client), id, signal),
  })

export const quotasQuery = () =>
  queryOptions({
    queryKey: quotaKeys.all,
    queryFn: ({ signal, client }) => getQuotas(regionOf(client), signal),
  })

export const flavorsQuery = () =>
  queryOptions({
    queryKey: flavorKeys.all,
    queryFn: ({ signal, client }) => listFlavors(regionOf(client), signal),
    staleTime: 60_000,
  })

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

/**
 * The cache rules, named: what goes stale when. Components say which (`stale.quotas()`), never
 * which keys: the keys and their relations live here.
 */
export function useStale() {
  const qc = useQueryClient()
  return {
    /** Quota use moved (pools or nodes came or went, or the service refused a quota). */
    quotas: () => qc.invalidateQueries({ queryKey: quotaKeys.all }),
    /** The service named the flavor as the problem: sold out or gone since it was listed. */
    flavors: () => qc.invalidateQueries({ queryKey: flavorKeys.all }),
    /** A network was made, or the service named the network as the problem. */
    networks: () => qc.invalidateQueries({ queryKey: networkKeys.all }),
    /** After any change: pools (list, details, nodes, events), networks and quotas. */
    afterChange: () =>
      Promise.all([
        qc.invalidateQueries({ queryKey: poolKeys.all }),
        qc.invalidateQueries({ queryKey: networkKeys.all }),
        qc.invalidateQueries({ queryKey: quotaKeys.all }),
      ]),
  }
}

/** After any change: pools (list, details, nodes, events), networks and quotas are stale. */
export function useInvalidatePools() {
  return useStale().afterChange
}

/**
 * The pool as the service has it now, asked afresh (after a change whose answer was lost);
 * `null` when it no longer exists.
 */
export function useReadPoolNow() {
  const qc = useQueryClient()
  return async (id: string): Promise<Pool | null> => {
    try {
      return await qc.fetchQuery({ ...poolQuery(id), staleTime: 0 })
    } catch (error) {
      if (isApiError(error) && error.status === 404) return null
      throw error
    }
  }
}

/** The pool's nodes as the service has them now, asked afresh. */
export function useReadNodesNow() {
  const qc = useQueryClient()
  return (id: string) => qc.fetchQuery({ ...poolNodesQuery(id), staleTime: 0 })
}

/**
 * After a batch-delete whose answer was lost: whether it was taken, that is, every named node is
 * gone or on its way out. Throws when the nodes cannot be read either.
 */
export function useNodesGoneCheck() {
  const readNodes = useReadNodesNow()
  return async (id: string, names: readonly string[]) => {
    const phases = new Map((await readNodes(id)).map((n) => [n.metadata.name, n.status.phase]))
    return names.every((n) => !phases.has(n) || phases.get(n) === 'Deleting')
  }
}

// Every change ends with a fresh look, whatever its answer: a refusal often means the pool moved
// on (409), and a lost answer means nobody knows what it is now.
export function useScaleOutPool() {
  const invalidate = useInvalidatePools()
  const region = useRegion()
  return useMutation({
    mutationFn: ({ pool, targets }: { pool: Pool; targets: Record<string, number> }) =>
      patchPool(region, pool.metadata.name, buildScaleOutPatch(pool, targets)),
    onSettled: () => invalidate(),
  })
}

export function useDeleteNodes() {
  const invalidate = useInvalidatePools()
  const region = useRegion()
  return useMutation({
    mutationFn: ({ poolId, nodeNames }: { poolId: string; nodeNames: string[] }) =>
      batchDeleteNodes(region, poolId, nodeNames),
    onSettled: () => invalidate(),
  })
}

/** Locks (`lock: true`) or unlocks the deletion of named nodes. */
export function useChangeNodeLocks() {
  const invalidate = useInvalidatePools()
  const region = useRegion()
  return useMutation({
    mutationFn: ({
      poolId,
      nodeNames,
      lock,
    }: {
      poolId: string
      nodeNames: string[]
      lock: boolean
    }) => changeNodeLocks(region, poolId, nodeNames, lock),
    onSettled: () => invalidate(),
  })
}

export function useDeletePool() {
  const invalidate = useInvalidatePools()
  const region = useRegion()
  return useMutation({
    mutationFn: (poolId: string) => deletePool(region, poolId),
    onSettled: () => invalidate(),
  })
}
