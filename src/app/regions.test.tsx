import { act, render, screen, within } from '@testing-library/react'
import { type Notice, NoticeProvider, RegionNotices, useNotify } from '@/components/notice'
import { MemoryRouter } from 'react-router'
import { describe, expect, it } from 'vitest'
import { RegionPicker } from '@/app/region-picker'
import { SetupContext } from '@/components/setup-context'
import { renderApp } from '@/test/render'

const poolLink = (name: string) => screen.findByRole('link', { name }, { timeout: 5_000 })

describe('regions', () => {
  it('opens a link without a region in the first region, keeping the rest of it', async () => {
    const { router } = renderApp('/pools?type=infer')
    expect(await poolLink('realtime-inference')).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/cn-north-4/pools')
    expect(router.state.location.search).toBe('?type=infer')
  })

  it('switches every list to the region picked in the app bar, its pools only', async () => {
    const { user, router } = renderApp('/cn-north-4/pools?type=train')
    expect(await poolLink('llm-finetune')).toBeInTheDocument()
    const picker = screen.getByRole('combobox', { name: 'Region' })
    expect(picker).toHaveTextContent('cn-north-4')

    await user.click(picker)
    await user.click(within(screen.getByRole('listbox')).getByRole('option', { name: 'cn-east-3' }))
    expect(await poolLink('east-train-t4')).toBeInTheDocument()
    expect(router.state.location.pathname).toBe('/cn-east-3/pools')
    // The page changed under the picker: focus stays there, and the change is said.
    expect(screen.getByRole('combobox', { name: 'Region' })).toHaveFocus()
    expect(screen.getByText('Showing region cn-east-3')).toHaveAttribute('role', 'status')
    expect(screen.queryByRole('link', { name: 'llm-finetune' })).not.toBeInTheDocument()
    // Links now lead within cn-east-3.
    expect(screen.getByRole('link', { name: 'east-train-t4' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/cn-east-3\/pools\/east-train-t4-/) as string,
    )
    expect(screen.getAllByRole('link', { name: 'Create' })[0]).toHaveAttribute(
      'href',
      '/cn-east-3/pools/create?type=train',
    )
  })

  it('names the one region it serves instead of a switch with nothing to switch to', () => {
    const { container } = render(
      <MemoryRouter>
        <SetupContext
          value={{ regions: [{ id: 'cn-north-4', modelartsHost: 'x' }], credentials: 'token' }}
        >
          <RegionPicker region="cn-north-4" />
        </SetupContext>
      </MemoryRouter>,
    )
    expect(screen.queryByRole('combobox')).not.toBeInTheDocument()
    expect(container).toHaveTextContent(/^Region cn-north-4$/)
  })

  it('says which regions it serves when the URL names another', async () => {
    renderApp('/eu-west-0/pools?type=train')
    expect(
      await screen.findByRole('heading', { name: 'Region not available', level: 1 }),
    ).toBeInTheDocument()
    expect(screen.getByText(/not set up for a region named “eu-west-0”/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'cn-east-3' })).toHaveAttribute(
      'href',
      '/cn-east-3/pools?type=train',
    )
  })

  it('calls an address that names no region a page not found', async () => {
    renderApp('/no/such/page')
    expect(
      await screen.findByRole('heading', { name: 'Page not found', level: 1 }),
    ).toBeInTheDocument()
  })

  it('names the region in the notice of a change that finished after a switch', () => {
    let notifyFromA: ((n: Notice) => void) | undefined
    function Grab() {
      notifyFromA = useNotify()
      return null
    }
    const { rerender } = render(
      <NoticeProvider>
        <RegionNotices region="cn-north-4" key="cn-north-4">
          <Grab />
        </RegionNotices>
      </NoticeProvider>,
    )
    rerender(
      <NoticeProvider>
        <RegionNotices region="cn-east-3" key="cn-east-3">
          <div />
        </RegionNotices>
      </NoticeProvider>,
    )
    act(() => notifyFromA?.({ message: 'Pool llm-finetune is being deleted.' }))
    expect(screen.getByRole('alert')).toHaveTextContent(
      'cn-north-4: Pool llm-finetune is being deleted.',
    )
  })
})
