/**
 * The projects the demo backend (and fake-modelarts) answer for: one per region, 32 hex each. A
 * module of its own, free of `import.meta.env`, so the Node side can use it without the browser's
 * env.
 */
export const DEMO_PROJECT_ID = '6f5da086876d4cd084d36f8bd3346036'

/** The demo's regions, the first one being where the seeded pools live. */
export const DEMO_REGIONS = [
  { id: 'cn-north-4', projectId: DEMO_PROJECT_ID },
  { id: 'cn-east-3', projectId: '3c9e1a7f52b84d0e9a61f2c4d8b7e053' },
] as const
