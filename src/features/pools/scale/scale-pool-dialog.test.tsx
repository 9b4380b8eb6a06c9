import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'

import { server } from '@/mocks/node'

import { renderApp } from '@/test/render'

import {
  POOLS,
  idOf,
  SLOW,
  recordWrites,
  nodesOf,
  openScale,
  setUpScaleTests,
} from './scale.test-helpers'

setUpScaleTests()

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
})
