import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { DEMO_PROJECT_ID } from '@/lib/demo-project'
import { server } from '@/mocks/node'
import { renderApp } from '@/test/render'
import { poolNamed, seedWith } from '@/test/seed-with'

const id = (name: string) => `${name}-${DEMO_PROJECT_ID}`

const field = (label: string) => {
  const term = screen.getByText(label, { selector: 'dt' })
  return term.nextElementSibling as HTMLElement
}

describe('pool details', () => {
  it('shows the basic information of a pool in words', async () => {
    renderApp(`/pools/${id('realtime-inference')}`)
    expect(
      await screen.findByRole('heading', { name: 'realtime-inference', level: 1 }),
    ).toBeInTheDocument()
    expect(field('ID')).toHaveTextContent(id('realtime-inference'))
    expect(field('Resource Type')).toHaveTextContent('Dedicated for Service Deployment')
    expect(field('Status')).toHaveTextContent('Running')
    await waitFor(() =>
      expect(field('Specifications')).toHaveTextContent('GPU · 1 × NVIDIA T4 · 8 vCPUs · 32 GiB'),
    )
    expect(field('Nodes')).toHaveTextContent('2 available of 2')
    await waitFor(() =>
      expect(field('Network')).toHaveTextContent(
        'network-prod (172.20.0.0/16)Connected to VPC vpc-prod / subnet subnet-prod-inference',
      ),
    )
    expect(field('AZ')).toHaveTextContent('cn-north-4b')
    expect(field('Description')).toHaveTextContent('Production real-time services on vpc-prod')
    expect(screen.getByRole('button', { name: 'Scale' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Delete' })).toBeInTheDocument()
  })

  it('lists the nodes with status, AZ, IP and resources available of total', async () => {
    renderApp(`/pools/${id('llm-finetune')}`)
    const table = await screen.findByRole('table', { name: 'Nodes' })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows).toHaveLength(3)
    // The first cell is the row's checkbox.
    const cells = within(rows[0]!).getAllByRole('cell').slice(1)
    expect(cells[0]).toHaveTextContent(/^os-node-created-[a-z0-9]{5}$/)
    expect(cells[1]).toHaveTextContent('Available')
    expect(cells[3]).toHaveTextContent(/^192\.168\.\d+\.\d+$/)
    expect(cells[4]).toHaveTextContent(/vCPUs \/ 7\.92 vCPUs$/)
    expect(cells[5]).toHaveTextContent(/GiB \/ 24\.48 GiB$/)
    expect(cells[6]).toHaveTextContent(/GPUs? \/ 1 GPU$/)
  })

  it('says why an Abnormal pool is unusable and how to restore it', async () => {
    renderApp(`/pools/${id('data-prep-cpu')}`)
    expect(
      await screen.findByText(/Not usable: 1 node\(s\) abnormal: os-node-created-/),
    ).toBeInTheDocument()
    expect(screen.getByText(/Remove the abnormal node with Scale/)).toBeInTheDocument()
    const table = await screen.findByRole('table', { name: 'Nodes' })
    expect(within(table).getAllByText('Abnormal')).toHaveLength(1)
  })

  it('shows the events newest first, in the tab named in the URL', async () => {
    const { user, router } = renderApp(`/pools/${id('data-prep-cpu')}`)
    await user.click(await screen.findByRole('tab', { name: 'Events' }))
    expect(router.state.location.search).toBe('?tab=events')
    const table = await screen.findByRole('table', { name: 'Events' })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows[0]).toHaveTextContent('Warning')
    // The oldest events: the pool became Running (status and node counts at the same instant).
    expect(
      rows
        .slice(-2)
        .map((r) => r.textContent)
        .join(' '),
    ).toContain('Pool status changed, from Creating to Running, details: .')
  })

  it('shows a not-found page with a way back for a pool that does not exist', async () => {
    renderApp('/pools/nope-123')
    expect(
      await screen.findByRole('heading', { name: 'Pool not found', level: 1 }),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Back to Dedicated Resource Pools' })).toHaveAttribute(
      'href',
      '/cn-north-4/pools?type=train',
    )
  })

  it('returns to the list with a notice when the pool it shows is deleted', async () => {
    const seed = seedWith((s, now) => {
      const doomed = poolNamed(s, 'batch-scoring-cpu')
      doomed.deletedAt = now
      doomed.goneAt = now + 500
    })
    const pool = poolNamed(seed, 'batch-scoring-cpu')
    const { router } = renderApp(`/pools/${pool.id}`)
    expect(
      await screen.findByRole('heading', { name: 'batch-scoring-cpu', level: 1 }),
    ).toBeInTheDocument()
    expect(field('Status')).toHaveTextContent('Deleting')
    await waitFor(() => expect(router.state.location.pathname).toBe('/cn-north-4/pools'), {
      timeout: 8_000,
    })
    expect(router.state.location.search).toBe('?type=infer')
    expect(await screen.findByText('Pool batch-scoring-cpu has been deleted.')).toBeInTheDocument()
  })

  it('shows the error with Retry when the pool cannot be loaded', async () => {
    server.use(
      http.get('/api/modelarts/v2/:project/pools/:pool', () =>
        HttpResponse.json(
          { error_code: 'ModelArts.50005000', error_msg: 'Internal error.' },
          { status: 500 },
        ),
      ),
    )
    renderApp(`/pools/${id('llm-finetune')}`)
    expect(await screen.findByText('The pool could not be loaded')).toBeInTheDocument()
    expect(screen.getByText('Internal error.')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument()
  })
})
