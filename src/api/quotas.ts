import { z } from 'zod'
import { projectPath, request } from './http'
import { openEnum } from './schema-helpers'

export const quotaSchema = z.looseObject({
  type: openEnum(['pool', 'node']),
  quota: z.number().int(),
  used: z.number().int(),
})
export type Quota = z.infer<typeof quotaSchema>

export const quotasSchema = z.looseObject({
  quotas: z.looseObject({ resources: z.array(quotaSchema) }),
})

export const getQuotas = (signal?: AbortSignal) =>
  request({ path: projectPath('v1', '/quotas'), schema: quotasSchema, signal }).then(
    (q) => q.quotas.resources,
  )
