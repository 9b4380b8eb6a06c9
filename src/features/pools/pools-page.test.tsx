// Longer than most on purpose: the list's tabs, search, sort, paging, refresh and stale states,
// all on one page setup.
import { act, screen, waitFor, within } from '@testing-library/react'
import { delay, http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { server } from '@/mocks/node'
import { createSeed } from '@/mocks/seed'
import { toPool } from '@/mocks/simulator/views'
import { renderApp } from '@/test/render'
import { poolNamed, seedWith } from '@/test/seed-with'

const poolsUrl = '/api/modelarts/v2/:project/pools'

const rowNames = () =>
  screen
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('link')[0]?.textContent)

describe('pool list', () => {
  it('shows skeleton rows while the pools load, then the pools of the tab', async () => {
    server.use(
      http.get(poolsUrl, async () => {
        await delay(50)
        return undefined
      }),
    )
    renderApp('/pools?type=train')
    expect(
      await screen.findByRole('heading', { name: 'Dedicated Resource Pools' }),
    ).toBeInTheDocument()
    expect(await screen.findAllByTestId('skeleton-row')).toHaveLength(5)
    expect(await screen.findByRole('link', { name: 'llm-finetune' })).toBeInTheDocument()
    expect(screen.queryByTestId('skeleton-row')).not.toBeInTheDocument()
  })

  it('lists only the pools that serve Development/Training in the first tab', async () => {
    renderApp('/pools?type=train')
    await screen.findByRole('link', { name: 'llm-finetune' })
    expect(screen.getByRole('tab', { name: 'Dedicated for Development/Training' })).toHaveAttribute(
      'aria-selected',
      'true',
    )
    expect(rowNames()).toEqual(
      expect.arrayContaining([
        'llm-finetune',
        'data-prep-cpu',
        'cv-training-a100',
        'shared-gpu-pool',
      ]),
    )
    expect(screen.queryByRole('link', { name: 'realtime-inference' })).not.toBeInTheDocument()
  })

  it('switches to Service Deployment and puts the tab in the URL', async () => {
    const { user, router } = renderApp('/pools?type=train')
    await screen.findByRole('link', { name: 'llm-finetune' })
    await user.click(screen.getByRole('tab', { name: 'Dedicated for Service Deployment' }))
    expect(await screen.findByRole('link', { name: 'realtime-inference' })).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'llm-finetune' })).not.toBeInTheDocument()
    // A pool whose scope holds both Train and Infer is in both tabs.
    expect(screen.getByRole('link', { name: 'shared-gpu-pool' })).toBeInTheDocument()
    expect(router.state.location.search).toContain('type=infer')
    expect(screen.getByRole('link', { name: 'Create' })).toHaveAttribute(
      'href',
      '/cn-north-4/pools/create?type=infer',
    )
  })

  it('shows each column in words: status, flavor, nodes available/total, description', async () => {
    renderApp('/pools?type=train')
    const link = await screen.findByRole('link', { name: 'llm-finetune' })
    const row = link.closest('tr')!
    const cells = within(row).getAllByRole('cell')
    expect(cells[0]).toHaveTextContent(/llm-finetune-6f5da086876d4cd084d36f8bd3346036/)
    expect(cells[1]).toHaveTextContent('Running')
    expect(cells[2]).toHaveTextContent('GPU · 1 × NVIDIA T4 · 8 vCPUs · 32 GiB')
    expect(cells[3]).toHaveTextContent('3/3')
    expect(cells[5]).toHaveTextContent('Fine-tuning of the support-bot language models')
    expect(within(row).getByRole('button', { name: 'Scale llm-finetune' })).toBeInTheDocument()
    expect(within(row).getByRole('button', { name: 'Delete llm-finetune' })).toBeInTheDocument()
  })

  it('explains why an Abnormal pool is unusable and how to restore it', async () => {
    const { user } = renderApp('/pools?type=train')
    const link = await screen.findByRole('link', { name: 'data-prep-cpu' })
    const row = link.closest('tr')!
    expect(within(row).getAllByRole('cell')[3]).toHaveTextContent('1/2')
    await user.hover(within(row).getByText('Abnormal'))
    const tip = await screen.findByRole('tooltip')
    expect(tip).toHaveTextContent(/os-node-created-\w+/)
    expect(tip).toHaveTextContent(/with Scale/)
  })

  it('searches by name and keeps the search in the URL', async () => {
    const { user, router } = renderApp('/pools?type=train')
    await screen.findByRole('link', { name: 'llm-finetune' })
    await user.type(screen.getByRole('textbox', { name: 'Search pools by name' }), 'CPU')
    await waitFor(() => expect(rowNames()).toEqual(['data-prep-cpu']))
    expect(router.state.location.search).toContain('q=CPU')
  })

  it('says when nothing matches the search and clears it on request', async () => {
    const { user } = renderApp('/pools?type=train&q=nothing-like-this')
    expect(await screen.findByText('No pools match "nothing-like-this"')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Show all pools' }))
    expect(await screen.findByRole('link', { name: 'llm-finetune' })).toBeInTheDocument()
  })

  it('sorts by name and by creation time', async () => {
    const { user } = renderApp('/pools?type=infer')
    await screen.findByRole('link', { name: 'realtime-inference' })
    // Newest first by default.
    expect(rowNames()).toEqual([
      'edge-infer-p4',
      'search-ranking',
      'batch-scoring-cpu',
      'lite-k8s-ops',
      'realtime-inference',
      'shared-gpu-pool',
    ])
    await user.click(screen.getByRole('button', { name: 'Name' }))
    expect(rowNames()).toEqual([
      'batch-scoring-cpu',
      'edge-infer-p4',
      'lite-k8s-ops',
      'realtime-inference',
      'search-ranking',
      'shared-gpu-pool',
    ])
    await user.click(screen.getByRole('button', { name: 'Name' }))
    expect(rowNames()).toEqual([
      'shared-gpu-pool',
      'search-ranking',
      'realtime-inference',
      'lite-k8s-ops',
      'edge-infer-p4',
      'batch-scoring-cpu',
    ])
  })

  it('pages through 1,000 pools twenty at a time', async () => {
    seedWith(() => {}, { scenario: 'large' })
    const { user, router } = renderApp('/pools?type=infer&sort=name&order=asc')
    await screen.findByRole('link', { name: 'infer-pool-0000' })
    expect(rowNames()).toHaveLength(20)
    expect(screen.getByText(/1–20 of 1,?00\d/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: /next page/i }))
    expect(await screen.findByRole('link', { name: 'infer-pool-0020' })).toBeInTheDocument()
    expect(router.state.location.search).toContain('page=2')
  })

  it('shows the quota in use', async () => {
    renderApp('/pools?type=train')
    expect(await screen.findByText('Quota in use: Pools 11/15 · Nodes 21/200')).toBeInTheDocument()
  })

  it('updates the quota in use once a deleted pool is gone', async () => {
    seedWith((seed, now) => {
      const pool = poolNamed(seed, 'notebook-sandbox')
      pool.deletedAt = now
      pool.goneAt = now + 800
    })
    renderApp('/pools?type=train')
    expect(await screen.findByText('Quota in use: Pools 11/15 · Nodes 21/200')).toBeInTheDocument()
    expect(
      await screen.findByText('Quota in use: Pools 10/15 · Nodes 20/200', {}, { timeout: 8_000 }),
    ).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'notebook-sandbox' })).not.toBeInTheDocument()
  })

  it('shows the server message with Retry when the list fails, and recovers', async () => {
    let fail = true
    server.use(
      http.get(poolsUrl, () =>
        fail
          ? HttpResponse.json(
              { error_code: 'ModelArts.5039', error_msg: 'Service busy, please retry later.' },
              { status: 500 },
            )
          : undefined,
      ),
    )
    const { user } = renderApp('/pools?type=train')
    expect(await screen.findByText('The pools could not be loaded')).toBeInTheDocument()
    expect(screen.getByText('Service busy, please retry later.')).toBeInTheDocument()
    expect(screen.getByText('Error code: ModelArts.5039')).toBeInTheDocument()
    fail = false
    await user.click(screen.getByRole('button', { name: 'Retry' }))
    expect(await screen.findByRole('link', { name: 'llm-finetune' })).toBeInTheDocument()
  })

  it('offers Create when a tab has no pools', async () => {
    server.use(
      http.get(poolsUrl, () =>
        HttpResponse.json({ apiVersion: 'v2', kind: 'PoolList', items: [] }),
      ),
    )
    renderApp('/pools?type=infer')
    expect(
      await screen.findByText('No pools dedicated for Service Deployment yet'),
    ).toBeInTheDocument()
    const creates = screen.getAllByRole('link', { name: 'Create' })
    expect(creates.at(-1)).toHaveAttribute('href', '/cn-north-4/pools/create?type=infer')
  })

  it('refreshes by itself while a pool is changing and stops once everything settled', async () => {
    // Fake timers that also run on their own: the wait for "nothing more" below is a jump.
    vi.useFakeTimers({ shouldAdvanceTime: true })
    let calls = 0
    server.use(
      http.get(poolsUrl, () => {
        calls++
        return undefined
      }),
    )
    // One pool still creating for a moment.
    seedWith((seed, now) => {
      seed.pools[0]!.readyAt = now + 1_000
    })
    renderApp('/pools?type=train')
    // In the table (the overview above it counts "1 Creating" too), once the pools are in it.
    await screen.findByRole('link', { name: 'llm-finetune' })
    const table = screen.getByRole('table', { name: /^Pools/ })
    expect(await within(table).findByText('Creating')).toBeInTheDocument()
    expect(screen.getByText('Refreshing every few seconds while pools change')).toBeInTheDocument()
    await waitFor(() => expect(within(table).queryByText('Creating')).not.toBeInTheDocument(), {
      timeout: 8_000,
    })
    const settledCalls = calls
    // Past the next two refresh intervals (3 s each): nothing is asked again.
    await act(() => vi.advanceTimersByTimeAsync(6_500))
    expect(calls).toBe(settledCalls)
    expect(
      screen.queryByText('Refreshing every few seconds while pools change'),
    ).not.toBeInTheDocument()
  })

  it('disables Scale and Delete with a reason while a pool is being created', async () => {
    seedWith((seed, now) => {
      seed.pools[0]!.readyAt = now + 60_000
    })
    const { user } = renderApp('/pools?type=train')
    const link = await screen.findByRole('link', { name: 'llm-finetune' })
    const row = link.closest('tr')!
    const scale = within(row).getByRole('button', { name: 'Scale llm-finetune' })
    expect(scale).toHaveAttribute('aria-disabled', 'true')
    await user.hover(scale)
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      "Only Running or Abnormal pools can be scaled; this pool's status is Creating.",
    )
    await user.click(scale)
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(within(row).getByRole('button', { name: 'Delete llm-finetune' })).toHaveAttribute(
      'aria-disabled',
      'true',
    )
  })

  it('lists a pool whose creation failed with its reason, and lets it be deleted', async () => {
    const { user } = renderApp('/pools?type=train')
    const link = await screen.findByRole('link', { name: 'a100-burst' })
    const row = link.closest('tr')!
    const status = within(row).getByText('Creation failed')
    expect(within(row).getByText('0/0')).toBeInTheDocument()
    await user.hover(status)
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      /creation failed \(Insufficient resources: modelarts\.vm\.gpu\.a100\.8 is sold out in cn-north-4a/,
    )
    expect(within(row).getByRole('button', { name: 'Delete a100-burst' })).not.toHaveAttribute(
      'aria-disabled',
    )
  })

  it('lists a Lite pool in both tabs, marked and read-only, without hiding the others', async () => {
    const { user } = renderApp('/pools?type=infer')
    const link = await screen.findByRole('link', { name: 'lite-k8s-ops' })
    const row = link.closest('tr')!
    expect(within(row).getByText('Lite')).toBeInTheDocument()
    expect(within(row).getByText('Running')).toBeInTheDocument()
    const scale = within(row).getByRole('button', { name: 'Scale lite-k8s-ops' })
    expect(scale).toHaveAttribute('aria-disabled', 'true')
    expect(within(row).getByRole('button', { name: 'Delete lite-k8s-ops' })).toHaveAttribute(
      'aria-disabled',
      'true',
    )
    await user.hover(scale)
    expect(await screen.findByRole('tooltip')).toHaveTextContent(/managed in ModelArts Lite/)
    expect(screen.getByRole('link', { name: 'realtime-inference' })).toBeInTheDocument()
    await user.click(screen.getByRole('tab', { name: 'Dedicated for Development/Training' }))
    expect(await screen.findByRole('link', { name: 'lite-k8s-ops' })).toBeInTheDocument()
  })

  it('still lists the other pools when the failed ones cannot be listed, and says so', async () => {
    server.use(
      http.get(poolsUrl, ({ request }) =>
        new URL(request.url).searchParams.get('status') === 'failed'
          ? HttpResponse.json(
              { error_code: 'ModelArts.50004000', error_msg: 'Bad request.' },
              { status: 400 },
            )
          : undefined,
      ),
    )
    renderApp('/pools?type=train')
    expect(await screen.findByRole('link', { name: 'llm-finetune' })).toBeInTheDocument()
    expect(
      await screen.findByText(/Pools whose creation failed could not be listed \(Bad request\.\)/),
    ).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'a100-burst' })).not.toBeInTheDocument()
  })

  it('keeps the pools on screen when a refresh fails, says how old they are, and Retry recovers', async () => {
    const { user } = renderApp('/pools?type=train')
    await screen.findByRole('link', { name: 'llm-finetune' })
    server.use(
      http.get(poolsUrl, ({ request }) =>
        new URL(request.url).searchParams.get('status')
          ? undefined
          : HttpResponse.json(
              { error_code: 'ModelArts.5039', error_msg: 'The service is busy.' },
              { status: 503 },
            ),
      ),
    )
    await user.click(screen.getByRole('button', { name: 'Refresh' }))
    const text = await screen.findByText(/The pools could not be refreshed: shown as they were/)
    const stale = text.closest<HTMLElement>('[role="status"]')!
    expect(stale).toHaveTextContent('The service is busy. Error code: ModelArts.5039')
    // The last good list is still there, with its paging.
    expect(screen.getByRole('link', { name: 'llm-finetune' })).toBeInTheDocument()
    expect(screen.getByText(/1–\d+ of \d+/)).toBeInTheDocument()

    server.resetHandlers()
    await user.click(within(stale).getByRole('button', { name: 'Retry' }))
    await waitFor(() =>
      expect(screen.queryByText(/could not be refreshed/)).not.toBeInTheDocument(),
    )
    expect(screen.getByRole('link', { name: 'llm-finetune' })).toBeInTheDocument()
  })

  it('shows the other pools when one is malformed, and names the bad one with what was wrong', async () => {
    const seed = createSeed({ now: Date.now() })
    const items = seed.pools
      .filter((p) => p.failedAt === undefined)
      .map((p) => toPool(seed, p, Date.now()))
    const bad = items.find((p) => p.metadata.labels?.['os.modelarts/name'] === 'data-prep-cpu')!
    bad.spec = { ...bad.spec, resources: 'all of them' as never }
    server.use(
      http.get(poolsUrl, ({ request }) =>
        new URL(request.url).searchParams.get('status')
          ? undefined
          : HttpResponse.json({ kind: 'PoolList', apiVersion: 'v2', items }),
      ),
    )
    renderApp('/pools?type=train')
    expect(await screen.findByRole('link', { name: 'llm-finetune' })).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: 'data-prep-cpu' })).not.toBeInTheDocument()
    const note = screen
      .getByText('1 pool could not be shown')
      .closest<HTMLElement>('.MuiAlert-root')!
    expect(note).toHaveTextContent(bad.metadata.name)
    expect(note).toHaveTextContent(/spec\.resources/)
  })
})
