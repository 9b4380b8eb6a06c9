import { act, renderHook } from '@testing-library/react'
import { StrictMode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { ApiError } from '@/api/http'
import { useWriteOnce } from './use-write-once'

const lost = () =>
  new ApiError({ status: 0, code: 'NETWORK', kind: 'network', method: 'DELETE', message: 'gone' })

function deferred() {
  let resolve: () => void = () => {}
  let reject: (e: unknown) => void = () => {}
  const promise = new Promise<void>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

describe('useWriteOnce', () => {
  it('treats a dialog that went away without Close as left: it closes nothing on success', async () => {
    const sent = deferred()
    const onApplied = vi.fn()
    const { result, unmount } = renderHook(() =>
      useWriteOnce<string>({ send: () => sent.promise, check: async () => true, onApplied }),
    )
    act(() => result.current.run('pool-a'))
    unmount()
    await act(async () => sent.resolve())
    expect(onApplied).toHaveBeenCalledWith('pool-a', true)
  })

  it('under StrictMode (its rehearsal unmount), a dialog still open closes itself on success', async () => {
    const onApplied = vi.fn()
    const { result } = renderHook(
      () => useWriteOnce<string>({ send: async () => {}, check: async () => true, onApplied }),
      { wrapper: StrictMode },
    )
    await act(async () => result.current.run('pool-a'))
    expect(onApplied).toHaveBeenCalledWith('pool-a', false)
  })

  it('after leaving, reports a write nobody can tell the fate of', async () => {
    const sent = deferred()
    const onUnknownAfterLeaving = vi.fn()
    const { result } = renderHook(() =>
      useWriteOnce<string>({
        send: () => sent.promise,
        check: () => Promise.reject(new Error('still unreachable')),
        onApplied: vi.fn(),
        onUnknownAfterLeaving,
      }),
    )
    act(() => result.current.run('pool-a'))
    act(() => result.current.leave())
    await act(async () => sent.reject(lost()))
    expect(onUnknownAfterLeaving).toHaveBeenCalledTimes(1)
    expect(result.current.status.phase).toBe('unknown')
  })

  it('checks after a lost answer and calls the change applied when the check finds it', async () => {
    const check = vi.fn(async () => true)
    const onApplied = vi.fn()
    const { result } = renderHook(() =>
      useWriteOnce<string>({ send: () => Promise.reject(lost()), check, onApplied }),
    )
    await act(async () => result.current.run('pool-a'))
    expect(check).toHaveBeenCalledWith('pool-a')
    expect(onApplied).toHaveBeenCalledWith('pool-a', false)
  })

  it('calls a refusal a failure, without checking', async () => {
    const check = vi.fn(async () => true)
    const refusal = new ApiError({
      status: 409,
      code: 'ModelArts.2887',
      kind: 'http',
      method: 'DELETE',
      message: 'no',
      fromService: true,
    })
    const { result } = renderHook(() =>
      useWriteOnce<string>({ send: () => Promise.reject(refusal), check, onApplied: vi.fn() }),
    )
    await act(async () => result.current.run('pool-a'))
    expect(check).not.toHaveBeenCalled()
    expect(result.current.status).toEqual({ phase: 'failed', error: refusal })
  })
})
