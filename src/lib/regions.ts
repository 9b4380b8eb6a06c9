import { z } from '@/api/zod'

/**
 * The regions the console serves, as its server describes them (GET /api/console/regions, see
 * server/live-config.ts) or the demo backend does: never a credential, and the project ID only
 * for showing it (the browser names projects by region).
 */
export const consoleRegionSchema = z.looseObject({
  id: z.string().check(z.minLength(1)),
  modelartsHost: z.string(),
  projectId: z.optional(z.string()),
})

export const consoleSetupSchema = z.looseObject({
  regions: z.array(consoleRegionSchema).check(z.minLength(1)),
  /** How the server authenticates: decides which advice a refusal gets. */
  credentials: z.catch(z.enum(['access-keys', 'token']), 'token'),
})

export type ConsoleRegion = z.infer<typeof consoleRegionSchema>
export type ConsoleSetup = z.infer<typeof consoleSetupSchema>

export const SETUP_PATH = '/api/console/regions'

/** Asks the console's server which regions to show (live mode), giving up after 10 s. */
export async function fetchSetup(timeoutMs = 10_000): Promise<ConsoleSetup> {
  const res = await fetch(SETUP_PATH, {
    headers: { Accept: 'application/json' },
    signal: AbortSignal.timeout(timeoutMs),
  })
  if (!res.ok) throw new Error(`${SETUP_PATH} answered ${res.status}`)
  return consoleSetupSchema.parse(await res.json())
}
