import { act, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { server } from '@/mocks/node'
import { renderApp } from '@/test/render'
import { seedWith } from '@/test/seed-with'

const refuse = (status: 401 | 403) =>
  HttpResponse.json(
    status === 401
      ? { error_code: 'ModelArts.50001000', error_msg: 'The token is invalid or has expired.' }
      : { error_code: 'ModelArts.0103', error_msg: 'You are not allowed to access this project.' },
    { status },
  )

describe('AuthProblemBanner', () => {
  it('explains a rejected token once, for the whole console, and what to do about it', async () => {
    server.use(http.all('/api/modelarts/*', () => refuse(401)))
    renderApp('/pools?type=train')
    const title = await screen.findByText('Not signed in to ModelArts', undefined, {
      timeout: 5_000,
    })
    const alert = title.closest('[role="alert"]') as HTMLElement
    expect(alert).toHaveTextContent('The ModelArts token was rejected (missing or expired)')
    expect(alert).toHaveTextContent('MODELARTS_TOKEN')
    expect(alert).toHaveTextContent('npm start')
    expect(alert).toHaveTextContent('ModelArts.50001000')
    expect(within(alert).getByRole('button', { name: 'Reload' })).toBeInTheDocument()
  })

  it('says when the credentials are not allowed (403), naming the region', async () => {
    server.use(http.all('/api/modelarts/*', () => refuse(403)))
    renderApp('/pools?type=train')
    const title = await screen.findByText('Not allowed', undefined, { timeout: 5_000 })
    const alert = title.closest('[role="alert"]') as HTMLElement
    expect(alert).toHaveTextContent(
      'These credentials are not allowed to use ModelArts resource pools in cn-north-4.',
    )
    expect(alert).toHaveTextContent('ModelArts and VPC permissions in the project of cn-north-4')
  })

  it('stops refreshing a changing list once the token is refused', async () => {
    // Fake timers that also run on their own: the wait for "nothing more" below is a jump.
    vi.useFakeTimers({ shouldAdvanceTime: true })
    let calls = 0
    let refused = false
    server.use(
      http.get('/api/modelarts/v2/:project/pools', () => {
        calls++
        return refused ? refuse(401) : undefined
      }),
    )
    // A pool that stays Creating, so the list keeps refreshing while the token works.
    seedWith((seed, now) => {
      seed.pools[0]!.readyAt = now + 60_000
    })
    renderApp('/pools?type=train')
    // In the table (the overview above it counts "1 Creating" too), once the pools are in it.
    await screen.findByRole('link', { name: 'llm-finetune' }, { timeout: 5_000 })
    const table = screen.getByRole('table', { name: /^Pools/ })
    expect(
      await within(table).findByText('Creating', undefined, { timeout: 5_000 }),
    ).toBeInTheDocument()

    refused = true
    expect(
      await screen.findByText('Not signed in to ModelArts', undefined, { timeout: 6_000 }),
    ).toBeInTheDocument()
    const afterRefusal = calls
    // Past two refresh intervals and every retry backoff: nothing is asked again.
    await act(() => vi.advanceTimersByTimeAsync(10_000))
    expect(calls).toBe(afterRefusal)
  })

  it('goes away once the refused call succeeds again', async () => {
    let refused = true
    server.use(
      http.get('/api/modelarts/v2/:project/pools', () => (refused ? refuse(401) : undefined)),
    )
    const { user } = renderApp('/pools?type=train')
    expect(
      await screen.findByText('Not signed in to ModelArts', undefined, { timeout: 5_000 }),
    ).toBeInTheDocument()
    refused = false
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    await waitFor(() =>
      expect(screen.queryByText('Not signed in to ModelArts')).not.toBeInTheDocument(),
    )
    expect(await screen.findByRole('link', { name: 'llm-finetune' })).toBeInTheDocument()
  })
})
