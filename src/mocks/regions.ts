import { DEMO_REGIONS } from '@/lib/demo-project'
import type { ConsoleSetup } from '@/lib/regions'

/** The demo's regions as the console's server would describe them. */
export const DEMO_SETUP: ConsoleSetup = {
  regions: DEMO_REGIONS.map((r) => ({
    id: r.id,
    modelartsHost: `modelarts.${r.id}.myhuaweicloud.com`,
    projectId: r.projectId,
  })),
  credentials: 'token',
}
