// Longer than most on purpose: the confirmation, the dependents, and every end of the one write
// (refusal, lost answer, leaving, double click), sharing one dialog setup.
import { act, screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PROJECT_ID } from '@/lib/demo-project'
import { server, simStore } from '@/mocks/node'
import { loseAnswer } from '@/test/lose-answer'
import { renderApp } from '@/test/render'

const POOL = '/api/modelarts/v2/:project/pools/:pool'
const idOf = (name: string) => `${name}-${DEMO_PROJECT_ID}`
/**
 * Role queries compute accessible names from computed styles, which jsdom makes slow on a page
 * full of MUI styles: the page's own buttons are found by their label, and tests get more time.
 */
const SLOW = { timeout: 10_000 }
const simPool = (name: string) => simStore.read(Date.now()).pools.find((p) => p.id === idOf(name))

/** Every DELETE the console sends. */
function recordDeletes() {
  const paths: string[] = []
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'DELETE') paths.push(new URL(request.url).pathname)
  })
  return paths
}

/**
 * Holds every DELETE until the returned release is called; then the simulator answers it, or
 * `answer` does.
 */
function holdDeletes(answer: () => Response | undefined = () => undefined) {
  let release: () => void = () => {}
  const gate = new Promise<void>((resolve) => (release = resolve))
  server.use(
    http.delete(POOL, async () => {
      await gate
      return answer()
    }),
  )
  return () => release()
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

async function openDelete(pool: string, url = '/pools?type=train') {
  const app = renderApp(url)
  await app.user.click(await screen.findByLabelText(`Delete ${pool}`, undefined, SLOW))
  const dialog = await screen.findByRole('dialog', { name: `Delete pool ${pool}?` })
  const name = within(dialog).getByRole('textbox', { name: 'Pool name' })
  const ok = within(dialog).getByRole('button', { name: 'OK' })
  const cancel = within(dialog).getByRole('button', { name: 'Cancel' })
  return { ...app, dialog, name, ok, cancel }
}

describe('DeletePoolDialog', { timeout: 30_000 }, () => {
  it('says plainly that the pool cannot be restored and what becomes unavailable', async () => {
    const { dialog } = await openDelete('llm-finetune')
    expect(dialog).toHaveAccessibleDescription(
      'Deleting llm-finetune releases its 3 nodes. The pool cannot be restored. Training jobs, notebook instances, TensorBoard instances and deployed services that depend on it become unavailable.',
    )
  })

  it('starts with focus on Cancel', async () => {
    const { cancel } = await openDelete('llm-finetune')
    await waitFor(() => expect(cancel).toHaveFocus())
  })

  it('keeps OK disabled until the exact pool name is typed', async () => {
    const { user, name, ok } = await openDelete('llm-finetune')
    expect(ok).toBeDisabled()
    await user.type(name, 'llm-finetun')
    expect(ok).toBeDisabled()
    await user.clear(name)
    await user.type(name, 'LLM-finetune')
    expect(ok).toBeDisabled()
    await user.clear(name)
    await user.type(name, 'llm-finetune ')
    expect(ok).toBeDisabled()
    await user.type(name, '{Backspace}')
    expect(ok).toBeEnabled()
    expect(ok).toHaveClass('MuiButton-colorError')
  })

  it('lists the training job and notebook instance that depend on the pool, by kind and name', async () => {
    const { dialog } = await openDelete('llm-finetune')
    const list = await within(dialog).findByRole('list', { name: 'These 2 depend on it now:' })
    const items = within(list).getAllByRole('listitem')
    expect(items.map((i) => i.textContent)).toEqual([
      'Training jobbert-finetune-v3Running',
      'Notebook instancenotebook-alice-llmRunning',
    ])
    // The service's `name` is an internal ID; people know a workload by its jobName.
    expect(within(list).queryByText(/^modelarts-job-/)).not.toBeInTheDocument()
  })

  it('names a deployed service as a Service', async () => {
    const { dialog } = await openDelete('realtime-inference', '/pools?type=infer')
    const list = await within(dialog).findByRole('list', { name: 'These 2 depend on it now:' })
    expect(within(list).getAllByText('Service')).toHaveLength(2)
    expect(within(list).getByText('ocr-service')).toBeInTheDocument()
  })

  it('shows that the dependents are loading until they arrive', async () => {
    let release: () => void = () => {}
    const gate = new Promise<void>((resolve) => (release = resolve))
    server.use(
      http.get(`${POOL}/workloads`, async () => {
        await gate
        return HttpResponse.json({ kind: 'WorkloadList', items: [] })
      }),
    )
    const { dialog } = await openDelete('notebook-sandbox')
    expect(
      within(dialog).getByRole('status', { name: 'Loading what depends on this pool' }),
    ).toBeInTheDocument()
    release()
    await waitFor(() => expect(within(dialog).queryByRole('status')).not.toBeInTheDocument())
  })

  it('says so when nothing depends on the pool', async () => {
    const { dialog } = await openDelete('notebook-sandbox')
    expect(
      await within(dialog).findByText(
        'No training jobs, notebook instances, TensorBoard instances or services depend on this pool now.',
      ),
    ).toBeInTheDocument()
  })

  it('offers Retry when the dependents cannot be loaded, and still allows the deletion', async () => {
    server.use(
      http.get(
        `${POOL}/workloads`,
        () =>
          HttpResponse.json(
            { error_code: 'ModelArts.5039', error_msg: 'The service is busy.' },
            { status: 500 },
          ),
        { once: true },
      ),
    )
    const { user, dialog, name, ok } = await openDelete('llm-finetune')
    expect(
      await within(dialog).findByText('What depends on this pool could not be loaded'),
    ).toBeInTheDocument()
    expect(within(dialog).getByText('The service is busy.')).toBeInTheDocument()
    await user.type(name, 'llm-finetune')
    expect(ok).toBeEnabled()

    await user.click(within(dialog).getByRole('button', { name: 'Retry' }))
    expect(await within(dialog).findByText('bert-finetune-v3')).toBeInTheDocument()
  })

  it('deletes the pool, closes with a notice, and the row shows Deleting', async () => {
    const deletes = recordDeletes()
    const { user, dialog, name, ok } = await openDelete('llm-finetune')
    await user.type(name, 'llm-finetune')
    await user.click(ok)

    await waitFor(() => expect(dialog).not.toBeInTheDocument())
    expect(deletes).toEqual([`/api/modelarts/v2/cn-north-4/pools/${idOf('llm-finetune')}`])
    expect(simPool('llm-finetune')?.deletedAt).toBeDefined()
    expect(await screen.findByText('Pool llm-finetune is being deleted.')).toBeInTheDocument()
    const row = screen.getByRole('link', { name: 'llm-finetune' }).closest('tr')!
    expect(within(row).getByText('Deleting')).toBeInTheDocument()
  })

  it('submits with Enter once the name matches', async () => {
    const deletes = recordDeletes()
    const { user, dialog, name } = await openDelete('notebook-sandbox')
    await user.type(name, 'notebook-sandbo{Enter}')
    expect(dialog).toBeInTheDocument()
    expect(deletes).toEqual([])
    await user.type(name, 'x{Enter}')
    await waitFor(() => expect(dialog).not.toBeInTheDocument())
    expect(deletes).toHaveLength(1)
  })

  it('shows a failure inside the dialog and keeps the typed name', async () => {
    server.use(
      http.delete(POOL, () =>
        HttpResponse.json(
          {
            error_code: 'ModelArts.2887',
            error_msg: 'The pool llm-finetune is Creating; it cannot be deleted now.',
          },
          { status: 409 },
        ),
      ),
    )
    const { user, dialog, name, ok } = await openDelete('llm-finetune')
    await user.type(name, 'llm-finetune')
    await user.click(ok)

    const alert = await within(dialog).findByRole('alert')
    expect(alert).toHaveTextContent('The pool could not be deleted')
    expect(alert).toHaveTextContent('The pool llm-finetune is Creating; it cannot be deleted now.')
    expect(alert).toHaveTextContent('Error code: ModelArts.2887')
    expect(name).toHaveValue('llm-finetune')
    expect(ok).toBeEnabled()
    expect(simPool('llm-finetune')?.deletedAt).toBeUndefined()
  })

  it('sends one DELETE however often OK is pressed while the first is on its way', async () => {
    const release = holdDeletes()
    const deletes = recordDeletes()
    const { user, name, ok } = await openDelete('notebook-sandbox')
    await user.type(name, 'notebook-sandbox')
    // Two clicks before React renders again (one act): only the write's own guard stops the second.
    await act(async () => {
      ok.click()
      ok.click()
    })
    await user.keyboard('{Enter}')
    release()
    expect(await screen.findByText('Pool notebook-sandbox is being deleted.')).toBeInTheDocument()
    expect(deletes).toEqual([`/api/modelarts/v2/cn-north-4/pools/${idOf('notebook-sandbox')}`])
  })

  it('lets the user leave while the deletion is pending; it goes on and ends in a notice', async () => {
    const release = holdDeletes()
    const { user, dialog, name, ok } = await openDelete('notebook-sandbox')
    await user.type(name, 'notebook-sandbox')
    await user.click(ok)
    const close = await within(dialog).findByRole('button', { name: 'Close' })
    expect(dialog).toHaveTextContent('Closing does not stop the deletion')
    expect(close).toBeEnabled()
    await user.keyboard('{Escape}')
    await waitFor(() => expect(dialog).not.toBeInTheDocument())

    release()
    expect(await screen.findByText('Pool notebook-sandbox is being deleted.')).toBeInTheDocument()
    expect(simPool('notebook-sandbox')?.deletedAt).toBeDefined()
  })

  it('tells of a refusal that comes after the user left, as a notice', async () => {
    const release = holdDeletes(() =>
      HttpResponse.json(
        { error_code: 'ModelArts.50005000', error_msg: 'Internal error.' },
        { status: 500 },
      ),
    )
    const { user, dialog, name, ok } = await openDelete('notebook-sandbox')
    await user.type(name, 'notebook-sandbox')
    await user.click(ok)
    await user.click(await within(dialog).findByRole('button', { name: 'Close' }))
    release()
    expect(
      await screen.findByText('Pool notebook-sandbox was not deleted: Internal error.'),
    ).toBeInTheDocument()
  })

  it('after a lost answer says the outcome is unknown, checks the pool, and reports the deletion', async () => {
    const sent = loseAnswer('delete', '/v2/:project/pools/:pool')
    const { user, name, ok } = await openDelete('notebook-sandbox')
    await user.type(name, 'notebook-sandbox')
    await user.click(ok)
    expect(await screen.findByText('Pool notebook-sandbox is being deleted.')).toBeInTheDocument()
    expect(screen.queryByText(/could not be deleted/)).not.toBeInTheDocument()
    expect(sent).toHaveLength(1)
  })

  it('after a lost answer and a pool that is still there, says it was not deleted', async () => {
    server.use(
      http.delete(POOL, () => new HttpResponse('<html>502 Bad Gateway</html>', { status: 502 })),
    )
    const { user, dialog, name, ok } = await openDelete('notebook-sandbox')
    await user.type(name, 'notebook-sandbox')
    await user.click(ok)
    expect(await within(dialog).findByText('The pool was not deleted')).toBeInTheDocument()
    expect(dialog).toHaveTextContent('the pool shows the change did not take effect')
    expect(name).toHaveValue('notebook-sandbox')
    expect(ok).toBeEnabled()
  })

  it('when neither the deletion nor the check can be read, says nobody knows yet and offers Check again', async () => {
    server.use(
      http.delete(POOL, () => HttpResponse.error()),
      http.get(POOL, () => HttpResponse.error()),
    )
    const { user, dialog, name, ok } = await openDelete('notebook-sandbox')
    await user.type(name, 'notebook-sandbox')
    await user.click(ok)
    expect(
      await within(dialog).findByText('Whether the pool is being deleted is not known yet'),
    ).toBeInTheDocument()
    expect(ok).toBeDisabled()

    server.resetHandlers()
    await user.click(within(dialog).getByRole('button', { name: 'Check again' }))
    // The DELETE never reached the service, so the check finds the pool as it was.
    expect(await within(dialog).findByText('The pool was not deleted')).toBeInTheDocument()
    expect(ok).toBeEnabled()
  })

  it('inside the dialog, says what to do when the token was refused', async () => {
    server.use(
      http.delete(POOL, () =>
        HttpResponse.json(
          { error_code: 'ModelArts.50001000', error_msg: 'Token expired.' },
          { status: 401 },
        ),
      ),
    )
    const { user, dialog, name, ok } = await openDelete('notebook-sandbox')
    await user.type(name, 'notebook-sandbox')
    await user.click(ok)
    expect(
      await within(dialog).findByText('The pool could not be deleted (Not signed in to ModelArts)'),
    ).toBeInTheDocument()
    expect(dialog).toHaveTextContent(/Get a fresh IAM token .* set it as MODELARTS_TOKEN/)
  })

  it('closes on Escape and on Cancel without deleting anything', async () => {
    const deletes = recordDeletes()
    const { user, dialog, cancel } = await openDelete('llm-finetune')
    await user.click(cancel)
    await waitFor(() => expect(dialog).not.toBeInTheDocument())

    await user.click(screen.getByRole('button', { name: 'Delete llm-finetune' }))
    const again = await screen.findByRole('dialog', { name: 'Delete pool llm-finetune?' })
    await user.keyboard('{Escape}')
    await waitFor(() => expect(again).not.toBeInTheDocument())
    expect(deletes).toEqual([])
  })

  it('deletes from the details page, which then shows the pool as Deleting', async () => {
    const app = renderApp(`/pools/${idOf('notebook-sandbox')}`)
    await app.user.click(await screen.findByRole('button', { name: 'Delete' }, SLOW))
    const dialog = await screen.findByRole('dialog', { name: 'Delete pool notebook-sandbox?' })
    await app.user.type(
      within(dialog).getByRole('textbox', { name: 'Pool name' }),
      'notebook-sandbox',
    )
    await app.user.click(within(dialog).getByRole('button', { name: 'OK' }))

    await waitFor(() => expect(dialog).not.toBeInTheDocument())
    const heading = screen.getByRole('heading', { level: 1, name: 'notebook-sandbox' })
    expect(await within(heading.parentElement!).findByText('Deleting')).toBeInTheDocument()
  })
})
