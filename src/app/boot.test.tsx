import type { QueryClient } from '@tanstack/react-query'
import { http } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { poolKeys } from '@/features/pools/queries'
import { server } from '@/mocks/node'
import { boot } from './boot'

const startDemo = vi.hoisted(() =>
  vi.fn(() =>
    Promise.resolve({
      controls: { reset: () => undefined, speed: 1, scenario: 'default' },
      setup: { regions: [{ id: 'cn-north-4', modelartsHost: 'x' }], credentials: 'token' as const },
    }),
  ),
)
vi.mock('@/mocks/browser', () => ({ startDemo }))

describe('boot', () => {
  it('starts the demo backend, then renders the app, once each', async () => {
    const render = vi.fn()
    await boot({ render })
    expect(startDemo).toHaveBeenCalledTimes(1)
    expect(render).toHaveBeenCalledTimes(1)
  })

  it('renders the landing list once it has answered, not before', async () => {
    // The list answers only when the test says so, after everything else boot waits for.
    let answer = () => {}
    const answered = new Promise<void>((resolve) => (answer = resolve))
    let asked = false
    server.use(
      http.get('/api/modelarts/v2/:project/pools', async () => {
        asked = true
        await answered
      }),
    )
    const render = vi.fn()
    const booting = boot({ render }, { listWaitMs: 10_000 })
    await vi.waitFor(() => expect(asked).toBe(true))
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(render).not.toHaveBeenCalled()
    answer()
    await booting
    // <StrictMode><App … /></StrictMode>
    const [element] = render.mock.calls[0] as [
      { props: { children: { props: { clientFor: (r: string) => QueryClient } } } },
    ]
    const client = element.props.children.props.clientFor('cn-north-4')
    expect(client.getQueryData(poolKeys.list())).toBeDefined()
    expect(client.getQueryData(poolKeys.failed())).toBeDefined()
  })

  it('says the demo is unavailable instead of leaving a blank page', async () => {
    startDemo.mockRejectedValueOnce(new Error('no service worker'))
    const render = vi.fn()
    await boot({ render })
    expect(render).toHaveBeenCalledTimes(1)
    const [element] = render.mock.calls[0] as [{ props: { error: Error } }]
    expect(element.props.error.message).toBe('no service worker')
  })
})
