import { isApiError } from '@/api/http'
import { POOL_ERROR_CODES } from '@/api/pool-rules'
import type { CreatePoolFormValues } from './create-pool-schema'
import { FieldProblem, WorkflowError, type WorkflowStep } from './create-pool-workflow'

type FieldName = keyof CreatePoolFormValues

/** Where a failed create lands: on a field of the form, or in an alert on the review step. */
export type SubmitOutcome =
  | { kind: 'field'; field: FieldName; message: string }
  | { kind: 'quota'; message: string; code: string; quota: 'pool' | 'node' | 'network' }
  | { kind: 'other'; error: unknown }
  /** The pool's create was sent, no readable answer came, and the look for it failed too. */
  | { kind: 'unknown'; error: unknown }

/*
 * The service names the offending field at the start of a 400's message ("spec.resources[0].count:
 * …"). The same path means different fields in different requests (`metadata.labels.os.modelarts/
 * name` is the network's name in POST /networks, the pool's in POST /pools), so each step has its
 * own table; the first pattern that matches wins.
 */
const FIELDS: Record<WorkflowStep, [RegExp, FieldName][]> = {
  network: [
    [/^metadata\.labels\.os\.modelarts\/name\b/, 'networkName'],
    [/^spec\.cidr\b/, 'networkCidr'],
  ],
  connect: [
    [/^spec\.connection\.peerConnectionList\[\d+\]\.peerVpcId\b/, 'vpc'],
    [/^spec\.connection\.peerConnectionList\[\d+\]\.peerSubnetId\b/, 'subnet'],
  ],
  pool: [
    [/^metadata\.labels\.os\.modelarts\/name\b/, 'name'],
    [/^metadata\.annotations\.os\.modelarts\/description\b/, 'description'],
    [/^spec\.network\b/, 'network'],
    [/^spec\.resources\[\d+\]\.azs\b/, 'az'],
    [/^spec\.resources\[\d+\]\.count\b/, 'nodes'],
    [/^spec\.resources\[\d+\]\.flavor\b/, 'flavor'],
  ],
}

/** Fields only a Service Deployment form has. */
const INFER_ONLY: readonly FieldName[] = ['az', 'vpc', 'subnet', 'securityGroup']

const withoutPath = (message: string) => {
  const text = message.replace(/^[\w.[\]/-]+:\s*/, '')
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** Which quota a quota error is about, from the step that hit it and the service's words. */
function quotaOf(step: WorkflowStep, message: string): 'pool' | 'node' | 'network' {
  if (step === 'network') return 'network'
  return /\bnode/i.test(message) ? 'node' : 'pool'
}

/**
 * Whether a failed pool step may have created the pool anyway: the answer was lost, unreadable,
 * or a 5xx (the service may have acted before failing). A 4xx is a refusal.
 */
export function poolOutcomeUnknown(failure: unknown): boolean {
  if (!(failure instanceof WorkflowError) || failure.step !== 'pool') return false
  const error = failure.cause
  return !isApiError(error) || error.outcomeUnknown || error.status >= 500
}

export function submitOutcome(failure: unknown, type: 'train' | 'infer'): SubmitOutcome {
  const step: WorkflowStep = failure instanceof WorkflowError ? failure.step : 'pool'
  const error = failure instanceof WorkflowError ? failure.cause : failure
  if (error instanceof FieldProblem)
    return { kind: 'field', field: error.field, message: error.message }
  if (step === 'pool' && isApiError(error) && error.outcomeUnknown)
    return { kind: 'unknown', error }
  if (!isApiError(error) || error.kind !== 'http') return { kind: 'other', error }
  switch (error.code) {
    case POOL_ERROR_CODES.duplicate:
      return step === 'pool'
        ? { kind: 'field', field: 'name', message: error.message }
        : { kind: 'other', error }
    case POOL_ERROR_CODES.soldOut:
      return { kind: 'field', field: 'flavor', message: error.message }
    case POOL_ERROR_CODES.quota:
      return {
        kind: 'quota',
        message: error.message,
        code: error.code,
        quota: quotaOf(step, error.message),
      }
    case POOL_ERROR_CODES.invalid: {
      const field = FIELDS[step].find(([re]) => re.test(error.message))?.[1]
      // A Development/Training form has no AZ or network fields to show such an error on.
      if (field && (type === 'infer' || !INFER_ONLY.includes(field)))
        return { kind: 'field', field, message: withoutPath(error.message) }
      return { kind: 'other', error }
    }
    default:
      return { kind: 'other', error }
  }
}
