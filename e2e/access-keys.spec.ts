import { type Page } from '@playwright/test'
import { accessKeysEnv, E2E_KEY, LIVE } from './live-env'
import {
  axe,
  expect,
  findTokenInWhatTheBrowserGot,
  poolNames,
  row,
  startConsole,
  test,
} from './live-fixture'

/**
 * Live mode as a team runs it: only an access key pair and two regions configured. The console's
 * server looks each region's project up in IAM and signs every call; fake-modelarts checks the
 * signatures with its own implementation of the documented algorithm.
 */

const poolTable = (page: Page) => page.getByRole('table', { name: /Pools Dedicated for/ })

test('with access keys and two regions, an operator switches region, creates and deletes a pool there', async ({
  page,
  fake,
}) => {
  void fake
  const server = await startConsole(LIVE.accessKeysPort, accessKeysEnv())
  try {
    // The terminal says what it connected to, region by region, before anyone opens a page.
    await expect
      .poll(() => server.output(), { timeout: 15_000 })
      .toMatch(/✓ cn-east-3: ModelArts at 127\.0\.0\.1:\d+, project \w+ \(found through IAM\)/)
    expect(server.output()).toMatch(
      /✓ cn-north-4: ModelArts at .*project 0a1b2c3d4e5f40718293a4b5c6d7e8f9 \(found through IAM\), signed with access keys/,
    )

    await page.goto(`${server.origin}/`)
    await expect(page).toHaveURL(/\/cn-north-4\/pools\?type=train$/)
    await expect(row(page, 'llm-finetune')).toContainText('Running')
    const picker = page.getByRole('combobox', { name: 'Region' })
    await expect(picker).toHaveText('cn-north-4')
    await axe(page)

    await test.step('switch to cn-east-3: its own pools, its own URL', async () => {
      await picker.click()
      await page.getByRole('option', { name: 'cn-east-3' }).click()
      await expect(page).toHaveURL(/\/cn-east-3\/pools\?type=train$/)
      await expect(row(page, 'east-train-t4')).toContainText('Running')
      await expect(poolTable(page).getByRole('link', { name: 'llm-finetune' })).toHaveCount(0)
      await expect(picker).toHaveText('cn-east-3')
    })

    await test.step('create a pool in cn-east-3', async () => {
      await page.getByRole('link', { name: 'Create' }).first().click()
      await expect(page).toHaveURL(/\/cn-east-3\/pools\/create\?type=train/)
      const flavor = page
        .getByRole('radiogroup', { name: 'Specifications' })
        .getByRole('radio', { name: /CPU · 4 vCPUs/ })
      await expect(flavor).toBeEnabled()
      await page.getByRole('textbox', { name: 'Name' }).fill('east-aksk-e2e')
      await flavor.check()
      await page.getByLabel('Nodes', { exact: true }).fill('1')
      await page.getByRole('button', { name: 'Next' }).click()
      await page.getByRole('button', { name: 'Submit' }).click()
      await expect(page).toHaveURL(/\/cn-east-3\/pools\?type=train/)
      await expect(row(page, 'east-aksk-e2e')).toContainText('Running', { timeout: 20_000 })
      expect(await poolNames(page, 'cn-east-3')).toContain('east-aksk-e2e')
      expect(await poolNames(page, 'cn-north-4')).not.toContain('east-aksk-e2e')
    })

    await test.step('a shared link opens the same region', async () => {
      const link = await row(page, 'east-aksk-e2e')
        .getByRole('link', { name: 'east-aksk-e2e' })
        .getAttribute('href')
      expect(link).toMatch(/^\/cn-east-3\/pools\//)
      const other = await page.context().newPage()
      await other.goto(`${server.origin}${link}`)
      await expect(other.getByRole('heading', { name: 'east-aksk-e2e' })).toBeVisible()
      await expect(other.getByRole('combobox', { name: 'Region' })).toHaveText('cn-east-3')
      await other.close()
    })

    await test.step('delete it again', async () => {
      const pool = row(page, 'east-aksk-e2e')
      await pool.getByRole('button', { name: 'Delete east-aksk-e2e' }).click()
      const dialog = page.getByRole('dialog', { name: 'Delete pool east-aksk-e2e?' })
      await dialog.getByRole('textbox', { name: 'Pool name' }).fill('east-aksk-e2e')
      await dialog.getByRole('button', { name: 'OK' }).click()
      await expect(pool).toHaveCount(0, { timeout: 20_000 })
      await expect
        .poll(() => poolNames(page, 'cn-east-3'), { timeout: 10_000 })
        .not.toContain('east-aksk-e2e')
    })

    // The keys stay on the server: not in the bundle, not in any answer, not in the terminal.
    expect(await findTokenInWhatTheBrowserGot(page, E2E_KEY.ak)).toEqual([])
    expect(await findTokenInWhatTheBrowserGot(page, E2E_KEY.sk)).toEqual([])
    expect(server.output()).not.toContain(E2E_KEY.ak)
    expect(server.output()).not.toContain(E2E_KEY.sk)
  } finally {
    await server.stop()
  }
})

test('with a wrong secret key, the console shows the not-authorized banner and the terminal says what to fix', async ({
  page,
  fake,
}) => {
  void fake
  const wrongSk = 'a-mistyped-secret-key-000000000000000'
  const server = await startConsole(LIVE.wrongSecretPort, accessKeysEnv(wrongSk))
  try {
    await expect
      .poll(() => server.output(), { timeout: 15_000 })
      .toContain('✗ cn-north-4: asking IAM for the project: the signature was refused')
    expect(server.output()).toContain('HUAWEICLOUD_SDK_SK does not belong to HUAWEICLOUD_SDK_AK')

    await page.goto(`${server.origin}/cn-north-4/pools?type=train`)
    const banner = page.getByRole('alert').filter({ hasText: 'Not signed in to ModelArts' })
    await expect(banner).toBeVisible()
    await expect(banner).toContainText('The access key was refused')
    await expect(banner).toContainText('HUAWEICLOUD_SDK_SK')
    await expect(banner).toContainText('APIGW.0301')
    await expect(poolTable(page)).toHaveCount(0)
    await axe(page)

    for (const secret of [E2E_KEY.ak, wrongSk]) {
      expect(server.output()).not.toContain(secret)
      expect(await findTokenInWhatTheBrowserGot(page, secret)).toEqual([])
    }
  } finally {
    await server.stop()
  }
})
