import {
  buildConnectNetworkPatch,
  buildCreateNetworkBody,
  createNetwork,
  getNetwork,
  isConnectedTo,
  listNetworks,
  type Network,
  networkDisplayName,
  patchNetwork,
} from '@/api/networks'
import { isApiError, type Region } from '@/api/http'
import { buildCreatePoolBody, createPool, listPools, type Pool } from '@/api/pools'
import { poolName } from '../pool-model'
import type { CreatePoolPlan } from './create-pool-schema'
import { i18n } from '@/i18n'

/**
 * Submit, as the real service needs it: a Standard pool names an Active ModelArts network, so a
 * new network is created first and waited for (creation is asynchronous), a custom one is then
 * connected to the VPC/subnet, and only then is the pool created. Terraform's
 * huaweicloud_modelarts_network does the same: create, wait for Active, PATCH the connections.
 */

export type WorkflowStep = 'network' | 'connect' | 'pool'

/** The steps a plan takes, in order. */
export function workflowSteps(plan: CreatePoolPlan): WorkflowStep[] {
  const steps: WorkflowStep[] = []
  if (plan.network.kind === 'new') steps.push('network')
  const connected = plan.network.kind === 'existing' && plan.network.connected
  if (plan.custom && !connected) steps.push('connect')
  steps.push('pool')
  return steps
}

/** A failure, with the step it happened in (so the form can put it on the right field). */
export class WorkflowError extends Error {
  constructor(
    readonly step: WorkflowStep,
    readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause))
    this.name = 'WorkflowError'
  }
}

/** A problem the console found itself, for one field of the form. */
export class FieldProblem extends Error {
  constructor(
    readonly field: 'networkName',
    message: string,
  ) {
    super(message)
    this.name = 'FieldProblem'
  }
}

export interface WorkflowOptions {
  onStep?: (step: WorkflowStep) => void
  /** Called once the new network exists, so a retry uses it instead of creating another. */
  onNetworkCreated?: (network: Network) => void
  /**
   * The last attempt may have created the pool without the console hearing back (its answer was
   * lost): look for it before creating it again.
   */
  poolMayExist?: boolean
  signal?: AbortSignal
  /** How long a network may stay Creating before the console gives up waiting. */
  activeTimeoutMs?: number
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
  now?: () => number
}

const abortable = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal?.reason)
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })

/** Polls the network until it is Active; a real region takes about a minute. */
async function waitForActive(
  region: Region,
  id: string,
  options: WorkflowOptions,
): Promise<Network> {
  const { signal, sleep = abortable, now = Date.now, activeTimeoutMs = 15 * 60_000 } = options
  const started = now()
  let delay = 1_000
  for (;;) {
    const network = await getNetwork(region, id, signal)
    const phase = network.status?.phase
    if (phase === 'Active') return network
    if (phase === 'Abnormal')
      throw new Error(i18n.t('create:workflow.abnormal', { network: networkDisplayName(network) }))
    if (now() - started > activeTimeoutMs)
      throw new Error(
        i18n.t(phase ? 'create:workflow.stillPhase' : 'create:workflow.stillCreating', {
          network: networkDisplayName(network),
          phase,
          count: Math.round(activeTimeoutMs / 60_000),
        }),
      )
    await sleep(delay, signal)
    delay = Math.min(5_000, delay * 1.5)
  }
}

const step = async <T>(name: WorkflowStep, run: () => Promise<T>): Promise<T> => {
  try {
    return await run()
  } catch (cause) {
    throw cause instanceof WorkflowError ? cause : new WorkflowError(name, cause)
  }
}

/**
 * The network to create, or the one an earlier attempt already created under that name (its
 * answer may have been lost). One of the same name that is not that — another CIDR, deleting,
 * Abnormal — is a clash the user must resolve, never something to build on.
 */
async function ensureNetwork(region: Region, name: string, cidr: string, signal?: AbortSignal) {
  const same = (await listNetworks(region, signal)).find((n) => networkDisplayName(n) === name)
  if (!same) return createNetwork(region, buildCreateNetworkBody(name, cidr))
  const reusable =
    same.spec.cidr === cidr && !same.metadata.deletionTimestamp && same.status?.phase !== 'Abnormal'
  if (reusable) return same
  throw new FieldProblem(
    'networkName',
    i18n.t('create:workflow.nameTaken', { name, cidr: same.spec.cidr }),
  )
}

/**
 * Runs the plan, each write once: a network of the same name from an earlier attempt is used,
 * never created twice; a network already connected to the VPC/subnet is not patched again; a
 * pool an earlier attempt may have created is looked for before it is created again.
 */
export async function runCreatePool(
  region: Region,
  plan: CreatePoolPlan,
  options: WorkflowOptions = {},
): Promise<Pool> {
  const { onStep, onNetworkCreated, signal } = options
  let networkId: string

  if (plan.network.kind === 'new') {
    const { name, cidr } = plan.network
    onStep?.('network')
    networkId = await step('network', async () => {
      const network = await ensureNetwork(region, name, cidr, signal)
      onNetworkCreated?.(network)
      return network.metadata.name
    })
  } else {
    networkId = plan.network.id
  }

  const stepOfWait = plan.network.kind === 'new' ? 'network' : plan.custom ? 'connect' : 'pool'
  const active = await step(stepOfWait, () => waitForActive(region, networkId, options))

  const custom = plan.custom
  if (custom && !isConnectedTo(active, custom.vpc, custom.subnet)) {
    onStep?.('connect')
    await step('connect', () =>
      patchNetwork(region, networkId, buildConnectNetworkPatch(active, custom.vpc, custom.subnet)),
    )
  }

  /** The pool an earlier request (whose answer was lost) created, if any. */
  const findEarlier = async () =>
    (await listPools(region, signal)).items.find(
      (p) => poolName(p) === plan.pool.name && p.spec.network?.name === networkId,
    )

  return step('pool', async () => {
    if (options.poolMayExist) {
      const earlier = await findEarlier()
      if (earlier) return earlier
    }
    onStep?.('pool')
    try {
      return await createPool(region, buildCreatePoolBody(plan.pool, networkId))
    } catch (error) {
      // Sent, but no readable answer: look before calling it a failure. If the look fails too,
      // the error stands and Submit again looks first (poolMayExist).
      if (!isApiError(error) || !error.outcomeUnknown) throw error
      const earlier = await findEarlier().catch(() => undefined)
      if (earlier) return earlier
      throw error
    }
  })
}
