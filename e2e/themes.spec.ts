import { expect, type Page, test } from '@playwright/test'
import { axe } from './axe'

const scheme = (page: Page) =>
  page.evaluate(() => document.documentElement.getAttribute('data-mui-color-scheme'))

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on list, create, scale, delete and details in the ${colorScheme} theme`, async ({
    page,
  }) => {
    // Seven full-page scans.
    test.slow()
    // The console follows the system's scheme by default.
    await page.emulateMedia({ colorScheme })
    await page.goto('/pools?type=train')
    await expect(page.getByRole('link', { name: 'llm-finetune', exact: true })).toBeVisible()
    expect(await scheme(page)).toBe(colorScheme)
    await axe(page)

    await page.getByRole('button', { name: 'Scale llm-finetune' }).click()
    const scale = page.getByRole('dialog', { name: 'Scale pool llm-finetune' })
    await expect(scale.getByRole('spinbutton', { name: 'Nodes' })).toHaveValue('3')
    await axe(page)
    await scale.getByRole('button', { name: 'Cancel' }).click()
    await expect(scale).toBeHidden()

    await page.getByRole('button', { name: 'Delete llm-finetune' }).click()
    const remove = page.getByRole('dialog', { name: 'Delete pool llm-finetune?' })
    await expect(remove.getByRole('button', { name: 'Cancel' })).toBeFocused()
    await axe(page)
    await remove.getByRole('button', { name: 'Cancel' }).click()
    await expect(remove).toBeHidden()

    await page.getByRole('link', { name: 'llm-finetune', exact: true }).click()
    await expect(page.getByRole('table', { name: 'Nodes' })).toBeVisible()
    await axe(page)
    await page.getByRole('tab', { name: 'Monitoring' }).click()
    await expect(
      page.getByRole('region', { name: 'CPU usage', exact: true }).locator('svg').first(),
    ).toBeVisible()
    await axe(page)

    await page.goto('/pools/create?type=train')
    await expect(page.getByRole('textbox', { name: 'Name', exact: true })).toBeVisible()
    await axe(page)
  })
}

test('the theme chosen in the app bar is kept across a reload, painted before the app starts', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' })
  await page.goto('/pools?type=train')
  await page.getByRole('button', { name: 'Theme: Same as system' }).click()
  await page.getByRole('menuitemradio', { name: 'Dark' }).click()
  await expect.poll(() => scheme(page)).toBe('dark')
  await expect(page.getByRole('button', { name: 'Theme: Dark' })).toBeVisible()

  // The scheme is on <html> when the document is parsed, before any of the app's code runs.
  await page.reload({ waitUntil: 'domcontentloaded' })
  expect(await scheme(page)).toBe('dark')
  await expect(page.getByRole('button', { name: 'Theme: Dark' })).toBeVisible()
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  expect(background).toBe('rgb(15, 20, 27)')
})

test("paints the app bar in the user's theme before any of the app's code runs", async ({
  page,
}) => {
  // The app's modules never arrive: what shows is index.html alone (and the scheme script).
  await page.route(/\/(assets|src)\/.*\.(js|tsx?)(\?.*)?$/, (route) => route.abort())
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.goto('/pools?type=train')
  const bar = page.getByText('ModelArts', { exact: true })
  await expect(bar).toBeVisible()
  expect(await bar.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(227, 232, 239)')
  const background = await page.evaluate(
    () => getComputedStyle(document.documentElement).backgroundColor,
  )
  expect(background).toBe('rgb(15, 20, 27)')
})
