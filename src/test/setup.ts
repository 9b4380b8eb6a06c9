import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest'
import { server, simClock, simStore, simStoreSecondRegion } from '@/mocks/node'
import { startTestI18n } from './i18n'

await startTestI18n()

// Lazy routes load on first use; give them time on a busy two-core CI machine.
configure({ asyncUtilTimeout: 4_000 })

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))

let consoleErrors: unknown[][] = []
beforeEach(() => {
  simStore.reset(Date.now())
  simStoreSecondRegion.reset(Date.now())
  simClock.speed = 1
  consoleErrors = []
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args)
  })
})

afterEach(() => {
  cleanup()
  vi.useRealTimers()
  server.resetHandlers()
  vi.restoreAllMocks()
  // A console.error during a test is a bug the user would meet: fail the test on it.
  if (consoleErrors.length) {
    const first = consoleErrors[0]?.map(String).join(' ') ?? ''
    throw new Error(`console.error was called during the test: ${first}`)
  }
})

afterAll(() => server.close())
