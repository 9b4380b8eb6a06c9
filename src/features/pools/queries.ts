// The list's queries and the cache rules every screen shares. What only the details, Scale or
// Create need lives in detail-queries.ts and network-queries.ts, so the list's page load does
// not build those answers' schemas.
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { listFlavors } from '@/api/flavors'
import type { MonitorRange, MonitorStatistic } from '@/api/monitor'
import type { Listing } from '@/api/paging'
import { isApiError } from '@/api/http'
import { deletePool, getPool, listPools, type Pool } from '@/api/pools'
import { getQuotas } from '@/api/quotas'
import { pollInterval, regionOf, useRegion } from '@/lib/query-client'
import { isTransitional } from './pool-model'

/** How often to look again while something is changing. */
export const TRANSITION_POLL_MS = 3_000
/** Polls while something changes, backing off (then stopping) while refreshes fail. */
export const poll = (query: { state: { error: unknown } }, changing: boolean) =>
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

// Every change ends with a fresh look, whatever its answer: a refusal often means the pool moved
// on (409), and a lost answer means nobody knows what it is now.
export function useDeletePool() {
  const invalidate = useInvalidatePools()
  const region = useRegion()
  return useMutation({
    mutationFn: (poolId: string) => deletePool(region, poolId),
    onSettled: () => invalidate(),
  })
}
