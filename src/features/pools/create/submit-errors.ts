import { isApiError } from '@/api/http'
import { POOL_ERROR_CODES } from '@/api/pool-rules'
import type { CreatePoolFormValues } from './create-pool-schema'

type FieldName = keyof CreatePoolFormValues

/** Where a failed create lands: on a field of the form, or in an alert on the review step. */
export type SubmitOutcome =
  | { kind: 'field'; field: FieldName; message: string }
  | { kind: 'quota'; message: string; code: string }
  | { kind: 'other'; error: unknown }

// The service names the offending field at the start of a 400's message ("spec.resources[0].count:
// …"); the longest matching prefix wins so `network.subnet` is not mistaken for `network`.
const FIELD_PREFIXES: [RegExp, FieldName][] = [
  [/^metadata\.labels\.os\.modelarts\/name\b/, 'name'],
  [/^metadata\.annotations\.os\.modelarts\/description\b/, 'description'],
  [/^spec\.resources\[\d+\]\.network\.vpc\b/, 'vpc'],
  [/^spec\.resources\[\d+\]\.network\.subnet\b/, 'subnet'],
  [/^spec\.resources\[\d+\]\.network\.securityGroups\b/, 'securityGroup'],
  [/^spec\.resources\[\d+\]\.azs\b/, 'az'],
  [/^spec\.resources\[\d+\]\.count\b/, 'nodes'],
  [/^spec\.resources\[\d+\]\.flavor\b/, 'flavor'],
]

const withoutPath = (message: string) => {
  const text = message.replace(/^[\w.[\]/-]+:\s*/, '')
  return text.charAt(0).toUpperCase() + text.slice(1)
}

export function submitOutcome(error: unknown, type: 'train' | 'infer'): SubmitOutcome {
  if (!isApiError(error) || error.kind !== 'http') return { kind: 'other', error }
  switch (error.code) {
    case POOL_ERROR_CODES.duplicate:
      return { kind: 'field', field: 'name', message: error.message }
    case POOL_ERROR_CODES.soldOut:
      return { kind: 'field', field: 'flavor', message: error.message }
    case POOL_ERROR_CODES.quota:
      return { kind: 'quota', message: error.message, code: error.code }
    case POOL_ERROR_CODES.invalid: {
      const hit = FIELD_PREFIXES.find(([re]) => re.test(error.message))
      // A Development/Training form has no AZ or network fields to show such an error on.
      const field = hit?.[1]
      const shown =
        field && (type === 'infer' || !['az', 'vpc', 'subnet', 'securityGroup'].includes(field))
      if (field && shown) return { kind: 'field', field, message: withoutPath(error.message) }
      return { kind: 'other', error }
    }
    default:
      return { kind: 'other', error }
  }
}
