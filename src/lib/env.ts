import { z } from 'zod'
import { DEMO_PROJECT_ID } from './demo-project'

const envSchema = z.object({
  VITE_PROJECT_ID: z.string().default(''),
  VITE_ENDPOINT_HOST: z.string().default(''),
})

const raw = envSchema.parse({
  VITE_PROJECT_ID: import.meta.env.VITE_PROJECT_ID || undefined,
  VITE_ENDPOINT_HOST: import.meta.env.VITE_ENDPOINT_HOST || undefined,
})

export const env = {
  projectId: raw.VITE_PROJECT_ID || DEMO_PROJECT_ID,
  endpointHost: raw.VITE_ENDPOINT_HOST,
  modelartsBase: '/api/modelarts',
  vpcBase: '/api/vpc',
} as const
