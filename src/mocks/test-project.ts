import { eventListSchema, type PoolEvent } from '@/api/events'
import { errorBodySchema } from '@/api/http'
import { nodeListSchema, type PoolNode } from '@/api/nodes'
import { buildScaleOutPatch, entryKey } from '@/api/pool-entries'
import { buildCreatePoolBody, type CreatePoolInput, poolListSchema, poolSchema } from '@/api/pools'
import { DEMO_PROJECT_ID } from '@/lib/demo-project'
import { dispatch, type SimRequest } from './routes'
import { createSeed } from './seed'
import { AZS } from './seed-catalog'
import type { SimAnswer } from './simulator/answers'
import type { SimState } from './state'

/*
 * Test helpers: a simulated project driven the way a client drives it, through the route table,
 * at explicit moments.
 */

/** The seed's isolated ModelArts network. */
export const ISOLATED_NETWORK = `network-7a03-${DEMO_PROJECT_ID}`

export const P = DEMO_PROJECT_ID
/** A whole second, so event timestamps (in seconds) are exact. */
export const T0 = Date.UTC(2025, 0, 15, 9, 0, 0)
export const S = 1000
export const [AZ1, AZ2] = AZS

export const idOf = (name: string) => `${name}-${P}`

interface SendOptions {
  at?: number
  speed?: number
  body?: unknown
  query?: Record<string, string>
  service?: SimRequest['service']
}

/**
 * A simulated project driven like a client would: every call goes through the route table at an
 * explicit moment, and the state it returns is kept for the next call.
 */
export function project(initial: SimState = createSeed({ now: T0 })) {
  let state = initial
  let clock = T0

  const send = (method: string, path: string, opts: SendOptions = {}): SimAnswer => {
    const at = opts.at ?? clock
    if (at < clock) throw new Error('time only moves forward in these tests')
    clock = at
    const out = dispatch(
      state,
      { now: at, speed: opts.speed ?? 1 },
      {
        method,
        service: opts.service ?? 'modelarts',
        path,
        query: new URLSearchParams(opts.query),
        body: opts.body,
      },
    )
    state = out.state
    return out.answer
  }

  const ok = <T>(answer: SimAnswer, parse: (body: unknown) => T): T => {
    if (answer.status !== 200) {
      throw new Error(`expected 200, got ${answer.status}: ${JSON.stringify(answer.body)}`)
    }
    return parse(answer.body)
  }

  const api = {
    get state() {
      return state
    },
    set state(next: SimState) {
      state = next
    },
    send,
    listPools: (at?: number, query?: Record<string, string>) =>
      ok(send('GET', `/v2/${P}/pools`, { at, query }), (b) => poolListSchema.parse(b)),
    getPool: (id: string, at?: number) =>
      ok(send('GET', `/v2/${P}/pools/${id}`, { at }), (b) => poolSchema.parse(b)),
    /** POST /pools as the console builds it, on the seed's isolated network unless told. */
    create: (
      input: Partial<CreatePoolInput> = {},
      opts: Omit<SendOptions, 'body'> & { network?: string } = {},
    ) =>
      send('POST', `/v2/${P}/pools`, {
        ...opts,
        body: buildCreatePoolBody(
          {
            type: 'train',
            name: 'new-pool',
            description: '',
            flavor: 'modelarts.vm.cpu.4ud',
            count: 1,
            ...input,
          },
          opts.network ?? ISOLATED_NETWORK,
        ),
      }),
    patch: (id: string, body: unknown, at?: number, speed?: number) =>
      send('PATCH', `/v2/${P}/pools/${id}`, { body, at, speed }),
    /** Scale-out of the pool's first entry to `count`, every entry sent back. */
    scaleTo: (id: string, count: number, at?: number) => {
      const pool = api.getPool(id, at)
      const first = pool.spec.resources[0]
      return api.patch(id, buildScaleOutPatch(pool, first ? { [entryKey(first)]: count } : {}), at)
    },
    deleteNodes: (id: string, names: string[], at?: number) =>
      send('POST', `/v2/${P}/pools/${id}/nodes/batch-delete`, {
        body: { deleteNodeNames: names },
        at,
      }),
    deletePool: (id: string, at?: number) => send('DELETE', `/v2/${P}/pools/${id}`, { at }),
    nodes: (id: string, at?: number, query?: Record<string, string>) =>
      ok(send('GET', `/v2/${P}/pools/${id}/nodes`, { at, query }), (b) => nodeListSchema.parse(b)),
    events: (id: string, at?: number) =>
      ok(send('GET', `/v1/${P}/events`, { at, query: { resource: 'pools', name: id } }), (b) =>
        eventListSchema.parse(b),
      ).items,
  }
  return api
}

/** The error a failed answer carries, checked against the documented error body. */
export function errorOf(answer: SimAnswer) {
  return { status: answer.status, ...errorBodySchema.parse(answer.body) }
}

/** The phases of nodes, in order: what a test compares. */
export const phases = (nodes: PoolNode[]) => nodes.map((n) => n.status.phase)
/** The reasons of events, in order. */
export const reasons = (events: PoolEvent[]) => events.map((e) => e.reason)
