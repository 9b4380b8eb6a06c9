import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { inChinese } from '@/test/i18n'
import { renderApp } from '@/test/render'

describe('the pool list in Chinese', () => {
  it('names the page, the columns, the search and the overview in Chinese', async () => {
    await inChinese('list', 'pools')
    renderApp('/pools?type=train')
    expect(await screen.findByRole('heading', { name: '专属资源池' })).toBeInTheDocument()
    await screen.findByRole('link', { name: 'llm-finetune' })
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent)
    expect(headers).toEqual(['名称', '状态', '规格', '节点', '创建时间', '描述', '操作'])
    expect(screen.getByRole('textbox', { name: '按名称搜索资源池' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '刷新' })).toBeInTheDocument()
    expect(screen.getByRole('link', { name: '创建' })).toBeInTheDocument()
    // The figures put the count where Chinese puts it.
    expect(screen.getByRole('region', { name: '节点' })).toHaveTextContent(
      /本页签 \d+ 个节点，\d+ 个可用/,
    )
    expect(
      within(screen.getByRole('region', { name: '加速卡' })).getAllByRole('link')[0],
    ).toHaveTextContent(/^\d+ 张 \S/)
  })

  it('says in Chinese when nothing matches and names the filter chip', async () => {
    await inChinese('list', 'pools')
    renderApp('/pools?type=train&q=nothing-like-this&gpu=NVIDIA%20T4')
    expect(await screen.findByText('没有名称包含“nothing-like-this”的资源池')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '显示全部资源池' })).toBeInTheDocument()
    expect(
      screen.getByRole('button', { name: /^加速卡：NVIDIA T4。按 Delete 键清除。$/ }),
    ).toBeInTheDocument()
  })

  it('keeps the English figures in their order', async () => {
    renderApp('/pools?type=train')
    const byStatus = await screen.findByRole('region', { name: 'Pools by status' })
    expect(await within(byStatus).findByRole('link', { name: /^\d+ Running$/ })).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Nodes' })).toHaveTextContent(
      /^Nodes\d+ in this tab, \d+ available/,
    )
  })
})
