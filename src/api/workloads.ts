import { z } from 'zod'
import { projectPath, request } from './http'
import { openEnum } from './schema-helpers'

export const workloadSchema = z.looseObject({
  type: openEnum(['train', 'infer', 'notebook']),
  name: z.string(),
  status: z.string().optional(),
})
export type Workload = z.infer<typeof workloadSchema>

export const workloadListSchema = z.looseObject({
  kind: z.string().optional(),
  items: z.array(workloadSchema),
})

export const listWorkloads = (pool: string, signal?: AbortSignal) =>
  request({
    path: projectPath('v2', `/pools/${encodeURIComponent(pool)}/workloads`),
    schema: workloadListSchema,
    signal,
  }).then((l) => l.items)
