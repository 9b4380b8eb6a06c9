import { act, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { DEMO_PROJECT_ID } from '@/lib/demo-project'
import { server, simStore } from '@/mocks/node'
import type { SimNode, SimState } from '@/mocks/state'
import { loseAnswer } from '@/test/lose-answer'
import { renderApp } from '@/test/render'
import { seedWith } from '@/test/seed-with'

const POOLS = '/api/modelarts/v2/:project/pools'
const idOf = (name: string) => `${name}-${DEMO_PROJECT_ID}`
/**
 * Role queries compute accessible names from computed styles, which jsdom makes slow on a page
 * full of MUI styles: the page's own buttons are found by their label, and tests get more time.
 */
const SLOW = { timeout: 10_000 }

interface Sent {
  method: string
  path: string
  body: unknown
}

/** Every write the console sends, with its JSON body, in order. */
function recordWrites() {
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

const state = () => simStore.read(Date.now())
const nodesOf = (name: string, s: SimState = state()) =>
  s.nodes.filter((n) => n.pool === idOf(name))

/** Reshapes the simulated project before the page loads it. */
const shape = (fn: (s: SimState) => SimState) => seedWith(fn)

function extraNodes(
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
async function openScale(pool: string, url = '/pools?type=train') {
  const app = renderApp(url)
  await app.user.click(await screen.findByLabelText(`Scale ${pool}`, undefined, SLOW))
  const dialog = await screen.findByRole('dialog', { name: `Scale pool ${pool}` })
  await within(dialog).findByRole('table', { name: `Nodes of ${pool}` }, SLOW)
  const nodes = within(dialog).getByRole('spinbutton', { name: 'Nodes' })
  const submit = within(dialog).getByRole('button', { name: 'Submit' })
  const keep = (node: string) => within(dialog).getByRole('switch', { name: `Keep ${node}` })
  return { ...app, dialog, nodes, submit, keep }
}

describe('ScalePoolDialog', { timeout: 30_000 }, () => {
  it('shows the pool, its flavor in words, the current count and one switched-on row per node', async () => {
    const names = nodesOf('llm-finetune').map((n) => n.name)
    const { dialog, nodes, submit, keep } = await openScale('llm-finetune')

    expect(within(dialog).getByText('GPU · 1 × NVIDIA T4 · 8 vCPUs · 32 GiB')).toBeInTheDocument()
    expect(within(dialog).getByText('Current nodes').nextSibling).toHaveTextContent('3')
    expect(nodes).toHaveValue('3')
    expect(within(dialog).getByRole('heading', { name: 'Node List' })).toBeInTheDocument()
    for (const name of names) expect(keep(name)).toBeChecked()
    const first = within(dialog).getAllByRole('row')[1]!
    expect(within(first).getByText(names[0]!)).toBeInTheDocument()
    expect(within(first).getByText('Available')).toBeInTheDocument()
    expect(within(first).getByText(/^cn-north-4/)).toBeInTheDocument()
    expect(within(first).getByText(/^192\.168\./)).toBeInTheDocument()
    // Nothing to do yet.
    expect(submit).toBeDisabled()
  })

  it('scales notebook-sandbox out from 1 to 3 with a PATCH of count 3 and closes with a notice', async () => {
    const writes = recordWrites()
    const { user, dialog, nodes, submit } = await openScale('notebook-sandbox')

    await user.click(within(dialog).getByRole('button', { name: 'Increase nodes' }))
    await user.click(within(dialog).getByRole('button', { name: 'Increase nodes' }))
    expect(nodes).toHaveValue('3')
    expect(within(dialog).getByText('Adds 2 nodes: 1 → 3.')).toBeInTheDocument()
    await user.click(submit)

    await waitFor(() => expect(dialog).not.toBeInTheDocument())
    expect(await screen.findByText('Adding 2 nodes to pool notebook-sandbox.')).toBeInTheDocument()
    const sent = await writes()
    expect(sent).toHaveLength(1)
    expect(sent[0]).toMatchObject({
      method: 'PATCH',
      path: `/api/modelarts/v2/cn-north-4/pools/${idOf('notebook-sandbox')}`,
      body: { spec: { resources: [{ flavor: 'modelarts.vm.cpu.4ud', count: 3 }] } },
    })
    expect(nodesOf('notebook-sandbox')).toHaveLength(3)
    // The list refreshed onto the new state: the pool is scaling.
    const row = screen.getByRole('link', { name: 'notebook-sandbox' }).closest('tr')!
    expect(within(row).getByText('Scaling')).toBeInTheDocument()
  })

  it('lowers the target by one for each node switched off and raises it again when switched back on', async () => {
    const [a, b] = nodesOf('llm-finetune').map((n) => n.name) as [string, string]
    const { user, dialog, nodes, submit, keep } = await openScale('llm-finetune')

    await user.click(keep(a))
    expect(keep(a)).not.toBeChecked()
    expect(nodes).toHaveValue('2')
    await user.click(keep(b))
    expect(nodes).toHaveValue('1')
    expect(within(dialog).getByText(`Removes 2 nodes: ${a}, ${b}.`)).toBeInTheDocument()
    expect(submit).toBeEnabled()

    await user.click(keep(a))
    expect(nodes).toHaveValue('2')
    expect(within(dialog).getByText(`Removes 1 node: ${b}.`)).toBeInTheDocument()
  })

  it('asks for exactly as many switched-off nodes as a lower target removes, then deletes those named nodes', async () => {
    const writes = recordWrites()
    const [a, b, c] = nodesOf('llm-finetune').map((n) => n.name) as [string, string, string]
    const { user, dialog, nodes, submit, keep } = await openScale('llm-finetune')

    await user.clear(nodes)
    await user.type(nodes, '1')
    expect(within(dialog).getByText(/Switch off 2 more nodes to remove/)).toBeInTheDocument()
    expect(submit).toBeDisabled()

    await user.click(keep(c))
    expect(nodes).toHaveValue('1')
    expect(within(dialog).getByText(/Switch off 1 more node to remove/)).toBeInTheDocument()
    expect(submit).toBeDisabled()

    await user.click(keep(a))
    expect(nodes).toHaveValue('1')
    expect(within(dialog).getByText(`Removes 2 nodes: ${c}, ${a}.`)).toBeInTheDocument()
    await user.click(submit)

    await waitFor(() => expect(dialog).not.toBeInTheDocument())
    const sent = await writes()
    expect(sent).toEqual([
      {
        method: 'POST',
        path: `/api/modelarts/v2/cn-north-4/pools/${idOf('llm-finetune')}/nodes/batch-delete`,
        body: { deleteNodeNames: [c, a] },
      },
    ])
    const after = nodesOf('llm-finetune')
    expect(after.find((n) => n.name === b)?.deletedAt).toBeUndefined()
    expect(
      after
        .filter((n) => n.deletedAt !== undefined)
        .map((n) => n.name)
        .sort(),
    ).toEqual([a, c].sort())
    expect(
      await screen.findByText(`Removing 2 nodes from pool llm-finetune: ${c}, ${a}.`),
    ).toBeInTheDocument()
  })

  it('says when more nodes are switched off than the typed target removes', async () => {
    const [a, b] = nodesOf('llm-finetune').map((n) => n.name) as [string, string]
    const { user, dialog, nodes, submit, keep } = await openScale('llm-finetune')

    await user.click(keep(a))
    await user.click(keep(b))
    await user.clear(nodes)
    await user.type(nodes, '2')

    expect(
      within(dialog).getByText(/2 nodes are switched off, but a target of 2 removes only 1/),
    ).toBeInTheDocument()
    expect(nodes).toHaveAccessibleDescription(expect.stringContaining('Switch 1 back on'))
    expect(submit).toBeDisabled()
  })

  it('refuses to add and remove nodes in one step', async () => {
    const [a] = nodesOf('llm-finetune').map((n) => n.name) as [string]
    const { user, dialog, nodes, submit, keep } = await openScale('llm-finetune')

    await user.click(keep(a))
    await user.clear(nodes)
    await user.type(nodes, '4')

    expect(
      within(dialog).getByText(/Nodes cannot be added and removed in one step/),
    ).toBeInTheDocument()
    expect(submit).toBeDisabled()
  })

  it('keeps text that is not a whole number as typed and asks for a whole number', async () => {
    const { user, dialog, nodes, submit } = await openScale('notebook-sandbox')
    for (const typed of ['1e3', 'two', '2.5']) {
      await user.clear(nodes)
      await user.type(nodes, typed)
      expect(nodes).toHaveValue(typed)
      expect(within(dialog).getByText('Enter a whole number of nodes.')).toBeInTheDocument()
      expect(submit).toBeDisabled()
    }
    await user.click(within(dialog).getByRole('button', { name: 'Increase nodes' }))
    expect(nodes).toHaveValue('1')
  })

  it('does not let the last node of a pool go, whether switched off or typed', async () => {
    const [only] = nodesOf('notebook-sandbox').map((n) => n.name) as [string]
    const { user, dialog, nodes, submit, keep } = await openScale('notebook-sandbox')
    const message =
      /At least 1 node must remain in the pool\. To remove every node, delete the pool\./

    await user.click(keep(only))
    expect(nodes).toHaveValue('0')
    expect(within(dialog).getByText(message)).toBeInTheDocument()
    expect(nodes).toHaveAttribute('aria-invalid', 'true')
    expect(submit).toBeDisabled()

    await user.click(keep(only))
    await user.clear(nodes)
    await user.type(nodes, '0')
    expect(within(dialog).getByText(message)).toBeInTheDocument()
    expect(within(dialog).getByRole('button', { name: 'Decrease nodes' })).toBeDisabled()
    expect(submit).toBeDisabled()
  })

  it('allows at most 30 nodes to be added at once', async () => {
    const { user, dialog, nodes, submit } = await openScale('notebook-sandbox')

    await user.clear(nodes)
    await user.type(nodes, '31')
    expect(within(dialog).getByRole('button', { name: 'Increase nodes' })).toBeDisabled()
    expect(submit).toBeEnabled()

    await user.clear(nodes)
    await user.type(nodes, '32')
    expect(
      within(dialog).getByText(/At most 30 nodes can be added at once \(31 requested\)/),
    ).toBeInTheDocument()
    expect(nodes).toHaveAttribute('aria-invalid', 'true')
    expect(submit).toBeDisabled()
  })

  it('allows at most 100 nodes in a pool', async () => {
    shape((s) => {
      const [first] = nodesOf('notebook-sandbox', s)
      return { ...s, nodes: [...s.nodes, ...extraNodes('notebook-sandbox', 79, first!)] }
    })
    const { user, dialog, nodes, submit } = await openScale('notebook-sandbox')
    expect(nodes).toHaveValue('80')

    await user.clear(nodes)
    await user.type(nodes, '101')
    expect(
      within(dialog).getByText(
        /A pool holds at most 100 nodes; this one has 80, so at most 20 more can be added\./,
      ),
    ).toBeInTheDocument()
    expect(submit).toBeDisabled()

    await user.clear(nodes)
    await user.type(nodes, '100')
    expect(submit).toBeEnabled()
  })

  it('stays within the remaining node quota', async () => {
    shape((s) => ({ ...s, quota: { ...s.quota, node: s.nodes.length + 1 } }))
    const used = state().nodes.length
    const { user, dialog, nodes, submit } = await openScale('notebook-sandbox')
    expect(await within(dialog).findByText(`${used} of ${used + 1} in use`)).toBeInTheDocument()

    await user.clear(nodes)
    await user.type(nodes, '3')
    expect(
      within(dialog).getByText(
        `The project's node quota allows 1 more node (${used} of ${used + 1} in use). Release nodes elsewhere or ask for a higher node quota.`,
      ),
    ).toBeInTheDocument()
    expect(submit).toBeDisabled()

    await user.click(within(dialog).getByRole('button', { name: 'Decrease nodes' }))
    expect(nodes).toHaveValue('2')
    expect(submit).toBeEnabled()
  })

  it('keeps Submit disabled while there is nothing to do, including after undoing a change', async () => {
    const [a] = nodesOf('llm-finetune').map((n) => n.name) as [string]
    const { user, dialog, nodes, submit, keep } = await openScale('llm-finetune')
    expect(submit).toBeDisabled()
    expect(nodes).toHaveAccessibleDescription(expect.stringMatching(/^The pool has 3 nodes\./))

    await user.click(keep(a))
    expect(submit).toBeEnabled()
    await user.click(keep(a))
    expect(nodes).toHaveValue('3')
    expect(submit).toBeDisabled()

    await user.clear(nodes)
    expect(within(dialog).getByText('Enter a whole number of nodes.')).toBeInTheDocument()
    expect(submit).toBeDisabled()
  })

  it('shows a 409 for a pool that changed state inside the dialog and keeps the choices', async () => {
    server.use(
      http.patch(`${POOLS}/:pool`, () =>
        HttpResponse.json(
          {
            error_code: 'ModelArts.2887',
            error_msg: 'The pool notebook-sandbox is Deleting; it cannot be scaled now.',
          },
          { status: 409 },
        ),
      ),
    )
    const { user, dialog, nodes, submit } = await openScale('notebook-sandbox')
    await user.clear(nodes)
    await user.type(nodes, '3')
    await user.click(submit)

    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('The pool could not be scaled')
    expect(alert).toHaveTextContent(
      'The pool notebook-sandbox is Deleting; it cannot be scaled now.',
    )
    expect(alert).toHaveTextContent('The pool changed since this dialog opened')
    expect(alert).toHaveTextContent('Error code: ModelArts.2887')
    expect(dialog).toBeInTheDocument()
    expect(nodes).toHaveValue('3')
    expect(submit).toBeEnabled()
  })

  it('shows the simulated service refusing a pool whose nodes started changing meanwhile', async () => {
    const [a] = nodesOf('llm-finetune').map((n) => n.name) as [string]
    const { user, dialog, submit, keep } = await openScale('llm-finetune')
    await user.click(keep(a))
    // Someone else adds a node in another tab while this dialog is open.
    shape((s) => {
      const [first] = nodesOf('llm-finetune', s)
      return {
        ...s,
        nodes: [
          ...s.nodes,
          ...extraNodes('llm-finetune', 1, first!, { readyAt: Date.now() + 60_000 }),
        ],
      }
    })
    await user.click(submit)

    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('The pool llm-finetune is scaling; wait until its nodes settle')
    expect(alert).toHaveTextContent('Error code: ModelArts.2887')
    expect(keep(a)).not.toBeChecked()
    expect(nodesOf('llm-finetune').every((n) => n.deletedAt === undefined)).toBe(true)
    // The dialog catches up with the pool: it is scaling, and the new node cannot be picked yet.
    expect(await within(dialog).findByText('Scaling')).toBeInTheDocument()
    expect(
      await within(dialog).findByRole('switch', { name: 'Keep os-node-extra-000' }),
    ).toBeDisabled()
    expect(keep(a)).not.toBeChecked()
  })

  it('keeps the inputs still while the request is pending, but lets the user leave', async () => {
    let release: () => void = () => {}
    const gate = new Promise<void>((resolve) => (release = resolve))
    server.use(
      http.patch(`${POOLS}/:pool`, async () => {
        await gate
        return HttpResponse.json(
          { error_code: 'ModelArts.5039', error_msg: 'The service is busy. Try again later.' },
          { status: 500 },
        )
      }),
    )
    const { user, dialog, nodes, submit } = await openScale('notebook-sandbox')
    await user.click(within(dialog).getByRole('button', { name: 'Increase nodes' }))
    await user.click(submit)

    await waitFor(() => expect(submit).toBeDisabled())
    expect(nodes).toBeDisabled()
    expect(within(dialog).getByRole('switch')).toBeDisabled()
    expect(within(dialog).getByRole('button', { name: 'Close' })).toHaveFocus()
    await user.keyboard('{Escape}')
    await waitFor(() => expect(dialog).not.toBeInTheDocument())

    release()
    expect(
      await screen.findByText(
        'Pool notebook-sandbox was not scaled: The service is busy. Try again later.',
      ),
    ).toBeInTheDocument()
  })

  it('sends one PATCH for a double-click on Submit', async () => {
    const writes = recordWrites()
    const { user, dialog, submit } = await openScale('notebook-sandbox')
    await user.click(within(dialog).getByRole('button', { name: 'Increase nodes' }))
    // Two clicks before React renders again (one act): only the write's own guard stops the second.
    await act(async () => {
      submit.click()
      submit.click()
    })
    expect(await screen.findByText('Adding 1 node to pool notebook-sandbox.')).toBeInTheDocument()
    expect((await writes()).map((w) => w.method)).toEqual(['PATCH'])
  })

  it('after a lost answer to a scale-out, checks the pool and reports the nodes being added', async () => {
    const sent = loseAnswer('patch', '/v2/:project/pools/:pool', () =>
      HttpResponse.json({ kind: 'Pool', spec: 'unexpected' }),
    )
    const { user, dialog, submit } = await openScale('notebook-sandbox')
    await user.click(within(dialog).getByRole('button', { name: 'Increase nodes' }))
    await user.click(submit)
    expect(await screen.findByText('Adding 1 node to pool notebook-sandbox.')).toBeInTheDocument()
    expect(sent).toHaveLength(1)
    expect(screen.queryByText(/could not be scaled/)).not.toBeInTheDocument()
  })

  it('after a lost answer to a scale-in, checks the nodes and reports them being removed', async () => {
    const [first] = nodesOf('llm-finetune')
    const sent = loseAnswer('post', '/v2/:project/pools/:pool/nodes/batch-delete')
    const { user, dialog, keep, submit } = await openScale('llm-finetune')
    await user.click(keep(first!.name))
    await user.click(submit)
    expect(
      await screen.findByText(`Removing 1 node from pool llm-finetune: ${first!.name}.`),
    ).toBeInTheDocument()
    expect(sent).toHaveLength(1)
    expect(dialog).not.toBeInTheDocument()
  })

  it('after a lost answer and a pool that did not change, says it was not scaled and keeps the input', async () => {
    server.use(
      http.patch(`${POOLS}/:pool`, () => new HttpResponse('upstream timed out', { status: 504 })),
    )
    const { user, dialog, nodes, submit } = await openScale('notebook-sandbox')
    await user.click(within(dialog).getByRole('button', { name: 'Increase nodes' }))
    await user.click(submit)
    expect(await within(dialog).findByText('The pool was not scaled')).toBeInTheDocument()
    expect(nodes).toHaveValue('2')
    expect(submit).toBeEnabled()
  })

  it('lists abnormal nodes first with a hint, and removing one restores the pool to Running', async () => {
    const writes = recordWrites()
    const bad = nodesOf('data-prep-cpu').find((n) => n.abnormal)!.name
    const { user, dialog, nodes, submit, keep } = await openScale('data-prep-cpu')

    expect(
      within(dialog).getByText(
        /Abnormal nodes are listed first; remove them to restore the pool\./,
      ),
    ).toBeInTheDocument()
    const first = within(dialog).getAllByRole('row')[1]!
    expect(within(first).getByText(bad)).toBeInTheDocument()
    expect(within(first).getByText('Abnormal')).toBeInTheDocument()

    await user.click(keep(bad))
    expect(nodes).toHaveValue('1')
    await user.click(submit)
    await waitFor(() => expect(dialog).not.toBeInTheDocument())

    expect((await writes())[0]?.body).toEqual({ deleteNodeNames: [bad] })
    const row = screen.getByRole('link', { name: 'data-prep-cpu' }).closest('tr')!
    // Running again, still finishing the removal of the bad node.
    expect(await within(row).findByText('Scaling')).toBeInTheDocument()
  })

  it('gives a pool with several flavors one target per flavor and patches every entry', async () => {
    shape((s) => {
      const id = idOf('notebook-sandbox')
      const [first] = nodesOf('notebook-sandbox', s)
      return {
        ...s,
        pools: s.pools.map((p) =>
          p.id === id
            ? {
                ...p,
                resources: [
                  ...p.resources,
                  {
                    flavor: 'modelarts.vm.cpu.8ud',
                    count: 2,
                    maxCount: 2,
                    nodePool: 'modelarts.vm.cpu.8ud-default',
                  },
                ],
              }
            : p,
        ),
        nodes: [
          ...s.nodes,
          ...extraNodes('notebook-sandbox', 2, first!, {
            flavor: 'modelarts.vm.cpu.8ud',
            nodePool: 'modelarts.vm.cpu.8ud-default',
          }),
        ],
      }
    })
    const writes = recordWrites()
    const app = renderApp('/pools?type=train')
    await app.user.click(await screen.findByLabelText('Scale notebook-sandbox', undefined, SLOW))
    const dialog = await screen.findByRole('dialog', { name: 'Scale pool notebook-sandbox' })
    const small = within(dialog).getByRole('spinbutton', { name: 'Nodes (CPU · 4 vCPUs · 8 GiB)' })
    const large = await within(dialog).findByRole('spinbutton', {
      name: 'Nodes (CPU · 8 vCPUs · 32 GiB)',
    })
    expect(small).toHaveValue('1')
    expect(large).toHaveValue('2')

    // Switching off a node lowers the target of its own flavor.
    await app.user.click(
      await within(dialog).findByRole('switch', { name: 'Keep os-node-extra-000' }),
    )
    expect(large).toHaveValue('1')
    expect(small).toHaveValue('1')
    await app.user.click(within(dialog).getByRole('switch', { name: 'Keep os-node-extra-000' }))

    await app.user.click(
      within(dialog).getByRole('button', { name: 'Increase nodes (CPU · 4 vCPUs · 8 GiB)' }),
    )
    await app.user.click(within(dialog).getByRole('button', { name: 'Submit' }))
    await waitFor(() => expect(dialog).not.toBeInTheDocument())

    expect((await writes())[0]?.body).toEqual({
      spec: {
        resources: [
          {
            flavor: 'modelarts.vm.cpu.4ud',
            count: 2,
            maxCount: 2,
            nodePool: 'modelarts.vm.cpu.4ud-default',
          },
          {
            flavor: 'modelarts.vm.cpu.8ud',
            count: 2,
            maxCount: 2,
            nodePool: 'modelarts.vm.cpu.8ud-default',
          },
        ],
      },
    })
  })

  it('scales one of two node pools of the same flavor, spreading the new nodes over its AZs', async () => {
    const writes = recordWrites()
    const { user } = renderApp('/pools?type=infer')
    await user.click(await screen.findByLabelText('Scale search-ranking', undefined, SLOW))
    const dialog = await screen.findByRole('dialog', { name: 'Scale pool search-ranking' })
    await within(dialog).findByRole('table', { name: 'Nodes of search-ranking' }, SLOW)
    const main = within(dialog).getByRole('spinbutton', {
      name: 'Nodes (CPU · 8 vCPUs · 32 GiB · node pool ranking-main)',
    })
    const burst = within(dialog).getByRole('spinbutton', {
      name: 'Nodes (CPU · 8 vCPUs · 32 GiB · node pool ranking-burst)',
    })
    expect(main).toHaveValue('4')
    expect(burst).toHaveValue('1')

    await user.clear(main)
    await user.type(main, '6')
    expect(
      within(dialog).getByText('Adds 2 nodes: 4 → 6 (cn-north-4a: 3, cn-north-4b: 3).'),
    ).toBeInTheDocument()
    await user.click(within(dialog).getByRole('button', { name: 'Submit' }))
    await waitFor(() => expect(dialog).not.toBeInTheDocument())

    expect((await writes())[0]?.body).toEqual({
      spec: {
        resources: [
          {
            flavor: 'modelarts.vm.cpu.8ud',
            count: 6,
            maxCount: 6,
            nodePool: 'ranking-main',
            azs: [
              { az: 'cn-north-4a', count: 3 },
              { az: 'cn-north-4b', count: 3 },
            ],
          },
          { flavor: 'modelarts.vm.cpu.8ud', count: 1, maxCount: 1, nodePool: 'ranking-burst' },
        ],
      },
    })
  })

  it('makes up no node quota when the service reports none (its documented types are pool and network)', async () => {
    server.use(
      http.get('/api/modelarts/v1/:project/quotas', () =>
        HttpResponse.json({
          quotas: {
            resources: [
              { type: 'pool', quota: '15', used: '11' },
              { type: 'network', quota: '15', used: '2' },
            ],
          },
        }),
      ),
    )
    const { dialog, nodes, submit } = await openScale('llm-finetune')
    await waitFor(() =>
      expect(within(dialog).getByText('Node quota').nextSibling).toHaveTextContent('None reported'),
    )
    expect(within(dialog).getByText(/^Limits:/)).not.toHaveTextContent('quota')
    await waitFor(() => expect(nodes).toHaveValue('3'))
    expect(submit).toBeDisabled()
  })

  it('closes on Escape and on Cancel without sending anything', async () => {
    const writes = recordWrites()
    const { user, dialog } = await openScale('llm-finetune')
    await user.keyboard('{Escape}')
    await waitFor(() => expect(dialog).not.toBeInTheDocument())

    await user.click(screen.getByRole('button', { name: 'Scale llm-finetune' }))
    const again = await screen.findByRole('dialog', { name: 'Scale pool llm-finetune' })
    await user.click(within(again).getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(again).not.toBeInTheDocument())
    expect(await writes()).toEqual([])
  })

  it('offers Retry when the node list cannot be loaded', async () => {
    server.use(
      http.get(
        `${POOLS}/:pool/nodes`,
        () =>
          HttpResponse.json(
            { error_code: 'ModelArts.50005000', error_msg: 'Internal error.' },
            { status: 500 },
          ),
        { once: true },
      ),
    )
    const app = renderApp('/pools?type=train')
    await app.user.click(await screen.findByLabelText('Scale llm-finetune', undefined, SLOW))
    const dialog = await screen.findByRole('dialog', { name: 'Scale pool llm-finetune' })
    expect(await within(dialog).findByText('The nodes could not be loaded')).toBeInTheDocument()
    await app.user.click(within(dialog).getByRole('button', { name: 'Retry' }))
    expect(
      await within(dialog).findByRole('table', { name: 'Nodes of llm-finetune' }),
    ).toBeInTheDocument()
  })

  it('opens from the details page too', async () => {
    const app = renderApp(`/pools/${idOf('llm-finetune')}`)
    await app.user.click(await screen.findByRole('button', { name: 'Scale' }, SLOW))
    const dialog = await screen.findByRole('dialog', { name: 'Scale pool llm-finetune' })
    expect(await within(dialog).findAllByRole('switch')).toHaveLength(3)
  })

  describe('with 500 nodes', () => {
    it('renders only the rows in view yet tells assistive technology how many there are', async () => {
      vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(336)
      vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(800)
      shape((s) => {
        const [first] = nodesOf('notebook-sandbox', s)
        return {
          ...s,
          quota: { ...s.quota, node: 1000 },
          nodes: [...s.nodes, ...extraNodes('notebook-sandbox', 499, first!)],
        }
      })
      const { user, dialog, nodes } = await openScale('notebook-sandbox')
      const table = within(dialog).getByRole('table', { name: 'Nodes of notebook-sandbox' })

      expect(nodes).toHaveValue('500')
      expect(table).toHaveAttribute('aria-rowcount', '501')
      const rendered = within(table).getAllByRole('switch')
      expect(rendered.length).toBeGreaterThan(5)
      expect(rendered.length).toBeLessThan(40)
      expect(within(dialog).getByRole('button', { name: 'Increase nodes' })).toBeDisabled()

      // The search narrows 500 rows to the one the user is after, and its switch still works.
      await user.click(within(dialog).getByRole('searchbox', { name: 'Search nodes' }))
      await user.paste('extra-417')
      const row = await within(dialog).findByRole('switch', { name: 'Keep os-node-extra-417' })
      await user.click(row)
      expect(nodes).toHaveValue('499')
      expect(within(dialog).getByText('Removes 1 node: os-node-extra-417.')).toBeInTheDocument()
    }, 30_000)
  })
})
