import { z } from '@/api/zod'
import { projectPath, type Region, request } from './http'
import { openEnum } from './schema-helpers'

export const poolEventSchema = z.looseObject({
  type: openEnum(['Normal', 'Warning']),
  reason: z.string(),
  message: z.string(),
  firstTimestamp: z.string(),
  lastTimestamp: z.string(),
  count: z.optional(z.int()),
})
export type PoolEvent = z.infer<typeof poolEventSchema>

export const eventListSchema = z.looseObject({
  kind: z.optional(z.string()),
  items: z.array(poolEventSchema),
  total: z.optional(z.int()),
})

export const listPoolEvents = (region: Region, pool: string, signal?: AbortSignal) =>
  request({
    path: projectPath(region, 'v1', '/events'),
    query: { resource: 'pools', name: pool },
    schema: eventListSchema,
    signal,
  }).then((l) => l.items)
