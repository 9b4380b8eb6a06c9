import { z } from '@/api/zod'

/**
 * An enum the real service may extend without notice: known values are typed for autocompletion,
 * unknown ones pass through untouched so a screen can show them as they are instead of failing.
 */
export const openEnum = <const T extends readonly [string, ...string[]]>(_values: T) =>
  z.string() as unknown as z.ZodMiniType<T[number] | (string & {})>

export const labelsSchema = z.record(z.string(), z.string())

/** The metadata of a ModelArts object (pool, network): its generated ID, times and labels. */
export const objectMetadataSchema = z.looseObject({
  /** The generated ID (`<name>-<project_id>` in the examples): the one used in paths. */
  name: z.string(),
  creationTimestamp: z.optional(z.string()),
  deletionTimestamp: z.optional(z.string()),
  labels: z.optional(labelsSchema),
  annotations: z.optional(labelsSchema),
})

/**
 * A whole number the service sends as a number or as a numeric string: the reference types GPU
 * sizes and quota values as strings ("1", "15") while its own examples show numbers.
 */
export const wholeNumberSchema = z.pipe(
  z.union([z.int(), z.string().check(z.trim(), z.regex(/^-?\d+$/, 'a whole number'))]),
  z.transform(Number),
)

export const azCountSchema = z.looseObject({ az: z.string(), count: wholeNumberSchema })
export type AzCount = z.infer<typeof azCountSchema>
