import { expect, test } from '@playwright/test'
import { axe } from './axe'

test('operator sees the seeded pools of each type in their own tab', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveURL(/\/cn-north-4\/pools\?type=train$/)
  await expect(page.getByRole('heading', { name: 'Dedicated Resource Pools' })).toBeVisible()
  await expect(page.getByText('Demo', { exact: true })).toBeVisible()
  const table = page.getByRole('table', { name: /Pools Dedicated for Development\/Training/ })
  await expect(table.getByRole('link', { name: 'llm-finetune' })).toBeVisible()
  await expect(table.getByRole('link', { name: 'data-prep-cpu' })).toBeVisible()
  await expect(table.getByRole('row', { name: /data-prep-cpu/ })).toContainText('Abnormal')
  await expect(page.getByText('Quota in use: Pools 11/15 · Nodes 21/200')).toBeVisible()
  // A pool whose creation failed is listed (the service lists it only under status=failed) and
  // can be deleted; a Lite pool is listed read-only.
  const failed = table.getByRole('row', { name: /a100-burst/ })
  await expect(failed).toContainText('Creation failed')
  await expect(failed.getByRole('button', { name: 'Delete a100-burst' })).toBeEnabled()
  const lite = table.getByRole('row', { name: /lite-k8s-ops/ })
  await expect(lite).toContainText('Lite')
  await expect(lite.getByRole('button', { name: 'Scale lite-k8s-ops' })).toBeDisabled()
  await axe(page)

  await page.getByRole('tab', { name: 'Dedicated for Service Deployment' }).click()
  await expect(page).toHaveURL(/type=infer/)
  const infer = page.getByRole('table', { name: /Service Deployment/ })
  await expect(infer.getByRole('link', { name: 'realtime-inference' })).toBeVisible()
  await expect(infer.getByRole('link', { name: 'llm-finetune' })).toHaveCount(0)
  await axe(page)

  await page.goBack()
  await expect(
    page.getByRole('tab', { name: 'Dedicated for Development/Training' }),
  ).toHaveAttribute('aria-selected', 'true')
})

test('a deep link opens the right tab, search and sort, and survives a reload', async ({
  page,
}) => {
  await page.goto('/pools?type=infer&q=inference&sort=name&order=asc')
  await expect(page.getByRole('tab', { name: 'Dedicated for Service Deployment' })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  await expect(page.getByRole('textbox', { name: 'Search pools by name' })).toHaveValue('inference')
  const links = page.getByRole('table').getByRole('link')
  await expect(links).toHaveText(['realtime-inference'])
  await page.reload()
  await expect(links).toHaveText(['realtime-inference'])
})

test('operator finds a pool by name and opens its details', async ({ page }) => {
  await page.goto('/pools?type=train')
  await page.getByRole('textbox', { name: 'Search pools by name' }).fill('abnormal-does-not-exist')
  await expect(page.getByText('No pools match "abnormal-does-not-exist"')).toBeVisible()
  await page.getByRole('textbox', { name: 'Search pools by name' }).fill('data')
  await expect(page.getByRole('table').getByRole('link')).toHaveText(['data-prep-cpu'])
  await page.getByRole('link', { name: 'data-prep-cpu' }).click()

  await expect(page.getByRole('heading', { name: 'data-prep-cpu', level: 1 })).toBeVisible()
  await expect(page.getByText(/Not usable: 1 node\(s\) abnormal: os-node-created-/)).toBeVisible()
  const info = page.getByRole('definition')
  await expect(info.filter({ hasText: 'Dedicated for Development/Training' })).toBeVisible()
  await expect(info.filter({ hasText: '1 available of 2 (1 abnormal)' })).toBeVisible()
  const nodes = page.getByRole('table', { name: 'Nodes' })
  await expect(nodes.getByRole('row')).toHaveCount(3)
  await expect(nodes.getByRole('row', { name: /Abnormal/ })).toHaveCount(1)
  await axe(page)

  await page.getByRole('tab', { name: 'Events' }).click()
  await expect(page).toHaveURL(/tab=events/)
  const events = page.getByRole('table', { name: 'Events' })
  await expect(events.getByRole('row').nth(1)).toContainText('Warning')
  await expect(events).toContainText('Pool status changed, from Creating to Running, details: .')
  await axe(page)

  await page.getByRole('link', { name: 'Dedicated Resource Pools' }).first().click()
  await expect(page).toHaveURL(/\/pools\?type=train/)
})

test('a pool that does not exist shows a clear not-found page with a way back', async ({
  page,
}) => {
  await page.goto('/pools/no-such-pool-6f5da086876d4cd084d36f8bd3346036')
  await expect(page.getByText('Pool not found')).toBeVisible()
  await page.getByRole('link', { name: 'Back to Dedicated Resource Pools' }).click()
  await expect(page.getByRole('heading', { name: 'Dedicated Resource Pools' })).toBeVisible()
})

test('an unknown address shows the not-found page', async ({ page }) => {
  await page.goto('/no/such/page')
  await expect(page.getByText('Page not found')).toBeVisible()
  await axe(page)
})

test('with 1,000 pools per tab the list opens, pages and switches tabs', async ({ page }) => {
  await page.goto('/pools?type=train&demo-scenario=large')
  // The first visit seeds 2,000 pools into browser storage: allow for a busy two-core runner.
  await expect(page.getByText(/^1–20 of 1,?00\d$/)).toBeVisible({ timeout: 45_000 })
  await page.getByRole('tab', { name: 'Dedicated for Service Deployment' }).click()
  await expect(
    page
      .getByRole('table')
      .getByRole('link', { name: /^infer-pool-/ })
      .first(),
  ).toBeVisible()
  await page.getByRole('button', { name: /next page/i }).click()
  await expect(page.getByText(/^21–40 of 1,?00\d$/)).toBeVisible()
})

test('reset demo data brings back a pool the user deleted from storage', async ({ page }) => {
  await page.goto('/pools?type=train')
  await expect(page.getByRole('link', { name: 'llm-finetune' })).toBeVisible()
  // What the user did persists across a reload: simulate a change by editing the stored state.
  await page.evaluate(() => {
    const key = 'modelarts-demo:state:default'
    const state = JSON.parse(localStorage.getItem(key) ?? '{}') as { pools: { name: string }[] }
    state.pools = state.pools.filter((p) => p.name !== 'llm-finetune')
    localStorage.setItem(key, JSON.stringify(state))
  })
  await page.reload()
  await expect(page.getByRole('link', { name: 'data-prep-cpu' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'llm-finetune' })).toHaveCount(0)

  await page.getByRole('button', { name: 'Reset demo data' }).click()
  const dialog = page.getByRole('dialog', { name: 'Reset demo data?' })
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await dialog.getByRole('button', { name: 'Reset' }).click()
  await expect(page.getByRole('link', { name: 'llm-finetune' })).toBeVisible()
  await expect(page.getByText('Demo data reset: the seeded pools are back.')).toBeVisible()
})
