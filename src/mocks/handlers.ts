import { delay, http, HttpResponse } from 'msw'
import { error, invalid, type SimAnswer } from './simulator/answers'
import { dispatch, type SimRequest } from './routes'
import type { SimStore } from './store'

export interface HandlerOptions {
  /** Each region's project, by region name. */
  stores: Record<string, SimStore>
  /** Simulated time speed-up (`?demo-speed=N`). */
  speed?: () => number
  /** Milliseconds of network latency to imitate; 0 in tests. */
  latency?: () => number
  now?: () => number
}

async function readBody(request: Request): Promise<{ body?: unknown; bad?: SimAnswer }> {
  const text = await request.text()
  if (!text) return {}
  try {
    return { body: JSON.parse(text) as unknown }
  } catch {
    return { bad: invalid('The request body is not valid JSON.') }
  }
}

/** The region a browser path names (`/v2/cn-north-4/pools` → cn-north-4). */
export const regionOfPath = (path: string) => decodeURIComponent(path.split('/')[2] ?? '')

/** The path the simulator answers: the region's project ID where the browser put the region. */
export const simPath = (path: string, projectId: string) => {
  const [, version, , ...rest] = path.split('/')
  return ['', version, projectId, ...rest].join('/')
}

/**
 * A thin MSW adapter over the simulator: every ModelArts and VPC request under the console's
 * same-origin prefixes goes through the one route table in ./routes.ts. The browser names the
 * project by its region (`/v2/cn-north-4/pools`); as the console's server does in live mode, the
 * region's project ID takes its place before the simulator sees the path.
 */
export function createHandlers({
  stores,
  speed = () => 1,
  latency = () => 0,
  now = Date.now,
}: HandlerOptions) {
  const handle =
    (service: SimRequest['service'], prefix: string) =>
    async ({ request }: { request: Request }) => {
      const ms = latency()
      if (ms > 0) await delay(ms)
      const url = new URL(request.url)
      const path = url.pathname.slice(prefix.length)
      const region = regionOfPath(path)
      const store = stores[region]
      if (!store) {
        const answer = error(404, 'APIGW.0101', `No region ${region} in this demo.`)
        return HttpResponse.json(answer.body as object, { status: answer.status })
      }
      const { body, bad } = await readBody(request)
      if (bad) return HttpResponse.json(bad.body as object, { status: bad.status })
      const t = now()
      const before = store.read(t)
      const { state, answer } = dispatch(
        before,
        { now: t, speed: speed() },
        {
          method: request.method,
          service,
          path: simPath(path, before.projectId),
          query: url.searchParams,
          body,
        },
      )
      if (state !== before) store.write(state)
      return HttpResponse.json(answer.body as object, { status: answer.status })
    }

  return [
    http.all('/api/modelarts/*', handle('modelarts', '/api/modelarts')),
    http.all('/api/vpc/*', handle('vpc', '/api/vpc')),
  ]
}
