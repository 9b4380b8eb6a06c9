/**
 * The rules ModelArts applies to a pool, in one place: the console's forms check them before a
 * request leaves the browser, and the simulated backend enforces the very same ones.
 */

export const POOL_LIMITS = {
  nameMin: 4,
  nameMax: 64,
  descriptionMax: 256,
  /** Nodes one create request may ask for; larger requests are throttled by the cloud. */
  createMax: 30,
  /** Nodes one scale-out may add. */
  addMax: 30,
  poolNodesMax: 100,
} as const

export const POOL_NAME_PATTERN = /^[A-Za-z0-9_-]+$/

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
  wrongState: 'ModelArts.2887',
  busy: 'ModelArts.5039',
  internal: 'ModelArts.50005000',
} as const
