import { expect, test } from '@playwright/test'
import { axe } from './axe'

/** Simulated time runs 8× faster: deleted nodes are gone in well under a second. */
const FAST = 'demo-speed=8'
const LLM = '/cn-north-4/pools/llm-finetune-6f5da086876d4cd084d36f8bd3346036'

test('operator opens Monitoring and sees four charts with data for the last hour', async ({
  page,
}) => {
  await page.goto(`${LLM}?${FAST}`)
  await page.getByRole('tab', { name: 'Monitoring' }).click()
  await expect(page).toHaveURL(/tab=monitoring/)
  await expect(page.getByRole('combobox', { name: 'Time range' })).toHaveText('Last hour')
  for (const title of ['CPU usage', 'Memory usage', 'GPU usage', 'GPU memory usage']) {
    const chart = page.getByRole('region', { name: title, exact: true })
    // Each chart says its latest and peak value, and where the service had no data.
    await expect(chart).toContainText(/Latest \d+\.\d % · peak \d+\.\d %/)
    await expect(chart.locator('svg').first()).toBeVisible()
  }
  await expect(page.getByRole('region', { name: /usage$/ })).toHaveCount(4)
  await axe(page)

  // The same numbers as a table, for screen readers and for anyone wanting exact values.
  await page.getByRole('button', { name: 'Table' }).click()
  const table = page.getByRole('table', { name: 'Utilisation by time' })
  await expect(table.getByRole('columnheader')).toHaveText([
    'Time',
    'CPU usage',
    'Memory usage',
    'GPU usage',
    'GPU memory usage',
  ])
  await expect(table.getByRole('row')).toHaveCount(61)
  // A point without data is said to be so, never shown as zero.
  await expect(table.getByRole('cell', { name: 'No data' }).first()).toBeVisible()
  await axe(page)

  await page.getByRole('combobox', { name: 'Time range' }).click()
  await page.getByRole('option', { name: 'Last 7 days' }).click()
  await expect(page).toHaveURL(/range=7d/)
  await expect(table.getByRole('row')).toHaveCount(169)
})

test('operator locks a node, cannot remove it in Scale, unlocks it, then deletes two nodes in bulk', async ({
  page,
}) => {
  await page.goto(`${LLM}?${FAST}`)
  const nodes = page.getByRole('table', { name: 'Nodes' })
  await expect(nodes.getByRole('row')).toHaveCount(4)
  const nameOf = async (i: number) =>
    (await nodes.getByRole('row').nth(i).getByRole('cell').nth(1).innerText()).trim()
  const [first, second, third] = [await nameOf(1), await nameOf(2), await nameOf(3)]
  await expect(page.getByText('3 nodes · 3 Available', { exact: true })).toBeVisible()

  await page.getByRole('checkbox', { name: `Select ${first}` }).check()
  await page.getByRole('button', { name: 'Lock deletion' }).click()
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: `Deletion lock enabled on 1 node of pool llm-finetune: ${first}.` }),
  ).toBeVisible()
  await expect(nodes.getByRole('row').filter({ hasText: first })).toContainText('Locked')
  await expect(page.getByText('3 nodes · 3 Available · 1 locked')).toBeVisible()
  // The pointer still rests on Lock deletion, whose tooltip now says why it is off: move away.
  await page.mouse.move(0, 0)
  await expect(page.getByRole('tooltip')).toBeHidden()
  await axe(page)

  // Scale shows the lock, keeps the node's switch off limits and says why.
  await page.getByRole('button', { name: 'Scale', exact: true }).click()
  const scale = page.getByRole('dialog', { name: 'Scale pool llm-finetune' })
  const lockedSwitch = scale.getByRole('switch', { name: `Keep ${first}` })
  await expect(lockedSwitch).toBeDisabled()
  await expect(lockedSwitch).toHaveAccessibleDescription(
    'Locked against deletion. Unlock it on the Nodes tab to remove it.',
  )
  await expect(scale.getByRole('switch', { name: `Keep ${second}` })).toBeEnabled()
  await axe(page, '[role="dialog"]')
  await scale.getByRole('button', { name: 'Cancel' }).click()
  await expect(scale).toBeHidden()

  // A locked node cannot be chosen for the bulk delete either.
  await page.getByRole('checkbox', { name: `Select ${second}` }).check()
  await expect(page.getByRole('button', { name: 'Delete nodes' })).toHaveAttribute(
    'aria-disabled',
    'true',
  )
  await page.getByRole('checkbox', { name: `Select ${second}` }).uncheck()

  await page.getByRole('button', { name: 'Unlock' }).click()
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: `Deletion lock disabled on 1 node of pool llm-finetune: ${first}.` }),
  ).toBeVisible()
  await expect(nodes.getByRole('row').filter({ hasText: first })).not.toContainText('Locked')

  await page.getByRole('checkbox', { name: `Select ${second}` }).check()
  await page.getByRole('checkbox', { name: `Select ${first}` }).uncheck()
  await page.getByRole('checkbox', { name: `Select ${third}` }).check()
  await page.getByRole('button', { name: 'Delete nodes' }).click()
  const del = page.getByRole('dialog', { name: 'Delete 2 nodes from llm-finetune?' })
  await expect(del.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await expect(del.getByRole('list', { name: 'Nodes to delete' }).getByRole('listitem')).toHaveText(
    [second, third],
  )
  await axe(page, '[role="dialog"]')
  await del.getByRole('button', { name: 'Delete' }).click()
  await expect(del).toBeHidden()
  await expect(
    page.getByRole('alert').filter({
      hasText: `Removing 2 nodes from pool llm-finetune: ${second}, ${third}.`,
    }),
  ).toBeVisible()
  await expect(nodes.getByRole('row')).toHaveCount(2, { timeout: 20_000 })
  await expect(nodes.getByRole('row').nth(1)).toContainText(first)
})

test('the list overview counts pools by status and opens the list filtered to one', async ({
  page,
}) => {
  await page.goto(`/cn-north-4/pools?type=train`)
  const byStatus = page.getByRole('region', { name: 'Pools by status' })
  await expect(byStatus).toContainText('5 Running')
  await byStatus.getByRole('link', { name: /Abnormal/ }).click()
  await expect(page).toHaveURL(/status=Abnormal/)
  await expect(page.getByRole('table').getByRole('link')).toHaveText(['data-prep-cpu'])
  await page.getByRole('button', { name: /Status: Abnormal/ }).press('Delete')
  await expect(page).not.toHaveURL(/status=/)

  const accelerators = page.getByRole('region', { name: 'Accelerators' })
  await accelerators.getByRole('link', { name: /NVIDIA T4/ }).click()
  await expect(page.getByRole('table').getByRole('link')).toHaveText([
    'llm-finetune',
    'shared-gpu-pool',
  ])
  await axe(page)
})
