/**
 * The rules ModelArts applies to a pool, in one place: the console's forms check them before a
 * request leaves the browser, and the simulated backend enforces the very same ones.
 */

export const POOL_LIMITS = {
  nameMin: 4,
  nameMax: 32,
  descriptionMax: 256,
  /** Nodes one create request may ask for; larger requests are throttled by the cloud. */
  createMax: 30,
  /** Nodes one scale-out may add. */
  addMax: 30,
  poolNodesMax: 100,
} as const

/**
 * Names of pools and ModelArts networks: lowercase letters, digits and hyphens, starting with a
 * letter and ending with a letter or digit, 4–32 characters. Sources: the Terraform provider's
 * docs (modelarts_resource_pool.md, modelarts_network.md: "4 to 32 … start with a lowercase letter
 * and end with a lowercase letter or digit") and the Python SDK's `network_metadata_labels.py`;
 * the OTC reference says 4–25 for pools. The server stays the authority on the rest.
 */
export type NameProblem = 'empty' | 'length' | 'start' | 'chars' | 'end'

export function nameProblem(name: string): NameProblem | undefined {
  if (!name) return 'empty'
  if (/[^a-z0-9-]/.test(name)) return 'chars'
  if (!/^[a-z]/.test(name)) return 'start'
  if (name.length < POOL_LIMITS.nameMin || name.length > POOL_LIMITS.nameMax) return 'length'
  if (name.endsWith('-')) return 'end'
  return undefined
}

/** Characters the API refuses in a description, as the user should read them. */
export const FORBIDDEN_DESCRIPTION_CHARS = ['!', '<', '>', '=', '&', '"', "'"] as const
export const FORBIDDEN_DESCRIPTION_PATTERN = /[!<>=&"']/

/** The `error_code`s the console reacts to (API.md, "Errors"). */
export const POOL_ERROR_CODES = {
  invalid: 'ModelArts.50004000',
  soldOut: 'ModelArts.6329',
  quota: 'ModelArts.0116',
  notFound: 'ModelArts.50015001',
  duplicate: 'ModelArts.50015000',
  /** "Pool (%s) is not running": HTTP 400 (OTC appendix/error_codes.rst). */
  wrongState: 'ModelArts.2887',
  busy: 'ModelArts.5039',
  internal: 'ModelArts.50005000',
  /** "Network not exist." (OTC network_management pages). */
  networkNotFound: 'ModelArts.50025001',
} as const
