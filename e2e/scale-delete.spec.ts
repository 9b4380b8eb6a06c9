import { expect, type Locator, type Page, test } from '@playwright/test'
import { axe } from './axe'

/** Simulated time runs 8× faster: nodes are ready in well under a second. */
const FAST = 'demo-speed=8'

const poolRow = (page: Page, name: string) =>
  page.getByRole('row').filter({ has: page.getByRole('link', { name, exact: true }) })

/** The names in the Nodes tab's table (after each row's checkbox), header excluded. */
async function nodeNames(table: Locator): Promise<string[]> {
  const rows = table.getByRole('row')
  const names: string[] = []
  const count = await rows.count()
  for (let i = 1; i < count; i++)
    names.push((await rows.nth(i).getByRole('cell').nth(1).innerText()).trim())
  return names
}

test('operator scales notebook-sandbox out from 1 to 3 and sees 3 available', async ({ page }) => {
  await page.goto(`/pools?type=train&${FAST}`)
  const row = poolRow(page, 'notebook-sandbox')
  await expect(row.getByRole('cell', { name: '1/1', exact: true })).toBeVisible()

  await page.getByRole('button', { name: 'Scale notebook-sandbox' }).click()
  const dialog = page.getByRole('dialog', { name: 'Scale pool notebook-sandbox' })
  await expect(dialog.getByRole('spinbutton', { name: 'Nodes' })).toHaveValue('1')
  await dialog.getByRole('button', { name: 'Increase nodes' }).click()
  await dialog.getByRole('button', { name: 'Increase nodes' }).click()
  await expect(dialog.getByRole('spinbutton', { name: 'Nodes' })).toHaveValue('3')
  await dialog.getByRole('button', { name: 'Submit' }).click()

  await expect(dialog).toBeHidden()
  await expect(
    page.getByRole('alert').filter({ hasText: 'Adding 2 nodes to pool notebook-sandbox.' }),
  ).toBeVisible()
  await expect(row.getByRole('cell', { name: '3/3', exact: true })).toBeVisible({ timeout: 20_000 })
  await expect(row.getByRole('cell', { name: 'Running', exact: true })).toBeVisible()
})

test('operator scales in llm-finetune by switching off two named nodes and sees exactly those gone', async ({
  page,
}) => {
  await page.goto(`/pools?type=train&${FAST}`)
  await page.getByRole('link', { name: 'llm-finetune', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'llm-finetune' })).toBeVisible()
  const nodesTable = page.getByRole('table', { name: 'Nodes' })
  await expect(nodesTable.getByRole('row')).toHaveCount(4)
  const [keep, first, second] = (await nodeNames(nodesTable)) as [string, string, string]

  await page.getByRole('button', { name: 'Scale', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Scale pool llm-finetune' })
  await dialog.getByRole('switch', { name: `Keep ${first}` }).click()
  await dialog.getByRole('switch', { name: `Keep ${second}` }).click()
  await expect(dialog.getByRole('spinbutton', { name: 'Nodes' })).toHaveValue('1')
  await expect(dialog.getByText(`Removes 2 nodes: ${first}, ${second}.`)).toBeVisible()
  await dialog.getByRole('button', { name: 'Submit' }).click()
  await expect(dialog).toBeHidden()

  await expect(nodesTable.getByRole('row')).toHaveCount(2, { timeout: 20_000 })
  await expect(nodesTable.getByRole('cell', { name: keep, exact: true })).toBeVisible()
  await expect(nodesTable.getByRole('cell', { name: first, exact: true })).toHaveCount(0)
  await expect(nodesTable.getByRole('cell', { name: second, exact: true })).toHaveCount(0)
})

test('operator rectifies the Abnormal pool data-prep-cpu by removing its abnormal node', async ({
  page,
}) => {
  await page.goto(`/pools?type=train&${FAST}`)
  const row = poolRow(page, 'data-prep-cpu')
  await expect(row.getByRole('cell', { name: 'Abnormal', exact: true })).toBeVisible()

  await page.getByRole('button', { name: 'Scale data-prep-cpu' }).click()
  const dialog = page.getByRole('dialog', { name: 'Scale pool data-prep-cpu' })
  await expect(
    dialog.getByText(/Abnormal nodes are listed first; remove them to restore the pool\./),
  ).toBeVisible()
  const nodes = dialog.getByRole('table', { name: 'Nodes of data-prep-cpu' })
  const abnormal = nodes
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: 'Abnormal', exact: true }) })
  await expect(abnormal).toHaveCount(1)
  // Abnormal nodes come first, so the user meets them before anything healthy.
  await expect(
    nodes.getByRole('row').nth(1).getByRole('cell', { name: 'Abnormal', exact: true }),
  ).toBeVisible()
  const badName = (await abnormal.getByRole('cell').first().innerText()).split('\n')[0]!.trim()
  await abnormal.getByRole('switch', { name: `Keep ${badName}` }).click()
  await expect(dialog.getByRole('spinbutton', { name: 'Nodes' })).toHaveValue('1')
  await dialog.getByRole('button', { name: 'Submit' }).click()
  await expect(dialog).toBeHidden()

  await expect(row.getByRole('cell', { name: 'Running', exact: true })).toBeVisible({
    timeout: 20_000,
  })
  await expect(row.getByRole('cell', { name: '1/1', exact: true })).toBeVisible()
  await page.getByRole('link', { name: 'data-prep-cpu', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'data-prep-cpu' })).toBeVisible()
  await expect(
    page.getByRole('table', { name: 'Nodes' }).getByRole('cell', { name: badName, exact: true }),
  ).toHaveCount(0)
})

test('operator deletes a pool with dependents after typing its name and sees it disappear', async ({
  page,
}) => {
  await page.goto(`/pools?type=train&${FAST}`)
  await page.getByRole('button', { name: 'Delete llm-finetune' }).click()
  const dialog = page.getByRole('dialog', { name: 'Delete pool llm-finetune?' })
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await expect(dialog).toContainText('The pool cannot be restored.')
  const dependents = dialog.getByRole('list', { name: /depend on it now/ })
  await expect(dependents.getByRole('listitem')).toHaveCount(2)
  await expect(
    dependents.getByRole('listitem').filter({ hasText: 'bert-finetune-v3' }),
  ).toContainText('Training job')
  await expect(
    dependents.getByRole('listitem').filter({ hasText: 'notebook-alice-llm' }),
  ).toContainText('Notebook instance')

  const ok = dialog.getByRole('button', { name: 'OK' })
  await expect(ok).toBeDisabled()
  await dialog.getByRole('textbox', { name: 'Pool name' }).fill('llm-finetun')
  await expect(ok).toBeDisabled()
  await dialog.getByRole('textbox', { name: 'Pool name' }).fill('llm-finetune')
  await ok.click()

  await expect(dialog).toBeHidden()
  await expect(page.getByRole('link', { name: 'llm-finetune', exact: true })).toHaveCount(0, {
    timeout: 20_000,
  })
  await expect(page.getByRole('link', { name: 'notebook-sandbox', exact: true })).toBeVisible()
})

test('the scale and delete dialogs and the details page pass axe', async ({ page }) => {
  await page.goto(`/pools/data-prep-cpu-6f5da086876d4cd084d36f8bd3346036?${FAST}`)
  await expect(page.getByRole('heading', { level: 1, name: 'data-prep-cpu' })).toBeVisible()
  await expect(page.getByRole('table', { name: 'Nodes' }).getByRole('row')).toHaveCount(3)
  await axe(page)

  await page.getByRole('button', { name: 'Scale', exact: true }).click()
  const scale = page.getByRole('dialog', { name: 'Scale pool data-prep-cpu' })
  await expect(scale.getByRole('switch')).toHaveCount(2)
  await expect(scale.getByText(/in use$/)).toBeVisible()
  await axe(page, '[role="dialog"]')
  // An open choice, an error message and the plan all keep the dialog accessible.
  await scale.getByRole('spinbutton', { name: 'Nodes' }).fill('0')
  await expect(scale.getByText(/At least 1 node must remain/)).toBeVisible()
  await axe(page, '[role="dialog"]')
  await page.keyboard.press('Escape')
  await expect(scale).toBeHidden()

  await page.getByRole('button', { name: 'Delete', exact: true }).click()
  const del = page.getByRole('dialog', { name: 'Delete pool data-prep-cpu?' })
  await expect(del.getByRole('listitem')).toHaveCount(1)
  await axe(page, '[role="dialog"]')
  await page.keyboard.press('Escape')
  await expect(del).toBeHidden()
})
