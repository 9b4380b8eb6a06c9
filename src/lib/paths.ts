import type { PoolType } from '@/api/pools'
import { useRegion } from './query-client'

/** Filters of the pool list (use-list-params.ts reads them back). */
export interface PoolFilters {
  status?: string
  gpu?: string
}

const filterQuery = (filters: PoolFilters = {}) =>
  Object.entries(filters)
    .filter(([, v]) => v)
    .map(([k, v]) => `&${k}=${encodeURIComponent(v as string)}`)
    .join('')

/**
 * Every URL of the console, in one place. The region comes first (`/cn-north-4/pools`), so a
 * link names everything needed to open what it shows.
 */
export const paths = {
  pools: (region: string, type: PoolType = 'train', filters?: PoolFilters) =>
    `/${region}/pools?type=${type}${filterQuery(filters)}`,
  create: (region: string, type: PoolType = 'train') => `/${region}/pools/create?type=${type}`,
  pool: (region: string, id: string) => `/${region}/pools/${encodeURIComponent(id)}`,
}

/** The URLs of the region in context. */
export function usePaths() {
  const region = useRegion()
  return {
    pools: (type?: PoolType, filters?: PoolFilters) => paths.pools(region, type, filters),
    create: (type?: PoolType) => paths.create(region, type),
    pool: (id: string) => paths.pool(region, id),
  }
}
