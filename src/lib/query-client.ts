import { MutationCache, QueryCache, QueryClient, useQueryClient } from '@tanstack/react-query'
import { type ApiError, isApiError } from '@/api/http'

const MAX_RETRIES = 3
/**
 * The longest `Retry-After` the console waits out by itself. Asked to wait longer, it stops and
 * shows the error (with Retry), rather than sitting silent for minutes.
 */
export const MAX_RETRY_AFTER_MS = 30_000

/**
 * Retries only what can succeed on a second try (5xx, 429, network, timeout), with exponential
 * backoff; a 4xx answer is final, and a 401/403 must never turn into a retry storm.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return (
    isApiError(error) &&
    error.retryable &&
    failureCount < MAX_RETRIES &&
    (error.retryAfterMs ?? 0) <= MAX_RETRY_AFTER_MS
  )
}

/** Exponential backoff, or exactly as long as a 429/503 said to wait (`Retry-After`). */
export const retryDelay = (attempt: number, error?: unknown) =>
  isApiError(error) && error.retryAfterMs !== undefined
    ? Math.min(error.retryAfterMs, MAX_RETRY_AFTER_MS)
    : Math.min(1000 * 2 ** attempt, 8000)

/** How many fetches of a query failed in a row since it last succeeded (retries count as one). */
const failedInARow = new WeakMap<object, number>()

/** Any Query of any data: only its identity and its last error matter here. */
type PolledQuery = { state: { error: unknown } }

export const failedRefreshes = (query: PolledQuery): number => failedInARow.get(query) ?? 0

/** After this many failed refreshes in a row, polling stops until focus, reconnect or Retry. */
export const MAX_FAILED_POLLS = 5
const MAX_POLL_MS = 60_000

/**
 * The refetch interval of a query that polls while something changes: `every` while refreshes
 * succeed, twice as long after each failure, none at all after MAX_FAILED_POLLS failures, and
 * never once the token was refused (asking again cannot help). A later success (on focus,
 * reconnect or Retry) starts polling again.
 */
export function pollInterval(query: PolledQuery, changing: boolean, every: number): number | false {
  if (!changing || isAuthProblem(query.state.error)) return false
  const failures = failedRefreshes(query)
  if (failures >= MAX_FAILED_POLLS) return false
  return Math.min(every * 2 ** failures, MAX_POLL_MS)
}

/** The service refused the token (401) or what it was used for (403). */
export const isAuthProblem = (error: unknown): error is ApiError =>
  isApiError(error) && error.unauthorized

/**
 * The latest refusal of the token, for the app shell to explain once instead of every screen
 * failing on its own. A call that refused clears its entry when it later succeeds.
 */
export interface AuthProblemStore {
  get(): ApiError | null
  subscribe(listener: () => void): () => void
}

function createAuthProblemStore() {
  const refused = new Map<string, ApiError>()
  const listeners = new Set<() => void>()
  let current: ApiError | null = null
  const changed = () => {
    current = [...refused.values()].at(-1) ?? null
    for (const listener of listeners) listener()
  }
  return {
    get: () => current,
    subscribe(listener: () => void) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    settled(source: string, error: unknown) {
      if (isAuthProblem(error)) {
        refused.delete(source)
        refused.set(source, error)
        changed()
      } else if (refused.delete(source)) {
        changed()
      }
    },
  }
}

const authProblems = new WeakMap<QueryClient, AuthProblemStore>()
const noProblems: AuthProblemStore = { get: () => null, subscribe: () => () => {} }

/** The auth problem store of a client made by createQueryClient. */
export const authProblemsOf = (client: QueryClient): AuthProblemStore =>
  authProblems.get(client) ?? noProblems

const regions = new WeakMap<QueryClient, string>()

/**
 * The region a client's cache belongs to. Each region has a client of its own, so no cache, poll
 * or auth problem of one region ever mixes with another's, and a query function reads the region
 * from the client it runs in: a check finishing after the user switched regions still asks the
 * region it was started in.
 */
export function regionOf(client: QueryClient): string {
  const region = regions.get(client)
  if (region === undefined) throw new Error('This query client serves no region.')
  return region
}

/** The region of the query client in context: the one every read and change here goes to. */
export const useRegion = () => regionOf(useQueryClient())

export function createQueryClient(options: { retry?: boolean; region: string }) {
  const retry = options.retry ?? true
  const store = createAuthProblemStore()
  // Every mutation shares one source: any later successful change proves the token works again.
  const client = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        failedInARow.set(query, failedRefreshes(query) + 1)
        store.settled(query.queryHash, error)
      },
      onSuccess: (_data, query) => {
        failedInARow.delete(query)
        store.settled(query.queryHash, null)
      },
    }),
    mutationCache: new MutationCache({
      onError: (error) => store.settled('mutation', error),
      onSuccess: () => store.settled('mutation', null),
    }),
    defaultOptions: {
      queries: {
        retry: retry ? shouldRetry : false,
        retryDelay,
        staleTime: 5_000,
        // A refused token stays refused: coming back to the tab must not ask again, and again.
        refetchOnWindowFocus: (query) => !isAuthProblem(query.state.error),
        refetchOnReconnect: (query) => !isAuthProblem(query.state.error),
        // Nor does a page opening on it (the landing list, whose requests boot started): the
        // banner says what to fix, and Retry is there once it is fixed.
        retryOnMount: (query) => !isAuthProblem(query.state.error),
      },
      mutations: { retry: false },
    },
  })
  authProblems.set(client, store)
  regions.set(client, options.region)
  return client
}

/** A client per region, each made on first use and then kept (its cache survives a switch). */
export function regionClients(options: { retry?: boolean } = {}) {
  const clients = new Map<string, QueryClient>()
  return (region: string): QueryClient => {
    let client = clients.get(region)
    if (!client) {
      client = createQueryClient({ ...options, region })
      clients.set(region, client)
    }
    return client
  }
}
