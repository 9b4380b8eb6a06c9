import { expect, type Page, test } from '@playwright/test'
import { axe } from './axe'

// The two pool types, and the row actions, as the Chinese console names them.
const TAB_TRAIN = '开发/训练专属资源池'
const TAB_INFER = '服务部署专属资源池'
const SCALE = (pool: string) => `扩缩容 ${pool}`
const DELETE = (pool: string) => `删除 ${pool}`

const poolRow = (page: Page, name: string) =>
  page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) })

test('a user switches to 简体中文, creates a pool with every label in Chinese, and a reload keeps the language', async ({
  page,
}) => {
  // Simulated time passes until the pool runs, on top of two accessibility scans.
  test.slow()
  await page.goto('/pools?type=train')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await page.getByRole('button', { name: 'Language: English' }).click()
  await page.getByRole('menuitemradio', { name: '简体中文' }).click()

  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await expect(page.getByRole('heading', { level: 1, name: '专属资源池' })).toBeVisible()
  const tabs = page.getByRole('tablist', { name: '资源池类型' })
  await expect(tabs.getByRole('tab')).toHaveText([TAB_TRAIN, TAB_INFER])
  const table = page.getByRole('table')
  await expect(table.getByRole('columnheader')).toContainText(['名称', '状态', '规格'])
  await axe(page)

  // The dialogs, in Chinese.
  await page.getByRole('button', { name: SCALE('llm-finetune') }).click()
  const scale = page.getByRole('dialog', { name: '扩缩容资源池 llm-finetune' })
  await expect(scale.getByRole('spinbutton', { name: '节点数量' })).toHaveValue('3')
  await expect(scale.getByRole('button', { name: '提交' })).toBeVisible()
  await scale.getByRole('button', { name: '取消' }).click()
  await expect(scale).toBeHidden()
  await page.getByRole('button', { name: DELETE('llm-finetune') }).click()
  const remove = page.getByRole('dialog', { name: '删除资源池 llm-finetune？' })
  await expect(remove.getByRole('textbox', { name: '资源池名称' })).toBeVisible()
  await expect(remove.getByRole('button', { name: '确定' })).toBeDisabled()
  await remove.getByRole('button', { name: '取消' }).click()
  await expect(remove).toBeHidden()

  // Create, label by label.
  await page.getByRole('link', { name: '创建', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: '创建专属资源池' })).toBeVisible()
  for (const section of ['基本配置', '网络', '资源配置'])
    await expect(page.getByRole('heading', { name: section, exact: true })).toBeVisible()
  await expect(page.getByRole('textbox', { name: '资源类型' })).toHaveValue(TAB_TRAIN)
  await expect(page.getByRole('combobox', { name: 'ModelArts网络' })).toBeVisible()
  await page.getByRole('textbox', { name: '资源池名称', exact: true }).fill('zh-gpu-e2e')
  await page.getByRole('textbox', { name: '描述', exact: true }).fill('中文界面创建的资源池')
  await page
    .getByRole('radiogroup', { name: '规格' })
    .getByRole('radio', { name: /NVIDIA T4/ })
    .check()
  await expect(page.getByRole('spinbutton', { name: '节点数量' })).toHaveValue('1')
  await page.getByRole('button', { name: '下一步' }).click()

  const review = page.getByRole('region', { name: '确认配置' })
  await expect(review.getByRole('term')).toContainText(['资源类型', '名称', '描述'])
  await expect(review.getByRole('definition').filter({ hasText: 'zh-gpu-e2e' })).toHaveCount(1)
  await axe(page)
  await page.getByRole('button', { name: '提交', exact: true }).click()

  await expect(page).toHaveURL(/\/pools\?type=train/)
  await expect(page.getByText('资源池zh-gpu-e2e创建中，状态变为“运行中”后即可使用。')).toBeVisible()
  await expect(poolRow(page, 'zh-gpu-e2e')).toBeVisible()

  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN')
  await expect(page.getByRole('heading', { level: 1, name: '专属资源池' })).toBeVisible()
  await expect(page.getByRole('button', { name: '语言：简体中文' })).toBeVisible()
  await expect(poolRow(page, 'zh-gpu-e2e')).toBeVisible()
})
