/* Helpers shared by the Scale dialog's test files. */
import { screen, within } from '@testing-library/react'
import { afterEach, beforeAll } from 'vitest'
import { DEMO_PROJECT_ID } from '@/lib/demo-project'
import { server, simStore } from '@/mocks/node'
import type { SimNode, SimState } from '@/mocks/state'

import { renderApp } from '@/test/render'
import { seedWith } from '@/test/seed-with'

export const POOLS = '/api/modelarts/v2/:project/pools'
export const idOf = (name: string) => `${name}-${DEMO_PROJECT_ID}`
/**
 * Role queries compute accessible names from computed styles, which jsdom makes slow on a page
 * full of MUI styles: the page's own buttons are found by their label, and tests get more time.
 */
export const SLOW = { timeout: 10_000 }

export interface Sent {
  method: string
  path: string
  body: unknown
}

/** Every write the console sends, with its JSON body, in order. */
export function recordWrites() {
  const sent: Promise<Sent>[] = []
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'GET') return
    const path = new URL(request.url).pathname
    sent.push(
      request
        .clone()
        .text()
        .then((t) => ({
          method: request.method,
          path,
          body: t ? (JSON.parse(t) as unknown) : undefined,
        })),
    )
  })
  return () => Promise.all(sent)
}

/** Each Scale test file's setup: lazy routes loaded once, request listeners dropped after each test. */
export function setUpScaleTests() {
  // Load the lazy route modules once, so no test pays for compiling them while it waits.
  beforeAll(async () => {
    await Promise.all([
      import('@/features/pools/pools-page'),
      import('@/features/pools/details/pool-details-page'),
    ])
  }, 60_000)
  afterEach(() => {
    server.events.removeAllListeners()
  })
}

export const state = () => simStore.read(Date.now())
export const nodesOf = (name: string, s: SimState = state()) =>
  s.nodes.filter((n) => n.pool === idOf(name))

/** Reshapes the simulated project before the page loads it. */
export const shape = (fn: (s: SimState) => SimState) => seedWith(fn)

export function extraNodes(
  pool: string,
  count: number,
  from: SimNode,
  extra: Partial<SimNode> = {},
): SimNode[] {
  return Array.from({ length: count }, (_, i) => ({
    ...from,
    name: `os-node-extra-${String(i).padStart(3, '0')}`,
    ip: `10.0.${Math.floor(i / 250)}.${(i % 250) + 2}`,
    pool: idOf(pool),
    ...extra,
  }))
}

/** Opens Scale from the pool's row on the list, once its nodes are listed. */
export async function openScale(pool: string, url = '/pools?type=train') {
  const app = renderApp(url)
  await app.user.click(await screen.findByLabelText(`Scale ${pool}`, undefined, SLOW))
  const dialog = await screen.findByRole('dialog', { name: `Scale pool ${pool}` })
  await within(dialog).findByRole('table', { name: `Nodes of ${pool}` }, SLOW)
  const nodes = within(dialog).getByRole('spinbutton', { name: 'Nodes' })
  const submit = within(dialog).getByRole('button', { name: 'Submit' })
  const keep = (node: string) => within(dialog).getByRole('switch', { name: `Keep ${node}` })
  return { ...app, dialog, nodes, submit, keep }
}
