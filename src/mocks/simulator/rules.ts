import { type FlavorBody, flavorScopes } from '@/api/flavors'
import {
  FORBIDDEN_DESCRIPTION_PATTERN,
  nameProblem,
  POOL_ERROR_CODES,
  POOL_LIMITS as LIMITS,
} from '@/api/pool-rules'
import type { SimState } from '../state'
import { error, type SimAnswer } from './answers'

/**
 * The checks the simulated service makes itself, worded the way ModelArts words a 400: the field's
 * path first, then what is wrong. The console's forms check the same rules (src/api/*-rules.ts).
 */

const NAME_PROBLEMS = {
  empty: 'the name is required',
  length: `the name must be ${LIMITS.nameMin} to ${LIMITS.nameMax} characters long`,
  start: 'the name must start with a lowercase letter',
  chars: 'the name may contain only lowercase letters, digits and hyphens (-)',
  end: 'the name must end with a letter or a digit',
} as const

export function checkName(field: string, name: string): string | undefined {
  const problem = nameProblem(name)
  return problem ? `${field}: ${NAME_PROBLEMS[problem]}` : undefined
}

export function checkDescription(field: string, description: string): string | undefined {
  if (description.length > LIMITS.descriptionMax)
    return `${field}: the description must be at most ${LIMITS.descriptionMax} characters`
  if (FORBIDDEN_DESCRIPTION_PATTERN.test(description))
    return `${field}: the description must not contain any of ! < > = & " '`
  return undefined
}

export function quotaUsage(state: SimState) {
  return { pool: state.pools.length, node: state.nodes.length, network: state.networks.length }
}

export function checkNodeQuota(state: SimState, adding: number): SimAnswer | undefined {
  const used = quotaUsage(state).node
  if (used + adding > state.quota.node) {
    return error(
      400,
      POOL_ERROR_CODES.quota,
      `Node quota exceeded: ${used} of ${state.quota.node} nodes are in use and ${adding} more were requested. Release nodes or ask for a higher node quota.`,
    )
  }
  return undefined
}

export const findFlavor = (state: SimState, name: string) =>
  state.flavors.find((f) => f.metadata.name === name)

/** A flavor without a scope label serves every job type. */
export function flavorServes(flavor: FlavorBody, scope: string): boolean {
  const scopes = flavorScopes(flavor)
  return scopes.length === 0 || scopes.includes(scope)
}

export const isSoldOutIn = (flavor: FlavorBody, az: string) =>
  flavor.status?.phase?.[az] === 'soldout'

/** Where a flavor can be had: the AZs that are not sold out. */
export const openAzs = (state: SimState, flavor: FlavorBody) =>
  state.azs.filter((az) => !isSoldOutIn(flavor, az))

export const soldOut = (flavor: string, az?: string) =>
  error(
    400,
    POOL_ERROR_CODES.soldOut,
    az
      ? `The flavor ${flavor} is sold out in ${az}. Choose another flavor or AZ; it can be bought again once other users release capacity.`
      : `The flavor ${flavor} is sold out. Choose another flavor; it can be bought again once other users release capacity.`,
  )
