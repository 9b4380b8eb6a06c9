import { describe, expect, it, vi } from 'vitest'

const boot = vi.hoisted(() => vi.fn(() => Promise.resolve()))
vi.mock('@/app/boot', () => ({ boot }))
vi.mock('react-dom/client', () => ({ createRoot: () => ({ render: () => undefined }) }))

describe('the entry point', () => {
  it('starts the console once per page load', async () => {
    document.body.innerHTML = '<div id="root"></div>'
    await import('./main')
    expect(boot).toHaveBeenCalledTimes(1)
  })
})
