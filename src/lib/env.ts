import { z } from 'zod'

/** The 32-hex project ID the demo backend answers for. */
export const DEMO_PROJECT_ID = '6f5da086876d4cd084d36f8bd3346036'

const envSchema = z.object({
  VITE_DEMO: z.enum(['true', 'false']).default('true'),
  VITE_PROJECT_ID: z.string().default(''),
  VITE_ENDPOINT_HOST: z.string().default(''),
})

const raw = envSchema.parse({
  VITE_DEMO: import.meta.env.VITE_DEMO,
  VITE_PROJECT_ID: import.meta.env.VITE_PROJECT_ID || undefined,
  VITE_ENDPOINT_HOST: import.meta.env.VITE_ENDPOINT_HOST || undefined,
})

export const env = {
  demo: raw.VITE_DEMO === 'true',
  projectId: raw.VITE_PROJECT_ID || DEMO_PROJECT_ID,
  endpointHost: raw.VITE_ENDPOINT_HOST,
  modelartsBase: '/api/modelarts',
  vpcBase: '/api/vpc',
} as const
