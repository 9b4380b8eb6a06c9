import { z } from '@/api/zod'
import { projectPath, type Region } from './http'
import { requestAll } from './paging'
import { openEnum, wholeNumberSchema } from './schema-helpers'

/*
 * ResourceFlavor, as OTC `resource_flavor_management_apis/obtaining_resource_specifications.rst`
 * and the Python SDK's `resource_flavor*.py` models describe it: `gpu.size`/`npu.size` are strings
 * ("1"), `labels` is often `{}`, and the scope label is documented as `.`-separated.
 */

export const FLAVOR_SCOPE_LABEL = 'os.modelarts/scope'

const acceleratorSchema = z.looseObject({
  type: z.string(),
  size: wholeNumberSchema,
  memory: z.optional(z.string()),
})

export const flavorSchema = z.looseObject({
  apiVersion: z.optional(z.string()),
  kind: z.optional(z.string()),
  metadata: z.looseObject({
    name: z.string(),
    labels: z.optional(z.record(z.string(), z.string())),
  }),
  spec: z.looseObject({
    type: z.optional(z.string()),
    cpuArch: z.optional(openEnum(['x86', 'arm64'])),
    cpu: z.string(),
    memory: z.string(),
    gpu: z.optional(acceleratorSchema),
    npu: z.optional(acceleratorSchema),
  }),
  status: z.optional(
    z.looseObject({
      /** AZ name → "normal" | "soldout". */
      phase: z.optional(z.record(z.string(), openEnum(['normal', 'soldout']))),
    }),
  ),
})
export type Flavor = z.infer<typeof flavorSchema>
/** A flavor as the service sends it (sizes as strings). */
export type FlavorBody = z.input<typeof flavorSchema>

export const flavorListSchema = z.looseObject({
  kind: z.string(),
  metadata: z.optional(z.looseObject({ continue: z.optional(z.string()) })),
  items: z.array(flavorSchema),
})

/**
 * The job types a flavor serves, from its scope label. Documented as `.`-separated
 * ("Train.Infer"); `,` is accepted too. An empty list means the flavor carries no scope label.
 */
export const flavorScopes = (f: { metadata: { labels?: Record<string, string> } }): string[] =>
  (f.metadata.labels?.[FLAVOR_SCOPE_LABEL] ?? '')
    .split(/[.,]/)
    .map((s) => s.trim())
    .filter(Boolean)

/** The API pages flavors at most 500 at a time (Huawei Cloud ListResourceFlavors: limit 0–500). */
export const FLAVOR_PAGE = 500

export const listFlavors = (region: Region, signal?: AbortSignal) =>
  requestAll({
    path: projectPath(region, 'v1', '/resourceflavors'),
    query: { limit: FLAVOR_PAGE },
    schema: flavorListSchema,
    signal,
  })
