import { z } from '@/api/zod'
import { request } from './http'

/** One page of a Kubernetes-style list: its items and the token of the next page, if any. */
export interface Page<T> {
  items: T[]
  next?: string
}

/** Pages one list may take before the console stops asking: far beyond any real project. */
const MAX_PAGES = 200

/**
 * Every item of a paged list, each once. The `continue` token is followed until it is empty, and
 * also stops when the service hands a token back a second time: some ModelArts lists ignore
 * `continue` and answer the whole list with the same token again, which would otherwise ask for
 * the same page for ever. Items are told apart by `key`, so a page served twice adds nothing.
 */
export async function collectPages<T>(
  fetchPage: (token?: string) => Promise<Page<T>>,
  key: (item: T) => string,
): Promise<T[]> {
  const items = new Map<string, T>()
  const seen = new Set<string>()
  let token: string | undefined
  for (let pages = 0; pages < MAX_PAGES; pages++) {
    const page = await fetchPage(token)
    for (const item of page.items) if (!items.has(key(item))) items.set(key(item), item)
    token = page.next || undefined
    if (!token || seen.has(token)) break
    seen.add(token)
  }
  return [...items.values()]
}

/** The key every Kubernetes-style object has. */
export const byName = <T extends { metadata: { name: string } }>(item: T) => item.metadata.name

interface ListBody<T> {
  items: T[]
  metadata?: { continue?: string }
}

/**
 * GET of a Kubernetes-style list (ModelArts pools, nodes, flavors, networks), every page of it:
 * `query` on each request, plus the `continue` token of the page before.
 */
export const requestAll = <T extends { metadata: { name: string } }>(opts: {
  path: string
  query?: Record<string, string | number | undefined>
  schema: z.ZodMiniType<ListBody<T>>
  signal?: AbortSignal
}): Promise<T[]> =>
  collectPages(
    (token) =>
      request({ ...opts, query: { ...opts.query, continue: token } }).then((l) => ({
        items: l.items,
        next: l.metadata?.continue,
      })),
    byName,
  )

/** A list item the console could not read: its name when it has one, and what was wrong. */
export interface Unreadable {
  name?: string
  problem: string
}

/** The items of a list that parsed, and those that did not. */
export interface Listing<T> {
  items: T[]
  unreadable: Unreadable[]
}

/** The envelope of a Kubernetes-style list, with its items left to be checked one by one. */
const envelopeSchema = z.looseObject({
  items: z.array(z.unknown()),
  metadata: z.optional(z.looseObject({ continue: z.optional(z.string()) })),
})

const nameOf = (value: unknown): string | undefined => {
  const name = (value as { metadata?: { name?: unknown } } | null)?.metadata?.name
  return typeof name === 'string' ? name : undefined
}

/**
 * Like requestAll, but each item is checked against `item` on its own: one the console cannot
 * read is set aside with what was wrong instead of failing the whole list, so a single odd pool
 * never hides the others. The envelope itself is still checked strictly.
 */
export async function requestListing<T extends { metadata: { name: string } }>(opts: {
  path: string
  query?: Record<string, string | number | undefined>
  item: z.ZodMiniType<T>
  signal?: AbortSignal
}): Promise<Listing<T>> {
  const unreadable = new Map<string, Unreadable>()
  const items = await collectPages(async (token) => {
    const page = await request({
      path: opts.path,
      query: { ...opts.query, continue: token },
      schema: envelopeSchema,
      ...(opts.signal ? { signal: opts.signal } : {}),
    })
    const good: T[] = []
    for (const value of page.items) {
      const parsed = opts.item.safeParse(value)
      if (parsed.success) good.push(parsed.data)
      else {
        const name = nameOf(value)
        const problem = z.prettifyError(parsed.error)
        unreadable.set(`${name ?? ''}\n${problem}`, { ...(name ? { name } : {}), problem })
      }
    }
    return { items: good, next: page.metadata?.continue }
  }, byName)
  return { items, unreadable: [...unreadable.values()] }
}
