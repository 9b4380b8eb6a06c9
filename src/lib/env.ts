/**
 * Where the browser sends API calls: same-origin prefixes the console's server forwards in live
 * mode (server/live-config.ts) and the demo backend answers in demo mode.
 */
export const env = {
  modelartsBase: '/api/modelarts',
  vpcBase: '/api/vpc',
} as const
