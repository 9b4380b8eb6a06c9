import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'

import { renderApp } from '@/test/render'

import {
  idOf,
  SLOW,
  recordWrites,
  nodesOf,
  shape,
  openScale,
  extraNodes,
  setUpScaleTests,
} from './scale.test-helpers'

setUpScaleTests()

describe('ScalePoolDialog with several entries and many nodes', { timeout: 30_000 }, () => {
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
