import { z } from 'zod'
import { projectPath, request } from './http'
import { openEnum } from './schema-helpers'

export const FLAVOR_SCOPE_LABEL = 'os.modelarts/scope'

export const flavorSchema = z.looseObject({
  apiVersion: z.string().optional(),
  kind: z.string().optional(),
  metadata: z.looseObject({
    name: z.string(),
    labels: z.record(z.string(), z.string()).optional(),
  }),
  spec: z.looseObject({
    type: z.string().optional(),
    cpuArch: openEnum(['x86', 'arm64']).optional(),
    cpu: z.string(),
    memory: z.string(),
    gpu: z
      .looseObject({ type: z.string(), size: z.number(), memory: z.string().optional() })
      .optional(),
  }),
  status: z
    .looseObject({
      /** AZ name → "normal" | "soldout". */
      phase: z.record(z.string(), openEnum(['normal', 'soldout'])).optional(),
    })
    .optional(),
})
export type Flavor = z.infer<typeof flavorSchema>

export const flavorListSchema = z.looseObject({
  kind: z.string(),
  items: z.array(flavorSchema),
})

export const listFlavors = (signal?: AbortSignal) =>
  request({ path: projectPath('v1', '/resourceflavors'), schema: flavorListSchema, signal }).then(
    (l) => l.items,
  )
