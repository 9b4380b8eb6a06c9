import { describe, expect, it, vi } from 'vitest'
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

  it('says the demo is unavailable instead of leaving a blank page', async () => {
    startDemo.mockRejectedValueOnce(new Error('no service worker'))
    const render = vi.fn()
    await boot({ render })
    expect(render).toHaveBeenCalledTimes(1)
    const [element] = render.mock.calls[0] as [{ props: { error: Error } }]
    expect(element.props.error.message).toBe('no service worker')
  })
})
