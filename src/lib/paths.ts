import type { PoolType } from '@/api/pools'
import { useRegion } from './query-client'

/**
 * Every URL of the console, in one place. The region comes first (`/cn-north-4/pools`), so a
 * link names everything needed to open what it shows.
 */
export const paths = {
  pools: (region: string, type: PoolType = 'train') => `/${region}/pools?type=${type}`,
  create: (region: string, type: PoolType = 'train') => `/${region}/pools/create?type=${type}`,
  pool: (region: string, id: string) => `/${region}/pools/${encodeURIComponent(id)}`,
}

/** The URLs of the region in context. */
export function usePaths() {
  const region = useRegion()
  return {
    pools: (type?: PoolType) => paths.pools(region, type),
    create: (type?: PoolType) => paths.create(region, type),
    pool: (id: string) => paths.pool(region, id),
  }
}
