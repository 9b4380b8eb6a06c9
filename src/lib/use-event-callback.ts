import { useCallback, useLayoutEffect, useRef } from 'react'

/**
 * A callback whose identity never changes but which always calls the latest `fn`: for handlers
 * handed to a memoised child that must not re-render when only the handler's closure changed.
 * Call it from events only, never during render (it sees the last committed `fn`).
 */
export function useEventCallback<A extends unknown[], R>(fn: (...args: A) => R) {
  const latest = useRef(fn)
  useLayoutEffect(() => {
    latest.current = fn
  })
  return useCallback((...args: A) => latest.current(...args), [])
}
