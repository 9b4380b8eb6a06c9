import { z } from '@/api/zod'
import { projectPath, type Region, request } from './http'
import { openEnum } from './schema-helpers'

/*
 * OTC `resource_pool_job_management/obtaining_jobs_in_a_dedicated_resource_pool.rst`: `name` is an
 * internal ID (`modelarts-job-<uuid>`), `jobName` the name the user gave the job.
 */
export const workloadSchema = z.looseObject({
  type: openEnum(['train', 'infer', 'notebook']),
  name: z.string(),
  jobName: z.optional(z.string()),
  status: z.optional(z.string()),
})
export type Workload = z.infer<typeof workloadSchema>

export const workloadListSchema = z.looseObject({
  kind: z.optional(z.string()),
  items: z.array(workloadSchema),
  total: z.optional(z.int()),
})

/** The name a person knows a workload by. */
export const workloadName = (w: Workload) => w.jobName || w.name

export const listWorkloads = (region: Region, pool: string, signal?: AbortSignal) =>
  request({
    path: projectPath(region, 'v2', `/pools/${encodeURIComponent(pool)}/workloads`),
    schema: workloadListSchema,
    signal,
  }).then((l) => l.items)
