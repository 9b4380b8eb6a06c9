import { waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'

import { server } from '@/mocks/node'

import { state, nodesOf, shape, openScale, extraNodes, setUpScaleTests } from './scale.test-helpers'

setUpScaleTests()

describe('ScalePoolDialog: the rules a target keeps', { timeout: 30_000 }, () => {
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
})
