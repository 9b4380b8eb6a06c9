import { z } from '@/api/zod'
import { projectPath, type Region, request } from './http'
import { openEnum, wholeNumberSchema } from './schema-helpers'

/*
 * OTC `configuration_management/obtaining_os_quotas.rst`: the table and the Python SDK
 * (`resource_quota.py`) type `quota`/`used` as strings, the example sends numbers; the documented
 * types are `pool` and `network`. A `node` quota may be absent: the console then shows none.
 */
export const quotaSchema = z.looseObject({
  type: openEnum(['pool', 'network', 'node']),
  quota: wholeNumberSchema,
  used: wholeNumberSchema,
})
export type Quota = z.infer<typeof quotaSchema>

export const quotasSchema = z.looseObject({
  quotas: z.looseObject({ resources: z.array(quotaSchema) }),
})

export const getQuotas = (region: Region, signal?: AbortSignal) =>
  request({ path: projectPath(region, 'v1', '/quotas'), schema: quotasSchema, signal }).then(
    (q) => q.quotas.resources,
  )

/**
 * A quota with how many more fit; undefined when the service reports no such quota, or no limit
 * (Huawei Cloud quota APIs use -1 for "unlimited").
 */
export function findQuota(quotas: readonly Quota[] | undefined, type: Quota['type']) {
  const q = quotas?.find((x) => x.type === type)
  return q && q.quota >= 0 ? { ...q, left: Math.max(0, q.quota - q.used) } : undefined
}
