import { z } from 'zod'

/**
 * An enum the real service may extend without notice: known values are typed for autocompletion,
 * unknown ones pass through untouched so a screen can show them as they are instead of failing.
 */
export const openEnum = <const T extends readonly [string, ...string[]]>(_values: T) =>
  z.string() as unknown as z.ZodType<T[number] | (string & {})>

export const labelsSchema = z.record(z.string(), z.string())

export const azCountSchema = z.looseObject({ az: z.string(), count: z.number().int() })
export type AzCount = z.infer<typeof azCountSchema>
