/**
 * The live e2e setup, shared by playwright.live.config.ts (which serves the console) and
 * e2e/live.spec.ts (which runs fake-modelarts itself, so it can kill and restart it).
 */
export const LIVE = {
  consolePort: 4174,
  /** A second console, started by a test with the wrong token. */
  wrongTokenPort: 4175,
  fakePort: 8788,
  /** Not the demo project: live mode must carry the configured one everywhere. */
  projectId: '0a1b2c3d4e5f40718293a4b5c6d7e8f9',
  token: 'e2e-live-token-7d41c9b2f0a8',
  /**
   * Simulated time at the product's pace (a pool is Creating for 8 s, nodes for 5 s, Deleting
   * for 4 s): long enough that every intermediate state is on screen for a while.
   */
  speed: 1,
  /** The live build goes here, so it never replaces the demo build in dist/. */
  outDir: 'node_modules/.tmp/dist-live',
} as const

export const fakeUrl = `http://127.0.0.1:${LIVE.fakePort}`

/** What `npm start` / `npm run preview` get in live mode against the fake. */
export const liveEnv = (token: string = LIVE.token) => ({
  MODELARTS_ENDPOINT: fakeUrl,
  MODELARTS_PROJECT_ID: LIVE.projectId,
  MODELARTS_TOKEN: token,
  // Derived from the loopback endpoint: the fake serves VPC on the same port.
  VPC_ENDPOINT: '',
})
