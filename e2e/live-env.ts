/**
 * The live e2e setup, shared by playwright.live.config.ts (which serves the console) and
 * e2e/live.spec.ts (which runs fake-modelarts itself, so it can kill and restart it).
 */
export const LIVE = {
  consolePort: 4174,
  /** A second console, started by a test with the wrong token. */
  wrongTokenPort: 4175,
  /** Consoles signing with access keys over two regions (access-keys.spec.ts). */
  accessKeysPort: 4176,
  wrongSecretPort: 4177,
  /** The region the token console serves; the fake serves it and cn-east-3. */
  region: 'cn-north-4',
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
  HUAWEICLOUD_SDK_REGION: LIVE.region,
  MODELARTS_ENDPOINT: fakeUrl,
  MODELARTS_PROJECT_ID: LIVE.projectId,
  MODELARTS_TOKEN: token,
  // Derived from the loopback endpoint: the fake serves VPC on the same port.
  VPC_ENDPOINT: '',
})

/** The access key fake-modelarts accepts in the e2e (not its default, so nothing is assumed). */
export const E2E_KEY = {
  ak: 'E2EACCESSKEY00000001',
  sk: 'e2e-secret-access-key-0000000000000001',
}

/**
 * Live mode as a team would run it: access keys and two regions, nothing else. The endpoints are
 * the fake's (one port for IAM, ModelArts and VPC); with real regions they are derived.
 */
export const accessKeysEnv = (sk: string = E2E_KEY.sk) => ({
  HUAWEICLOUD_SDK_AK: E2E_KEY.ak,
  HUAWEICLOUD_SDK_SK: sk,
  MODELARTS_REGIONS: 'cn-north-4,cn-east-3',
  MODELARTS_ENDPOINT: fakeUrl,
  HUAWEICLOUD_SDK_IAM_ENDPOINT: fakeUrl,
  // Nothing of the token setup may leak in from the environment.
  MODELARTS_TOKEN: '',
  MODELARTS_PROJECT_ID: '',
  HUAWEICLOUD_SDK_PROJECT_ID: '',
  HUAWEICLOUD_SDK_REGION: '',
  VPC_ENDPOINT: '',
})
