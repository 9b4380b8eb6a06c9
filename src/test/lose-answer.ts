import { http, HttpResponse } from 'msw'
import { server, simClock, simStore } from '@/mocks/node'
import { simPath } from '@/mocks/handlers'
import { dispatch } from '@/mocks/routes'

type Method = 'post' | 'patch' | 'delete'

/**
 * The simulated service carries out the request, and then its answer is lost on the way back
 * (a dropped connection by default, or whatever `lost` returns: a gateway page, a body that
 * breaks the schema, …). What a write with an unknown outcome looks like from the browser.
 */
export function loseAnswer(
  method: Method,
  path: string,
  lost: () => Response = () => HttpResponse.error(),
) {
  const sent: string[] = []
  server.use(
    http[method](`/api/modelarts${path}`, async ({ request }) => {
      const url = new URL(request.url)
      const text = await request.text()
      sent.push(`${request.method} ${url.pathname}`)
      const now = Date.now()
      const before = simStore.read(now)
      const { state } = dispatch(
        before,
        { now, speed: simClock.speed },
        {
          method: request.method,
          service: 'modelarts',
          path: simPath(url.pathname.slice('/api/modelarts'.length), before.projectId),
          query: url.searchParams,
          body: text ? (JSON.parse(text) as unknown) : undefined,
        },
      )
      if (state !== before) simStore.write(state)
      return lost()
    }),
  )
  return sent
}
