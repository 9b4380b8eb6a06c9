/** What the app shell may do with the demo backend, without importing any of it. */
export interface DemoControls {
  /** Restores the seed data; everything the user changed is replaced. */
  reset(): void
  speed: number
  scenario: string
}
