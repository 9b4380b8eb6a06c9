import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { DEMO_PROJECT_ID } from '@/lib/demo-project'
import { inChinese } from '@/test/i18n'
import { renderApp } from '@/test/render'

const url = (name: string, query = '') => `/pools/${name}-${DEMO_PROJECT_ID}${query}`

describe('the details page in Chinese', () => {
  it('names the tabs, the basic information and the node actions in Chinese', async () => {
    await inChinese('details')
    renderApp(url('llm-finetune'))
    expect(await screen.findByRole('tab', { name: '节点' })).toBeInTheDocument()
    expect(screen.getByRole('tab', { name: '监控' })).toBeInTheDocument()
    expect(screen.getByRole('tab', { name: '事件' })).toBeInTheDocument()
    expect(screen.getByText('基本信息')).toBeInTheDocument()
    expect(screen.getByText('资源类型', { selector: 'dt' })).toBeInTheDocument()
    expect(screen.getByText('可用区', { selector: 'dt' })).toBeInTheDocument()
    expect(
      await screen.findByText(/^共 \d+ 个节点/, undefined, { timeout: 5000 }),
    ).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '删除节点' })).toBeInTheDocument()
    expect(screen.getByRole('table', { name: '节点' })).toBeInTheDocument()
  })

  it('titles and summarises the Monitoring charts in Chinese', async () => {
    await inChinese('details')
    renderApp(url('llm-finetune', '?tab=monitoring'))
    expect(
      await screen.findByRole('region', { name: 'CPU使用率' }, { timeout: 5000 }),
    ).toHaveAccessibleDescription(/^最新 \d+\.\d % · 峰值 \d+\.\d %/)
    expect(screen.getByRole('region', { name: 'GPU显存使用率' })).toBeInTheDocument()
    expect(screen.getByRole('button', { name: '平均值' })).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: '时间范围' })).toHaveTextContent('近1小时')
  })
})
