import { type Flavor, flavorSchema } from '@/api/flavors'
import { SEED_FLAVORS } from '@/mocks/seed-catalog'

/** The demo's flavors as the client reads them (sizes parsed from the strings the service sends). */
export const seedFlavors = (): Flavor[] => SEED_FLAVORS.map((f) => flavorSchema.parse(f))
