// What a pool's details, its nodes and the Scale and Delete dialogs ask for (queries.ts holds
// the keys and the cache rules).
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import { listPoolEvents } from '@/api/events'
import { getPoolMonitor, type MonitorRange, type MonitorStatistic } from '@/api/monitor'
import { batchDeleteNodes, changeNodeLocks, listNodes, type PoolNode } from '@/api/nodes'
import { buildScaleOutPatch } from '@/api/pool-entries'
import { patchPool, type Pool } from '@/api/pools'
import { listWorkloads } from '@/api/workloads'
import { pollInterval, regionOf, useRegion } from '@/lib/query-client'
import { poll, poolKeys, useInvalidatePools } from './queries'

/** The finest period the monitor API offers is a minute: asking more often shows nothing new. */
export const MONITOR_REFRESH_MS = 60_000

const NODE_TRANSITIONAL = new Set(['Creating', 'Checking', 'Deleting'])

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
