import { act, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'

import { server } from '@/mocks/node'
import { loseAnswer } from '@/test/lose-answer'

import {
  POOLS,
  recordWrites,
  nodesOf,
  shape,
  openScale,
  extraNodes,
  setUpScaleTests,
} from './scale.test-helpers'

setUpScaleTests()

describe('ScalePoolDialog under refusals and lost answers', { timeout: 30_000 }, () => {
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
})
