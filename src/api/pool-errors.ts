import { isApiError } from './http'
import { POOL_ERROR_CODES } from './pool-rules'

export type PoolErrorKind = keyof typeof POOL_ERROR_CODES

/** The service answered with this error: `isPoolError(e, 'wrongState')`, never a code literal. */
export const isPoolError = (error: unknown, kind: PoolErrorKind): boolean =>
  isApiError(error) && error.code === POOL_ERROR_CODES[kind]
