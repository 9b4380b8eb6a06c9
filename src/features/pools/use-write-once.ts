import { useEffect, useRef, useState } from 'react'
import { isApiError } from '@/api/http'

/**
 * Where one change the user asked for stands. `checking`, `not-applied` and `unknown` follow an
 * answer that could not be read (ApiError.outcomeUnknown): the console then re-reads the
 * resource instead of guessing.
 */
export type WriteStatus =
  | { phase: 'idle' }
  | { phase: 'sending' }
  /** The answer was lost; re-reading the resource to see whether the change happened. */
  | { phase: 'checking'; error: unknown }
  /** The service said no. */
  | { phase: 'failed'; error: unknown }
  /** The answer was lost, and the resource shows the change did not happen. */
  | { phase: 'not-applied'; error: unknown }
  /** The answer was lost, and the re-read failed too: nobody can tell yet. */
  | { phase: 'unknown'; error: unknown; checkError: unknown }

export interface WriteOnceOptions<V> {
  send: (vars: V) => Promise<unknown>
  /** After a lost answer: whether the change took effect. Throws when it cannot tell either. */
  check: (vars: V) => Promise<boolean>
  /** The change happened (answered, or found on re-reading). `left`: the user closed the dialog. */
  onApplied: (vars: V, left: boolean) => void
  /** The change did not happen, after the user had already closed the dialog. */
  onFailedAfterLeaving?: (error: unknown) => void
  /** Nobody could tell whether the change happened, after the user had closed the dialog. */
  onUnknownAfterLeaving?: (error: unknown) => void
  /** Back to idle once applied, for a view that stays open for the next change (not a dialog). */
  idleWhenApplied?: boolean
}

/**
 * One write per user intent. A second Submit while one is in flight does nothing (a ref, not
 * React state: two clicks can land before a re-render). The user may leave at any time: the
 * write goes on, and its end is reported by `onApplied`/`onFailedAfterLeaving` instead of in the
 * dialog that is gone.
 */
export function useWriteOnce<V>(options: WriteOnceOptions<V>) {
  const [status, setStatus] = useState<WriteStatus>({ phase: 'idle' })
  const busy = useRef(false)
  const left = useRef(false)
  const last = useRef<{ vars: V; error: unknown } | null>(null)
  // Closed some other way than through leave() (its pool left the list, the page changed):
  // gone all the same, so the end of the write must not close whatever is open by then.
  // (Set on mount too: StrictMode's rehearsal unmounts and mounts again.)
  useEffect(() => {
    left.current = false
    return () => {
      left.current = true
    }
  }, [])

  const verify = async (vars: V, error: unknown, o: WriteOnceOptions<V>) => {
    setStatus({ phase: 'checking', error })
    try {
      if (await o.check(vars)) applied(vars, o)
      else {
        setStatus({ phase: 'not-applied', error })
        if (left.current) o.onFailedAfterLeaving?.(error)
      }
    } catch (checkError) {
      setStatus({ phase: 'unknown', error, checkError })
      if (left.current) o.onUnknownAfterLeaving?.(error)
    }
  }

  const applied = (vars: V, o: WriteOnceOptions<V>) => {
    if (o.idleWhenApplied) setStatus({ phase: 'idle' })
    o.onApplied(vars, left.current)
  }

  const guarded = (work: () => Promise<void>) => {
    if (busy.current) return
    busy.current = true
    void work().finally(() => {
      busy.current = false
    })
  }

  const run = (vars: V) =>
    guarded(async () => {
      const o = options
      setStatus({ phase: 'sending' })
      try {
        await o.send(vars)
      } catch (error) {
        if (isApiError(error) && error.outcomeUnknown) {
          last.current = { vars, error }
          await verify(vars, error, o)
        } else {
          setStatus({ phase: 'failed', error })
          if (left.current) o.onFailedAfterLeaving?.(error)
        }
        return
      }
      applied(vars, o)
    })

  /** Asks again whether the last change with a lost answer happened. */
  const recheck = () => {
    const pendingCheck = last.current
    if (pendingCheck) guarded(() => verify(pendingCheck.vars, pendingCheck.error, options))
  }

  return {
    status,
    run,
    recheck,
    /** A write or its check is under way. */
    pending: status.phase === 'sending' || status.phase === 'checking',
    /** The user closed the dialog; whatever is in flight finishes without it. */
    leave: () => {
      left.current = true
    },
    reset: () => setStatus({ phase: 'idle' }),
  }
}

/**
 * Submit turns into a spinner (disabled) under the user's finger, and focus would fall out of the
 * dialog with it: this puts it on the way out (the returned ref's button) while the write is
 * pending, so Escape and Tab keep working.
 */
export function useFocusWhilePending(pending: boolean) {
  const ref = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (pending) ref.current?.focus()
  }, [pending])
  return ref
}
