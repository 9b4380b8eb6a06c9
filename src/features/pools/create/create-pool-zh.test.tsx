// The Chinese path of the Create page: labels from the zh-CN catalog, and a validation message
// already on screen checked again in the new language.
import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { inChinese } from '@/test/i18n'
import { FORM_TEST, fields, openCreatePage } from './create-pool.test-helpers'

describe('create pool page in Chinese', FORM_TEST, () => {
  it('shows the form in Chinese and re-words a shown error when the language changes', async () => {
    const { user } = await openCreatePage('infer')
    await user.type(fields.name(), '1pool')
    await user.clear(fields.nodes())
    await user.tab()
    expect(await screen.findByText('Start the name with a lowercase letter.')).toBeInTheDocument()
    expect(screen.getByText('Enter the number of nodes.')).toBeInTheDocument()

    await inChinese('create')

    expect(
      await screen.findByRole('heading', { level: 1, name: '创建专属资源池' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: '基本配置' })).toBeInTheDocument()
    const name = screen.getByRole('textbox', { name: '资源池名称' })
    expect(screen.getByRole('heading', { name: '资源配置' })).toBeInTheDocument()
    expect(screen.getByRole('radiogroup', { name: '规格' })).toBeInTheDocument()
    expect(screen.getByRole('radiogroup', { name: '可用区' })).toBeInTheDocument()
    expect(screen.getByRole('switch', { name: '自定义网络配置' })).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: '随机分配' })).toBeChecked()
    expect(screen.getByRole('button', { name: '下一步' })).toBeInTheDocument()
    // Both shown errors are worded again in Chinese, and what was typed stays.
    expect(await screen.findByText('名称须以小写字母开头。')).toBeInTheDocument()
    expect(await screen.findByText('请输入节点数量。')).toBeInTheDocument()
    expect(screen.queryByText('Start the name with a lowercase letter.')).not.toBeInTheDocument()
    expect(name).toHaveValue('1pool')
    expect(screen.getByRole('spinbutton', { name: '节点数量' })).toHaveValue('')
  })
})
