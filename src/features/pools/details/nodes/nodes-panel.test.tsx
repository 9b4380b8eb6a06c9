import { act, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { DEMO_PROJECT_ID } from '@/lib/demo-project'
import { server, simStore } from '@/mocks/node'
import { loseAnswer } from '@/test/lose-answer'
import { renderApp } from '@/test/render'
import { seedWith } from '@/test/seed-with'

const LLM = `/pools/llm-finetune-${DEMO_PROJECT_ID}`

async function openNodes(url = LLM) {
  const app = renderApp(url)
  const table = await screen.findByRole('table', { name: 'Nodes' })
  const rows = within(table).getAllByRole('row').slice(1)
  const names = rows.map((r) =>
    within(r).getAllByRole('cell')[1]!.textContent!.replace('Locked', ''),
  )
  return { ...app, table, names }
}

const button = (name: string) => screen.getByRole('button', { name })
const select = (name: string) => screen.getByRole('checkbox', { name: `Select ${name}` })

/** Every POST the console sends to the node APIs, with its body. */
function recordNodeWrites() {
  const sent: { path: string; body: unknown }[] = []
  server.events.on('request:start', ({ request }) => {
    if (request.method !== 'POST' || !request.url.includes('/nodes/')) return
    void request
      .clone()
      .json()
      .then((body: unknown) => sent.push({ path: new URL(request.url).pathname, body }))
  })
  return sent
}

describe('the Nodes tab', () => {
  it('counts the nodes by status, and filters them by status and by name or IP', async () => {
    const { user, table } = await openNodes(`/pools/data-prep-cpu-${DEMO_PROJECT_ID}`)
    expect(screen.getByText('2 nodes · 1 Available · 1 Abnormal')).toBeInTheDocument()
    await user.click(screen.getByRole('combobox', { name: 'Status' }))
    await user.click(screen.getByRole('option', { name: 'Abnormal' }))
    expect(within(table).getAllByRole('row')).toHaveLength(2)
    expect(within(table).getByText('Abnormal')).toBeInTheDocument()

    await user.click(screen.getByRole('combobox', { name: 'Status' }))
    await user.click(screen.getByRole('option', { name: 'All statuses' }))
    const ip = within(within(table).getAllByRole('row')[2]!).getAllByRole('cell')[4]!.textContent!
    await user.type(screen.getByRole('searchbox', { name: 'Search nodes' }), ip)
    expect(within(table).getAllByRole('row')).toHaveLength(2)
    await user.type(screen.getByRole('searchbox', { name: 'Search nodes' }), '9999')
    expect(screen.getByText('No node matches these filters.')).toBeInTheDocument()
  })

  it('locks a node with one request per click, and shows it locked', async () => {
    const sent = recordNodeWrites()
    const { user, names } = await openNodes()
    await user.click(select(names[0]!))
    // Two clicks in one turn: only the write-once guard can stop the second.
    act(() => {
      button('Lock deletion').click()
      button('Lock deletion').click()
    })
    expect(
      await screen.findByText(`Deletion lock enabled on 1 node of pool llm-finetune: ${names[0]}.`),
    ).toBeInTheDocument()
    expect(sent).toEqual([
      {
        path: `/api/modelarts/v2/cn-north-4/pools/llm-finetune-${DEMO_PROJECT_ID}/nodes/batch-lock`,
        body: { nodeNames: [names[0]], actions: ['delete'] },
      },
    ])
    await waitFor(() =>
      expect(screen.getByText('3 nodes · 3 Available · 1 locked')).toBeInTheDocument(),
    )
    // Already locked: locking again is off, with the reason; unlocking is on.
    expect(button('Lock deletion')).toHaveAttribute('aria-disabled', 'true')
    expect(button('Unlock')).not.toHaveAttribute('aria-disabled')
  })

  it('keeps the selection and says why when the service refuses the lock', async () => {
    server.use(
      http.post('/api/modelarts/v2/:project/pools/:pool/nodes/batch-lock', () =>
        HttpResponse.json(
          { error_code: 'ModelArts.50004000', error_msg: 'nodeNames: node is busy' },
          { status: 400 },
        ),
      ),
    )
    const { user, names } = await openNodes()
    await user.click(select(names[1]!))
    await user.click(button('Lock deletion'))
    const alert = (await screen.findByText('The deletion lock could not be changed')).closest(
      '[role="alert"]',
    )
    expect(alert).toHaveTextContent('nodeNames: node is busy')
    expect(alert).toHaveTextContent('Error code: ModelArts.50004000')
    expect(select(names[1]!)).toBeChecked()
    // The user may try again at once.
    expect(button('Lock deletion')).not.toHaveAttribute('aria-disabled')
  })

  it('checks the nodes when the answer to a lock is lost, and reports it done', async () => {
    const sent = loseAnswer('post', '/v2/:project/pools/:pool/nodes/batch-lock')
    const { user, names } = await openNodes()
    await user.click(select(names[2]!))
    await user.click(button('Lock deletion'))
    expect(
      await screen.findByText(`Deletion lock enabled on 1 node of pool llm-finetune: ${names[2]}.`),
    ).toBeInTheDocument()
    expect(sent).toHaveLength(1)
  })

  it('refuses a bulk delete that includes a locked node, and says which', async () => {
    seedWith((s) => {
      const pool = s.pools.find((p) => p.name === 'llm-finetune')!
      s.nodes.find((n) => n.pool === pool.id)!.lock = ['delete']
    })
    const { user, names } = await openNodes()
    await user.click(screen.getByRole('checkbox', { name: 'Select all nodes on this page' }))
    expect(button('Delete nodes')).toHaveAttribute('aria-disabled', 'true')
    expect(button('Delete nodes')).toHaveAccessibleDescription(
      `${names[0]}: Locked against deletion. Unlock it on the Nodes tab to remove it.`,
    )
    // Without the locked one, two of the three may go.
    await user.click(select(names[0]!))
    expect(button('Delete nodes')).not.toHaveAttribute('aria-disabled')
  })

  it('refuses a bulk delete of every node: one must remain', async () => {
    const { user } = await openNodes()
    await user.click(screen.getByRole('checkbox', { name: 'Select all nodes on this page' }))
    expect(button('Delete nodes')).toHaveAccessibleDescription(
      'At least 1 node must remain in the pool. To remove every node, delete the pool.',
    )
  })

  it('says which nodes the service did not lock when it changed only some', async () => {
    server.use(
      http.post('/api/modelarts/v2/:project/pools/:pool/nodes/batch-lock', async ({ request }) => {
        const { nodeNames } = (await request.json()) as { nodeNames: string[] }
        return HttpResponse.json({
          nodes: nodeNames.map((name, i) => ({ name, status: i === 0 ? 'success' : 'failed' })),
        })
      }),
    )
    const { user, names } = await openNodes()
    await user.click(select(names[0]!))
    await user.click(select(names[1]!))
    await user.click(button('Lock deletion'))
    expect(
      await screen.findByText(`Deletion lock enabled on 1 node of pool llm-finetune: ${names[0]}.`),
    ).toBeInTheDocument()
    expect(
      screen.getByText(new RegExp(`The service did not lock ${names[1]}\\.`)),
    ).toBeInTheDocument()
  })

  it('sends nothing more while it cannot tell whether a lock took, until checked again', async () => {
    const sent = recordNodeWrites()
    loseAnswer('post', '/v2/:project/pools/:pool/nodes/batch-lock')
    const { user, names } = await openNodes()
    // Once the nodes are on screen, reading them again fails too: nobody can tell.
    server.use(http.get('/api/modelarts/v2/:project/pools/:pool/nodes', () => HttpResponse.error()))
    await user.click(select(names[0]!))
    await user.click(button('Lock deletion'))
    expect(
      await screen.findByText('Whether the deletion lock changed is not known yet', undefined, {
        timeout: 5000,
      }),
    ).toBeInTheDocument()
    expect(button('Lock deletion')).toHaveAttribute('aria-disabled', 'true')
    expect(button('Lock deletion')).toHaveAccessibleDescription(
      'Whether the last lock change took effect is not known yet: check again first.',
    )
    await user.click(button('Lock deletion'))
    expect(sent).toHaveLength(1)
  })

  it('deletes the selected nodes in one request after the confirmation', async () => {
    const sent = recordNodeWrites()
    const { user, names, table } = await openNodes()
    await user.click(select(names[1]!))
    await user.click(select(names[2]!))
    await user.click(button('Delete nodes'))
    const dialog = await screen.findByRole('dialog', { name: 'Delete 2 nodes from llm-finetune?' })
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus()
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }))
    expect(
      await screen.findByText(`Removing 2 nodes from pool llm-finetune: ${names[1]}, ${names[2]}.`),
    ).toBeInTheDocument()
    expect(sent).toEqual([
      {
        path: `/api/modelarts/v2/cn-north-4/pools/llm-finetune-${DEMO_PROJECT_ID}/nodes/batch-delete`,
        body: { deleteNodeNames: [names[1], names[2]] },
      },
    ])
    await waitFor(() =>
      expect(
        simStore
          .read(Date.now())
          .nodes.filter((n) => n.deletedAt !== undefined)
          .map((n) => n.name),
      ).toEqual([names[1], names[2]]),
    )
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(table).toBeInTheDocument()
  })
})
