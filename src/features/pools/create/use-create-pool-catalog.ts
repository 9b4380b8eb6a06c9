import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { PoolType } from '@/api/pools'
import { findQuota } from '@/api/quotas'
import { poolName } from '../pool-model'
import { failedPoolListQuery, flavorsQuery, poolListQuery, quotasQuery } from '../queries'
import { networksQuery, vpcsQuery } from '../network-queries'
import { createPoolFormSchema } from './create-pool-schema'
import { flavorsForType, zonesOf } from './flavor-availability'

/**
 * What the region offers a new pool of `type` (flavors, zones, quotas, networks, VPCs, names
 * already taken), and the form's schema built on it: the Create page's data, apart from its
 * steps and Submit.
 */
export function useCreatePoolCatalog(type: PoolType, ownNetwork: string | undefined) {
  const flavors = useQuery(flavorsQuery())
  const quotas = useQuery(quotasQuery())
  const networks = useQuery(networksQuery())
  const vpcs = useQuery({ ...vpcsQuery(), enabled: type === 'infer' })
  // The pools the list already loaded (never fetched here): a name taken among them is refused
  // before Submit.
  const known = useQuery({ ...poolListQuery(), enabled: false, refetchInterval: false })
  const knownFailed = useQuery({ ...failedPoolListQuery(), enabled: false })
  const takenNames = useMemo(
    () => new Set([...(known.data?.items ?? []), ...(knownFailed.data?.items ?? [])].map(poolName)),
    [known.data, knownFailed.data],
  )
  const offered = useMemo(
    () => flavors.data && flavorsForType(flavors.data, type),
    [flavors.data, type],
  )
  const zones = useMemo(() => zonesOf(flavors.data ?? []), [flavors.data])
  const nodeQuota = findQuota(quotas.data, 'node')
  const networkQuota = findQuota(quotas.data, 'network')
  const schema = useMemo(
    () =>
      createPoolFormSchema({
        ownNetwork,
        takenNames,
        type,
        flavors: offered,
        zones,
        nodesLeft: nodeQuota?.left,
        networks: networks.data,
        vpcs: vpcs.data,
        networksLeft: networkQuota?.left,
      }),
    [
      type,
      offered,
      zones,
      nodeQuota?.left,
      networks.data,
      vpcs.data,
      networkQuota?.left,
      ownNetwork,
      takenNames,
    ],
  )

  return { flavors, networks, offered, zones, nodeQuota, schema }
}
