import { resolve } from 'node:path'
import { DEMO_PROJECT_ID } from '@/lib/demo-project'
import type { AccessKey } from './fake-auth'
import {
  DEFAULT_PORT,
  DEFAULT_REGIONS,
  DEFAULT_STATE_FILE,
  DEFAULT_TOKEN,
  type FakeModelarts,
  type FakeModelartsOptions,
  fakeProjectOf,
  startFakeModelarts,
} from './fake-modelarts-server'

/** The access key the fake accepts unless told otherwise (it is a fake: no secret here). */
export const DEFAULT_KEY: AccessKey = {
  ak: 'FAKEMODELARTSAK0000001',
  sk: 'fake-modelarts-secret-key-0000000000000001',
}

/** What `npm run fake-modelarts` was asked for, from `--port N` and FAKE_MODELARTS_* variables. */
export function readFakeSettings(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  cwd = process.cwd(),
): FakeModelartsOptions & { defaultToken: boolean; keys: AccessKey[]; regions: string[] } {
  const arg = (name: string) => {
    const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`))
    if (i < 0) return undefined
    const a = argv[i] as string
    return a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[i + 1]
  }
  const rawPort = arg('port') ?? env.FAKE_MODELARTS_PORT ?? String(DEFAULT_PORT)
  const port = Number(rawPort)
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`The port must be a whole number from 0 to 65535, not "${rawPort}".`)
  }
  const rawSpeed = env.FAKE_MODELARTS_SPEED ?? '1'
  const speed = Number(rawSpeed)
  if (!Number.isFinite(speed) || speed < 1) {
    throw new Error(`FAKE_MODELARTS_SPEED must be a number ≥ 1, not "${rawSpeed}".`)
  }
  const projectId = env.FAKE_MODELARTS_PROJECT_ID || DEMO_PROJECT_ID
  if (!/^[A-Za-z0-9_-]+$/.test(projectId)) {
    throw new Error(`FAKE_MODELARTS_PROJECT_ID "${projectId}" is not a project ID.`)
  }
  const regions = (env.FAKE_MODELARTS_REGIONS ?? DEFAULT_REGIONS.join(','))
    .split(',')
    .map((r) => r.trim())
    .filter(Boolean)
  if (!regions.length) throw new Error('FAKE_MODELARTS_REGIONS names no region.')
  return {
    port,
    token: env.FAKE_MODELARTS_TOKEN || DEFAULT_TOKEN,
    defaultToken: !env.FAKE_MODELARTS_TOKEN,
    keys: [
      {
        ak: env.FAKE_MODELARTS_AK || DEFAULT_KEY.ak,
        sk: env.FAKE_MODELARTS_SK || DEFAULT_KEY.sk,
      },
    ],
    regions,
    projectId,
    speed,
    statePath: resolve(cwd, arg('state') ?? env.FAKE_MODELARTS_STATE ?? DEFAULT_STATE_FILE),
  }
}

/** The command line: start, say where, and stop cleanly on Ctrl-C or SIGTERM. */
export async function main(argv: readonly string[], env: Record<string, string | undefined>) {
  let settings: ReturnType<typeof readFakeSettings>
  let fake: FakeModelarts
  try {
    settings = readFakeSettings(argv, env)
    fake = await startFakeModelarts({
      ...settings,
      log: env.FAKE_MODELARTS_QUIET ? undefined : (line) => console.log(line),
    })
  } catch (cause) {
    const err = cause as NodeJS.ErrnoException
    console.error(
      `fake-modelarts: ${err.message}${err.code === 'EADDRINUSE' ? '. Pick another port with --port or FAKE_MODELARTS_PORT.' : ''}`,
    )
    process.exitCode = 1
    return
  }
  const key = settings.keys[0]!
  const regions = settings.regions
    .map((r, i) => `${r} (project ${i === 0 ? settings.projectId : fakeProjectOf(r)})`)
    .join(', ')
  console.log(
    [
      `fake-modelarts listening on ${fake.url} (IAM, ModelArts and VPC)`,
      `  regions ${regions}`,
      `  speed ${settings.speed}× · state ${settings.statePath}`,
      key.ak === DEFAULT_KEY.ak && key.sk === DEFAULT_KEY.sk
        ? `  accepts signatures by AK ${key.ak} with SK ${key.sk} (the defaults; set FAKE_MODELARTS_AK and FAKE_MODELARTS_SK to change them)`
        : '  accepts signatures by the key in FAKE_MODELARTS_AK and FAKE_MODELARTS_SK',
      settings.defaultToken
        ? `  and X-Auth-Token: ${settings.token} (the default; set FAKE_MODELARTS_TOKEN to change it)`
        : '  and the X-Auth-Token set in FAKE_MODELARTS_TOKEN',
      `  console: HUAWEICLOUD_SDK_AK=… HUAWEICLOUD_SDK_SK=… MODELARTS_REGIONS=${settings.regions.join(',')} \\`,
      `    MODELARTS_ENDPOINT=${fake.url} HUAWEICLOUD_SDK_IAM_ENDPOINT=${fake.url} npm start`,
    ].join('\n'),
  )
  const stop = () => {
    void fake.close().then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}
