import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { resolve } from 'node:path'
import { POOL_ERROR_CODES } from '@/api/pool-rules'
import { DEMO_PROJECT_ID } from '@/lib/demo-project'
import { dispatch, type SimRequest } from '@/mocks/routes'
import { error, type SimAnswer } from '@/mocks/simulator/answers'
import { fileStore } from './file-store'

/**
 * The simulated ModelArts (the same core the demo runs in the browser) over plain HTTP, so the
 * console's live mode and its proxy can be exercised end to end without a cloud account.
 *
 * One port serves both services. ModelArts and VPC share the `/v1/{project_id}/…` shape, but
 * their resources never share a name, so the path decides: `vpcs`, `subnets` and
 * `security-groups` are VPC, everything else is ModelArts. Point both MODELARTS_ENDPOINT and
 * VPC_ENDPOINT at it (live mode does that by default for a loopback endpoint).
 */

export const DEFAULT_PORT = 8787
export const DEFAULT_TOKEN = 'fake-modelarts-token'
export const DEFAULT_STATE_FILE = '.fake-modelarts-state.json'
/** Bodies larger than this are refused; the real API's largest bodies are a few kilobytes. */
const MAX_BODY_BYTES = 1024 * 1024

export const UNAUTHORIZED_CODE = 'ModelArts.50001000'

export interface FakeModelartsOptions {
  /** Always a loopback address: the fake has no real authentication. */
  host?: string
  /** 0 picks a free port. */
  port: number
  /** The X-Auth-Token value requests must carry. */
  token: string
  projectId: string
  /** Simulated time runs this many times faster. */
  speed: number
  /** Where the project is persisted between runs. */
  statePath: string
  log?: (line: string) => void
  now?: () => number
}

export interface FakeModelarts {
  url: string
  port: number
  /** Accept another token from now on (what a rotated or revoked token looks like). */
  setToken(token: string): void
  close(): Promise<void>
}

const VPC_PATH = /^\/v1\/[^/]+\/(vpcs|subnets|security-groups)\/?$/

export const serviceOf = (path: string): SimRequest['service'] =>
  VPC_PATH.test(path) ? 'vpc' : 'modelarts'

const isLoopback = (address: string | undefined) =>
  address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1'

function send(res: ServerResponse, { status, body }: SimAnswer) {
  const text = body === undefined ? '' : JSON.stringify(body)
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  })
  res.end(text)
}

class BodyError extends Error {
  constructor(readonly answer: SimAnswer) {
    super(String((answer.body as { error_msg?: string }).error_msg))
  }
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY_BYTES) {
      throw new BodyError(
        error(
          413,
          POOL_ERROR_CODES.invalid,
          `The request body is larger than ${MAX_BODY_BYTES} bytes.`,
        ),
      )
    }
    chunks.push(chunk)
  }
  const text = Buffer.concat(chunks).toString('utf8')
  if (!text.trim()) return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new BodyError(error(400, POOL_ERROR_CODES.invalid, 'The request body is not valid JSON.'))
  }
}

export async function startFakeModelarts(options: FakeModelartsOptions): Promise<FakeModelarts> {
  const { host = '127.0.0.1', projectId, speed, log = () => {}, now = Date.now } = options
  let token = options.token
  const store = fileStore(options.statePath, { projectId })
  // Read (or seed) the state before listening, so a broken state file stops the start-up.
  store.read(now())

  async function admin(req: IncomingMessage, res: ServerResponse, path: string) {
    // Test-only controls; the fake listens on loopback, and refuses anyone else regardless.
    if (!isLoopback(req.socket.remoteAddress)) {
      return send(res, error(403, 'Fake.Forbidden', 'Admin endpoints answer on loopback only.'))
    }
    const body = (await readBody(req)) as { token?: unknown } | undefined
    if (req.method === 'POST' && path === '/__admin/token') {
      if (typeof body?.token !== 'string' || !body.token) {
        return send(
          res,
          error(400, POOL_ERROR_CODES.invalid, 'Send {"token": "<the token to accept>"}.'),
        )
      }
      token = body.token
      return send(res, { status: 200, body: { ok: true } })
    }
    if (req.method === 'POST' && path === '/__admin/reset') {
      store.reset(now())
      return send(res, { status: 200, body: { ok: true } })
    }
    return send(res, error(404, 'Fake.NotFound', `No admin endpoint ${req.method} ${path}.`))
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<number> {
    const url = new URL(req.url ?? '/', 'http://fake-modelarts')
    const path = url.pathname
    const method = req.method ?? 'GET'

    if (method === 'GET' && (path === '/' || path === '/healthz')) {
      send(res, { status: 200, body: { status: 'ok', service: 'fake-modelarts', projectId } })
      return 200
    }
    if (path.startsWith('/__admin/')) {
      await admin(req, res, path)
      return res.statusCode
    }
    if (req.headers['x-auth-token'] !== token) {
      // Drain the body so the connection can be reused by the proxy.
      req.resume()
      const answer = error(
        401,
        UNAUTHORIZED_CODE,
        req.headers['x-auth-token']
          ? 'The token is invalid or has expired.'
          : 'The request carries no X-Auth-Token header.',
      )
      send(res, answer)
      return answer.status
    }

    const body = await readBody(req)
    const t = now()
    const before = store.read(t)
    const { state, answer } = dispatch(
      before,
      { now: t, speed },
      {
        method,
        service: serviceOf(path),
        path,
        query: url.searchParams,
        body,
      },
    )
    // Persist before answering: once the caller has seen a success, a kill cannot undo it.
    if (state !== before) store.write(state)
    send(res, answer)
    return answer.status
  }

  const server: Server = createServer((req, res) => {
    const started = performance.now()
    handle(req, res)
      .catch((cause: unknown) => {
        if (cause instanceof BodyError) {
          send(res, cause.answer)
          return cause.answer.status
        }
        // A bug in the fake (or the simulator) is never quiet.
        console.error('fake-modelarts: internal error', cause)
        if (!res.headersSent)
          send(res, error(500, POOL_ERROR_CODES.internal, 'Internal error in fake-modelarts.'))
        return 500
      })
      .then((status) => {
        const ms = Math.round(performance.now() - started)
        log(`${req.method} ${req.url} → ${status} (${ms} ms)`)
      })
      .catch(() => {})
  })
  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(options.port, host, () => {
      server.off('error', fail)
      done()
    })
  })
  const port = (server.address() as AddressInfo).port

  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    setToken: (next) => {
      token = next
    },
    // Idle keep-alive connections (the proxy's) must not hold a restart up.
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done())
        server.closeAllConnections()
      }),
  }
}

/** What `npm run fake-modelarts` was asked for, from `--port N` and FAKE_MODELARTS_* variables. */
export function readFakeSettings(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  cwd = process.cwd(),
): FakeModelartsOptions & { defaultToken: boolean } {
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
  return {
    port,
    token: env.FAKE_MODELARTS_TOKEN || DEFAULT_TOKEN,
    defaultToken: !env.FAKE_MODELARTS_TOKEN,
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
  console.log(
    [
      `fake-modelarts listening on ${fake.url} (ModelArts and VPC)`,
      `  project ${settings.projectId} · speed ${settings.speed}× · state ${settings.statePath}`,
      settings.defaultToken
        ? `  accepts X-Auth-Token: ${settings.token} (the default; set FAKE_MODELARTS_TOKEN to change it)`
        : '  accepts the X-Auth-Token set in FAKE_MODELARTS_TOKEN',
      `  console: MODELARTS_ENDPOINT=${fake.url} MODELARTS_PROJECT_ID=${settings.projectId} MODELARTS_TOKEN=… npm start`,
    ].join('\n'),
  )
  const stop = () => {
    void fake.close().then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}
