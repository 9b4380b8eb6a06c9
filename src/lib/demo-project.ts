/**
 * The 32-hex project ID the demo backend answers for. A module of its own, free of
 * `import.meta.env`, so the Node side (fake-modelarts) can use it without the browser's env.
 */
export const DEMO_PROJECT_ID = '6f5da086876d4cd084d36f8bd3346036'
