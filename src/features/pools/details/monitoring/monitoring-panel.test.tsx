import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { DEMO_PROJECT_ID } from '@/lib/demo-project'
import { server } from '@/mocks/node'
import { renderApp } from '@/test/render'

const url = (name: string, query = 'tab=monitoring') => `/pools/${name}-${DEMO_PROJECT_ID}?${query}`

/** The monitor requests the console sends, as their query strings. */
function recordMonitorQueries() {
  const asked: URLSearchParams[] = []
  server.events.on('request:start', ({ request }) => {
    const u = new URL(request.url)
    if (u.pathname.endsWith('/monitor')) asked.push(u.searchParams)
  })
  return asked
}

describe('the Monitoring tab', () => {
  it('charts CPU, memory, GPU and GPU memory of a GPU pool for the last hour', async () => {
    const asked = recordMonitorQueries()
    renderApp(url('llm-finetune'))
    for (const title of ['CPU usage', 'Memory usage', 'GPU usage', 'GPU memory usage'])
      expect(
        await screen.findByRole('region', { name: title }, { timeout: 5000 }),
      ).toHaveAccessibleDescription(
        /^Latest \d+\.\d % · peak \d+\.\d % · no data for \d+ of 60 points$/,
      )
    expect(Object.fromEntries(asked[0]!)).toEqual({
      time_range: '-1.-1.60',
      statistics: 'average',
      period: '60',
    })
  })

  it('leaves the accelerator charts out for a CPU pool, and says so', async () => {
    renderApp(url('notebook-sandbox'))
    expect(
      await screen.findByText(
        'No GPU or NPU data in this period, so only CPU and memory are shown.',
        undefined,
        { timeout: 5000 },
      ),
    ).toBeInTheDocument()
    expect(
      screen
        .getAllByRole('region', { name: /usage$/ })
        .map((r) => r.getAttribute('aria-labelledby')),
    ).toEqual(['metric-cpuUsage-title', 'metric-memUsedRate-title'])
  })

  it('shows the points as a table with gaps said as no data, and asks again for another range', async () => {
    const asked = recordMonitorQueries()
    const { user, router } = renderApp(url('llm-finetune', 'tab=monitoring&view=table'))
    const table = await screen.findByRole(
      'table',
      { name: 'Utilisation by time' },
      { timeout: 5000 },
    )
    expect(within(table).getAllByRole('row')).toHaveLength(61)
    expect(within(table).getAllByRole('cell', { name: 'No data' }).length).toBeGreaterThanOrEqual(
      3 * 4,
    )

    await user.click(screen.getByRole('button', { name: 'Maximum' }))
    await user.click(screen.getByRole('combobox', { name: 'Time range' }))
    await user.click(screen.getByRole('option', { name: 'Last 24 hours' }))
    expect(router.state.location.search).toBe(
      '?tab=monitoring&view=table&statistic=maximum&range=24h',
    )
    await waitFor(() =>
      expect(Object.fromEntries(asked.at(-1)!)).toEqual({
        time_range: '-1.-1.1440',
        statistics: 'maximum',
        period: '900',
      }),
    )
    await waitFor(() =>
      expect(
        within(screen.getByRole('table', { name: 'Utilisation by time' })).getAllByRole('row'),
      ).toHaveLength(97),
    )
  })

  it('says what went wrong when the service refuses, with Retry', async () => {
    server.use(
      http.get('/api/modelarts/v2/:project/pools/:pool/monitor', () =>
        HttpResponse.json(
          { error_code: 'ModelArts.50015001', error_msg: 'pool not found' },
          { status: 404 },
        ),
      ),
    )
    renderApp(url('llm-finetune'))
    const title = await screen.findByText('The utilisation could not be loaded', undefined, {
      timeout: 5000,
    })
    const alert = title.closest('[role="alert"]') as HTMLElement
    expect(alert).toHaveTextContent('pool not found')
    expect(alert).toHaveTextContent('Error code: ModelArts.50015001')
    expect(within(alert).getByRole('button', { name: 'Retry' })).toBeInTheDocument()
  })
})
