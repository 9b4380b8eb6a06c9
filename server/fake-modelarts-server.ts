import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { POOL_ERROR_CODES } from '@/api/pool-rules'
import { DEMO_REGIONS } from '@/lib/demo-project'
import { dispatch, type SimRequest } from '@/mocks/routes'
import { error, type SimAnswer } from '@/mocks/simulator/answers'
import type { SimStore } from '@/mocks/store'
import { type AccessKey, verifySignature } from './fake-auth'
import { fileStore } from './file-store'

/**
 * The simulated ModelArts (the same core the demo runs in the browser) over plain HTTP, so the
 * console's live mode and its proxy can be exercised end to end without a cloud account.
 *
 * One port serves both services. ModelArts and VPC share the `/v1/{project_id}/…` shape, but
 * their resources never share a name, so the path decides: `vpcs`, `subnets` and
 * `security-groups` are VPC, everything else is ModelArts. Point both MODELARTS_ENDPOINT and
 * VPC_ENDPOINT at it (live mode does that by default for a loopback endpoint). IAM's project
 * lookup answers here too, and each region is a project of its own (the path's project ID picks
 * it), so one port stands in for several regions.
 */

export const DEFAULT_PORT = 8787
export const DEFAULT_TOKEN = 'fake-modelarts-token'
export const DEFAULT_STATE_FILE = '.fake-modelarts-state.json'
export const DEFAULT_REGIONS: readonly string[] = DEMO_REGIONS.map((r) => r.id)
/** Bodies larger than this are refused; the real API's largest bodies are a few kilobytes. */
const MAX_BODY_BYTES = 1024 * 1024

export const UNAUTHORIZED_CODE = 'ModelArts.50001000'

export interface FakeModelartsOptions {
  /** Always a loopback address: the fake has no real authentication. */
  host?: string
  /** 0 picks a free port. */
  port: number
  /** The X-Auth-Token value requests may carry. */
  token: string
  /** Access keys whose signatures are accepted. */
  keys?: readonly AccessKey[]
  /** The first region's project. */
  projectId: string
  /** Region names; each is a project of its own. The first has the full demo seed. */
  regions?: readonly string[]
  /** Simulated time runs this many times faster. */
  speed: number
  /** Where the first region's project is persisted between runs (the others: beside it). */
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

/** A region's project ID: the demo's for the demo's regions, a stable 32-hex one otherwise. */
export const fakeProjectOf = (region: string) =>
  DEMO_REGIONS.find((r) => r.id === region)?.projectId ??
  createHash('md5').update(`fake-modelarts:${region}`).digest('hex')

/** `state.json` → `state.cn-east-3.json` for every region but the first. */
const statePathOf = (first: string, region: string, index: number) =>
  index === 0 ? first : first.replace(/(\.json)?$/, `.${region}.json`)

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

async function readRaw(req: IncomingMessage): Promise<Buffer> {
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
  return Buffer.concat(chunks)
}

function parseBody(raw: Buffer): unknown {
  const text = raw.toString('utf8')
  if (!text.trim()) return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new BodyError(error(400, POOL_ERROR_CODES.invalid, 'The request body is not valid JSON.'))
  }
}

export async function startFakeModelarts(options: FakeModelartsOptions): Promise<FakeModelarts> {
  const { host = '127.0.0.1', speed, log = () => {}, now = Date.now, keys = [] } = options
  let token = options.token
  const regions = (options.regions ?? DEFAULT_REGIONS).map((id, i) => ({
    id,
    projectId: i === 0 ? options.projectId : fakeProjectOf(id),
  }))
  const stores = new Map<string, SimStore>(
    regions.map((r, i) => [
      r.projectId,
      fileStore(statePathOf(options.statePath, r.id, i), {
        projectId: r.projectId,
        pools: i === 0 ? 'first-region' : 'second-region',
      }),
    ]),
  )
  const first = stores.get(options.projectId)!
  // The project in `/v1/{project}/…`; an unknown one reaches the first, which refuses it.
  const storeOf = (path: string) => stores.get(path.split('/')[2] ?? '') ?? first
  // Read (or seed) every state before listening, so a broken state file stops the start-up.
  for (const store of stores.values()) store.read(now())

  /** A token, or a signature by one of the keys; the gateway's refusal otherwise. */
  function authenticate(req: IncomingMessage, raw: Buffer): SimAnswer | undefined {
    if (String(req.headers.authorization ?? '').startsWith('SDK-HMAC-SHA256')) {
      const result = verifySignature(
        { method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, body: raw },
        keys,
        now(),
      )
      return result.ok ? undefined : { status: result.status, body: result.body }
    }
    if (req.headers['x-auth-token'] === token) return undefined
    return error(
      401,
      UNAUTHORIZED_CODE,
      req.headers['x-auth-token']
        ? 'The token is invalid or has expired.'
        : 'The request carries neither a signature nor an X-Auth-Token header.',
    )
  }

  /** IAM's KeystoneListProjects, for the one query the console makes: `?name=<region>`. */
  function listProjects(url: URL): SimAnswer {
    const name = url.searchParams.get('name')
    const self = `http://fake-modelarts/v3/projects${url.search}`
    const projects = regions
      .filter((r) => name === null || r.id === name)
      .map((r) => ({
        id: r.projectId,
        name: r.id,
        domain_id: 'fa4e0b9c1d2e43f5a6b7c8d9e0f1a2b3',
        parent_id: 'fa4e0b9c1d2e43f5a6b7c8d9e0f1a2b3',
        is_domain: false,
        enabled: true,
        description: '',
        links: { self: `http://fake-modelarts/v3/projects/${r.projectId}` },
      }))
    return { status: 200, body: { projects, links: { self, previous: null, next: null } } }
  }

  async function admin(req: IncomingMessage, res: ServerResponse, path: string) {
    // Test-only controls; the fake listens on loopback, and refuses anyone else regardless.
    if (!isLoopback(req.socket.remoteAddress)) {
      return send(res, error(403, 'Fake.Forbidden', 'Admin endpoints answer on loopback only.'))
    }
    const body = parseBody(await readRaw(req)) as { token?: unknown } | undefined
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
      for (const store of stores.values()) store.reset(now())
      return send(res, { status: 200, body: { ok: true } })
    }
    return send(res, error(404, 'Fake.NotFound', `No admin endpoint ${req.method} ${path}.`))
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<number> {
    const url = new URL(req.url ?? '/', 'http://fake-modelarts')
    const path = url.pathname
    const method = req.method ?? 'GET'

    if (method === 'GET' && (path === '/' || path === '/healthz')) {
      send(res, {
        status: 200,
        body: { status: 'ok', service: 'fake-modelarts', projectId: options.projectId, regions },
      })
      return 200
    }
    if (path.startsWith('/__admin/')) {
      await admin(req, res, path)
      return res.statusCode
    }
    // The whole body first: a signature covers it.
    const raw = await readRaw(req)
    const refused = authenticate(req, raw)
    if (refused) {
      send(res, refused)
      return refused.status
    }
    if (method === 'GET' && path === '/v3/projects') {
      send(res, listProjects(url))
      return 200
    }

    const body = parseBody(raw)
    const t = now()
    const store = storeOf(path)
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
