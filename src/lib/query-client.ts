import { QueryClient } from '@tanstack/react-query'
import { isApiError } from '@/api/http'

const MAX_RETRIES = 3

/**
 * Retries only what can succeed on a second try (5xx, 429, network), with exponential backoff;
 * a 4xx answer is final, and a 401/403 must never turn into a retry storm.
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return isApiError(error) && error.retryable && failureCount < MAX_RETRIES
}

export const retryDelay = (attempt: number) => Math.min(1000 * 2 ** attempt, 8000)

export function createQueryClient(options: { retry?: boolean } = {}) {
  const retry = options.retry ?? true
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: retry ? shouldRetry : false,
        retryDelay,
        staleTime: 5_000,
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  })
}
