import { LIVE, liveEnv } from './live-env'
import {
  api,
  axe,
  countApiCalls,
  expect,
  findTokenInWhatTheBrowserGot,
  poolId,
  poolNames,
  row,
  startConsole,
  test,
  trainPoolBody,
} from './live-fixture'

test('operator creates, scales out, scales in and deletes a pool on the live endpoint', async ({
  page,
  fake,
}) => {
  void fake // the endpoint is up for the whole story
  await page.goto('/pools?type=train')
  await expect(
    page.getByText(`Live · 127.0.0.1:${LIVE.fakePort} · project ${LIVE.projectId}`),
  ).toBeVisible()
  await expect(row(page, 'llm-finetune')).toContainText('Running')
  await axe(page)

  await test.step('create on the Create page', async () => {
    await page.getByRole('link', { name: 'Create' }).first().click()
    await expect(page).toHaveURL(/\/pools\/create\?type=train/)
    // The specifications come from the endpoint: the form is ready once they are listed.
    const flavor = page
      .getByRole('radiogroup', { name: 'Specifications' })
      .getByRole('radio', { name: /CPU · 4 vCPUs/ })
    await expect(flavor).toBeEnabled()
    await page.getByRole('textbox', { name: 'Name' }).fill('live-e2e-train')
    await page.getByRole('textbox', { name: 'Description' }).fill('Created by the live e2e')
    await flavor.check()
    await page.getByLabel('Nodes', { exact: true }).fill('1')
    await page.getByRole('button', { name: 'Next' }).click()
    await expect(page.getByRole('region', { name: 'Confirm the configuration' })).toBeVisible()
    await page.getByRole('button', { name: 'Submit' }).click()
    await expect(page).toHaveURL(/\/pools\?type=train/)
  })

  const pool = row(page, 'live-e2e-train')
  await test.step('wait for Running', async () => {
    await expect(pool).toContainText('Creating')
    await expect(pool).toContainText('Running', { timeout: 20_000 })
    await expect(pool).toContainText('1/1')
  })

  await test.step('scale out by two nodes', async () => {
    await pool.getByRole('button', { name: 'Scale live-e2e-train' }).click()
    const dialog = page.getByRole('dialog', { name: 'Scale pool live-e2e-train' })
    await expect(dialog.getByRole('table', { name: 'Nodes of live-e2e-train' })).toBeVisible()
    await dialog.getByRole('button', { name: 'Increase nodes' }).click()
    await dialog.getByRole('button', { name: 'Increase nodes' }).click()
    await expect(dialog.getByRole('spinbutton', { name: 'Nodes' })).toHaveValue('3')
    await dialog.getByRole('button', { name: 'Submit' }).click()
    await expect(dialog).toBeHidden()
    await expect(pool).toContainText('Scaling')
    await expect(pool).toContainText('Running', { timeout: 20_000 })
    await expect(pool).toContainText('3/3')
  })

  await test.step('scale in by switching one node off', async () => {
    await pool.getByRole('button', { name: 'Scale live-e2e-train' }).click()
    const dialog = page.getByRole('dialog', { name: 'Scale pool live-e2e-train' })
    const keep = dialog.getByRole('switch', { name: /^Keep / })
    await expect(keep).toHaveCount(3)
    await keep.first().click()
    await expect(dialog.getByRole('spinbutton', { name: 'Nodes' })).toHaveValue('2')
    await dialog.getByRole('button', { name: 'Submit' }).click()
    await expect(dialog).toBeHidden()
    await expect(pool).toContainText('Scaling')
    await expect(pool).toContainText('Running', { timeout: 20_000 })
    await expect(pool).toContainText('2/2')
  })

  await test.step('delete, typing the name to confirm', async () => {
    await pool.getByRole('button', { name: 'Delete live-e2e-train' }).click()
    const dialog = page.getByRole('dialog', { name: 'Delete pool live-e2e-train?' })
    await dialog.getByRole('textbox', { name: 'Pool name' }).fill('live-e2e-train')
    await dialog.getByRole('button', { name: 'OK' }).click()
    await expect(dialog).toBeHidden()
    await expect(pool).toHaveCount(0, { timeout: 20_000 })
    expect((await page.request.get(api(`/pools/${poolId('live-e2e-train')}`))).status()).toBe(404)
  })

  // The proxy added the token on the server side; none of what the browser got carries it.
  expect(await findTokenInWhatTheBrowserGot(page, LIVE.token)).toEqual([])
})

test('operator creates a Service Deployment pool on a new network connected to a VPC, and it becomes Running', async ({
  page,
  fake,
}) => {
  void fake
  await page.goto('/pools/create?type=infer')
  const flavor = page
    .getByRole('radiogroup', { name: 'Specifications' })
    .getByRole('radio', { name: /CPU · 8 vCPUs/ })
  await expect(flavor).toBeEnabled()
  await page.getByRole('switch', { name: 'Custom Network Configuration' }).check()
  const choose = async (label: string, option: RegExp) => {
    await page.getByRole('combobox', { name: label, exact: true }).click()
    await page.getByRole('listbox').getByRole('option', { name: option }).click()
  }
  await choose('VPC', /^vpc-staging/)
  await choose('Subnet', /^subnet-staging/)
  await choose('Security Group', /^sg-staging/)
  await expect(page.getByRole('combobox', { name: 'ModelArts Network' })).toHaveText(
    'Create a new network',
  )
  await page.getByRole('textbox', { name: 'Network Name' }).fill('network-live')
  await flavor.check()
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('live-e2e-custom')
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(page.getByRole('region', { name: 'Confirm the configuration' })).toBeVisible()
  await page.getByRole('button', { name: 'Submit' }).click()
  // The network is created and waited for (about 5 s here), connected, then the pool created.
  await expect(page).toHaveURL(/\/pools\?type=infer/, { timeout: 30_000 })

  const pool = row(page, 'live-e2e-custom')
  await expect(pool).toContainText('Running', { timeout: 20_000 })
  const network = await page.request.get(
    `/api/modelarts/v1/${LIVE.region}/networks/network-live-${LIVE.projectId}`,
  )
  expect(await network.json()).toMatchObject({
    spec: {
      connection: {
        peerConnectionList: [{ peerVpcId: 'vpc-2b9d4e61', peerSubnetId: 'subnet-c9d0e1f2' }],
      },
    },
    status: { phase: 'Active' },
  })
  const created = await page.request.get(api(`/pools/${poolId('live-e2e-custom')}`))
  expect(await created.json()).toMatchObject({
    spec: { network: { name: `network-live-${LIVE.projectId}` }, scope: ['Infer'] },
  })
  await pool.getByRole('link', { name: 'live-e2e-custom', exact: true }).click()
  await expect(
    page.getByRole('definition').filter({ hasText: 'network-live (172.24.0.0/16)' }),
  ).toContainText('Connected to VPC vpc-staging / subnet subnet-staging')
  await axe(page)
})

test('a restart of the endpoint mid-flow loses no pool', async ({ page, fake }) => {
  await page.goto('/pools?type=train')
  await expect(row(page, 'llm-finetune')).toBeVisible()

  // Something in flight when the endpoint dies: a new pool still Creating, through the proxy.
  // From the console's own origin: the proxy refuses a change from anywhere else.
  const created = await page.request.post(api('/pools'), {
    headers: { Origin: new URL(page.url()).origin },
    data: trainPoolBody('live-e2e-restart', 'modelarts.vm.cpu.8ud', 2),
  })
  expect(created.status()).toBe(200)
  const before = await poolNames(page)
  expect(before).toContain('live-e2e-restart')
  await page.getByRole('button', { name: 'Refresh' }).click()
  await expect(row(page, 'live-e2e-restart')).toContainText('Creating')

  // Killed outright, as in a crash; while it is down the proxy answers 502 and the console retries.
  await fake.stop('SIGKILL')
  expect((await page.request.get(api('/pools'))).status()).toBe(502)
  await page.getByRole('button', { name: 'Refresh' }).click()
  await fake.start()

  await expect(row(page, 'live-e2e-restart')).toContainText('Running', { timeout: 30_000 })
  await expect(row(page, 'live-e2e-restart')).toContainText('2/2')
  expect(await poolNames(page)).toEqual(before)
  await page.reload()
  await expect(row(page, 'live-e2e-restart')).toContainText('Running')
})

test('a console started with a wrong token says so and stops asking', async ({ page, fake }) => {
  void fake // the endpoint is up; only the console's token is wrong
  // A second console from the same build, whose server holds a token the endpoint refuses.
  const server = await startConsole(LIVE.wrongTokenPort, liveEnv('an-expired-token'))
  try {
    const origin = server.origin
    const calls = countApiCalls(page)
    await page.goto(`${origin}/pools?type=train`)

    // The terminal said so at start-up, in words that name the fix.
    await expect
      .poll(() => server.output(), { timeout: 15_000 })
      .toContain('✗ cn-north-4: the IAM token was refused')
    expect(server.output()).not.toContain('an-expired-token')
    const banner = page.getByRole('alert').filter({ hasText: 'Not signed in to ModelArts' })
    await expect(banner).toBeVisible()
    await expect(banner).toContainText('The ModelArts token was rejected (missing or expired)')
    await expect(banner).toContainText('MODELARTS_TOKEN')
    await expect(banner).toContainText('ModelArts.50001000')
    await expect(page.getByRole('table', { name: /Pools Dedicated for/ })).toHaveCount(0)
    await axe(page)

    // No retry storm: each call was made once (pools, failed pools, quotas, flavors), and
    // nothing asks again while the page sits there.
    const settled = calls.length
    expect(settled).toBeLessThanOrEqual(4)
    await page.waitForTimeout(4_000)
    expect(calls).toHaveLength(settled)
  } finally {
    await server.stop()
  }
})

test('a token revoked while the console is open turns into the not-authorized banner', async ({
  page,
  fake,
}) => {
  await page.goto('/pools?type=train')
  await expect(row(page, 'llm-finetune')).toContainText('Running')
  await expect(page.getByRole('alert').filter({ hasText: 'Not signed in' })).toHaveCount(0)

  await fake.acceptToken('a-rotated-token')
  try {
    const calls = countApiCalls(page)
    await page.getByRole('button', { name: 'Refresh' }).click()
    await expect(
      page.getByRole('alert').filter({ hasText: 'Not signed in to ModelArts' }),
    ).toBeVisible()
    // A 401 is final: the refresh asked for the pools (and the failed ones) once, no retry behind.
    expect(calls.filter((c) => /\/pools(\?|$)/.test(c))).toHaveLength(2)
  } finally {
    await fake.acceptToken(LIVE.token)
  }

  // With the right token again (after a restart of the console, in real life), all is well.
  await page.getByRole('button', { name: 'Reload' }).click()
  await expect(row(page, 'llm-finetune')).toContainText('Running')
  await expect(page.getByRole('alert').filter({ hasText: 'Not signed in' })).toHaveCount(0)
})

test('the Monitoring tab and deletion locks work through the proxy on the live endpoint', async ({
  page,
  fake,
}) => {
  void fake
  await page.goto(`/pools/${poolId('shared-gpu-pool')}?tab=monitoring`)
  for (const title of ['CPU usage', 'GPU usage'])
    await expect(page.getByRole('region', { name: title, exact: true })).toContainText(/Latest /)

  await page.getByRole('tab', { name: 'Nodes' }).click()
  const nodes = page.getByRole('table', { name: 'Nodes' })
  const first = (await nodes.getByRole('row').nth(1).getByRole('cell').nth(1).innerText()).trim()
  await page.getByRole('checkbox', { name: `Select ${first}` }).check()
  await page.getByRole('button', { name: 'Lock deletion' }).click()
  await expect(nodes.getByRole('row').filter({ hasText: first })).toContainText('Locked')
  await page.getByRole('button', { name: 'Unlock' }).click()
  await expect(nodes.getByRole('row').filter({ hasText: first })).not.toContainText('Locked')
  // Away from Unlock, whose tooltip now says why it is off.
  await page.mouse.move(0, 0)
  await axe(page)
})

for (const address of ['/cn-north-4/pools?type=train', '/']) {
  test(`keeps the app bar on screen from the first paint to the first pool row, at ${address}`, async ({
    page,
    fake,
  }) => {
    void fake // the endpoint is up
    // The list page's code arrives last, after the region list and the catalogs: the first
    // render must still be the page in its shell, not a bare loading fallback (or, at `/`, an
    // empty redirect) in place of the bar. (Live mode: the demo's service worker would take
    // the chunk's request out of page.route's reach.)
    let delayed = false
    await page.route(/\/assets\/pools-page-[\w-]+\.js$/, async (route) => {
      delayed = true
      await new Promise((resolve) => setTimeout(resolve, 1_500))
      await route.continue()
    })
    await page.addInitScript(() => {
      const w = window as unknown as { barGone?: boolean }
      new MutationObserver(() => {
        const root = document.getElementById('root')
        if (root && !root.querySelector('.boot-bar, header')) w.barGone = true
      }).observe(document, { subtree: true, childList: true })
    })
    await page.goto(address)
    await expect(page.getByRole('link', { name: 'llm-finetune' })).toBeVisible()
    expect(delayed).toBe(true)
    expect(await page.evaluate(() => (window as { barGone?: boolean }).barGone)).toBeUndefined()
  })
}
