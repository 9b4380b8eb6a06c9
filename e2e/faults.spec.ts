// Longer than most on purpose: every fault of issue 11 injected between browser and proxy, on
// one live setup that is expensive to start.
import type { APIRequestContext, Locator, Page, Route } from '@playwright/test'
import { fakeUrl, LIVE } from './live-env'
import {
  api,
  axe,
  countApiCalls,
  expect,
  poolNames,
  row,
  test,
  trainPoolBody,
} from './live-fixture'

/**
 * Faults injected between the browser and the console's proxy (Playwright routes), in live mode
 * against fake-modelarts: what a user sees under each, and that every intent makes one change.
 */

const POOLS = /\/api\/modelarts\/v2\/[^/]+\/pools(\?.*)?$/
const listOnly = (route: Route) => !new URL(route.request().url()).searchParams.has('status')

/** Uncaught errors and CSP refusals the page reports: under every fault there must be none. */
function watchPage(page: Page) {
  const problems: string[] = []
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`))
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) problems.push(`csp: ${m.text()}`)
  })
  return problems
}

/** Every write the page sends to the cloud API, as "METHOD /path". */
function countWrites(page: Page) {
  const writes: string[] = []
  page.on('request', (req) => {
    const url = new URL(req.url())
    if (url.pathname.startsWith('/api/') && req.method() !== 'GET')
      writes.push(`${req.method()} ${url.pathname}`)
  })
  return writes
}

const origin = `http://127.0.0.1:${LIVE.consolePort}`

/**
 * Two clicks in one turn of the page's event loop: React has not rendered between them, so the
 * button is still enabled for the second, and only the write's own guard can stop it.
 */
const clickTwiceAtOnce = (button: Locator) =>
  button.evaluate((el: HTMLElement) => {
    el.click()
    el.click()
  })

/** A Running pool of one CPU node of its own, so no test depends on another's leftovers. */
async function runningPool(request: APIRequestContext, name: string) {
  made.push(name)
  const created = await request.post(api('/pools'), {
    headers: { Origin: origin },
    data: trainPoolBody(name, 'modelarts.vm.cpu.4ud', 1),
  })
  expect(created.status()).toBe(200)
  const id = ((await created.json()) as { metadata: { name: string } }).metadata.name
  await expect
    .poll(
      async () =>
        ((await (await request.get(api(`/pools/${id}`))).json()) as { status?: { phase?: string } })
          .status?.phase,
      { timeout: 30_000 },
    )
    .toBe('Running')
  return id
}

/**
 * Deletes the pools a test made (by display name), so the project stays inside its pool quota.
 * A pool still Creating cannot be deleted yet: asked again until it can.
 */
async function removePools(request: APIRequestContext, names: string[]) {
  const list = (await (await request.get(api('/pools'))).json()) as {
    items: {
      metadata: { name: string; labels?: Record<string, string> }
      status?: { phase?: string }
    }[]
  }
  const ids = list.items
    .filter((p) => names.includes(p.metadata.labels?.['os.modelarts/name'] ?? ''))
    .filter((p) => p.status?.phase !== 'Deleting')
    .map((p) => p.metadata.name)
  for (const id of ids) {
    await expect
      .poll(
        async () => {
          const res = await request.delete(api(`/pools/${id}`), { headers: { Origin: origin } })
          return res.status() === 404 ? 200 : res.status()
        },
        { timeout: 30_000, intervals: [1_000] },
      )
      .toBe(200)
  }
}

const made: string[] = []
test.afterEach(async ({ request }) => {
  await removePools(request, made.splice(0))
})

test.describe('the pool list under faults', () => {
  const faults: [string, (route: Route) => Promise<void>, RegExp][] = [
    [
      'a 503 in ModelArts words',
      (r) =>
        r.fulfill({
          status: 503,
          json: { error_code: 'ModelArts.5039', error_msg: 'The service is busy.' },
        }),
      /The service is busy\./,
    ],
    [
      'a gateway’s HTML page',
      (r) =>
        r.fulfill({
          status: 502,
          contentType: 'text/html',
          body: '<html><body><h1>502 Bad Gateway</h1></body></html>',
        }),
      /The service answered 502/,
    ],
    ['a dropped connection', (r) => r.abort('connectionreset'), /The service could not be reached/],
    [
      'malformed JSON',
      (r) => r.fulfill({ status: 200, contentType: 'application/json', body: '{"items": [' }),
      /does not understand/,
    ],
    [
      'a 200 that breaks the schema',
      (r) => r.fulfill({ status: 200, json: { kind: 'PoolList', items: 'none' } }),
      /does not understand/,
    ],
  ]

  for (const [fault, answer, message] of faults) {
    test(`says what went wrong under ${fault}, with Retry that recovers`, async ({
      page,
      fake,
    }) => {
      void fake
      const problems = watchPage(page)
      await page.route(POOLS, (route) => (listOnly(route) ? answer(route) : route.continue()))
      await page.goto('/pools?type=train')
      const error = page.getByRole('alert').filter({ hasText: 'The pools could not be loaded' })
      await expect(error).toBeVisible({ timeout: 20_000 })
      await expect(error).toContainText(message)
      await page.unroute(POOLS)
      await error.getByRole('button', { name: 'Retry' }).click()
      await expect(row(page, 'llm-finetune')).toBeVisible()
      expect(problems).toEqual([])
    })
  }

  test('waits as long as Retry-After says before asking again', async ({ page, fake }) => {
    void fake
    const asked: number[] = []
    await page.route(POOLS, async (route) => {
      if (!listOnly(route)) return route.continue()
      asked.push(Date.now())
      if (asked.length > 1) return route.continue()
      return route.fulfill({
        status: 429,
        headers: { 'Retry-After': '3' },
        json: { error_code: 'APIGW.0308', error_msg: 'The request is throttled.' },
      })
    })
    await page.goto('/pools?type=train')
    await expect(row(page, 'llm-finetune')).toBeVisible({ timeout: 20_000 })
    expect(asked).toHaveLength(2)
    // Not the usual one-second backoff: the service said three.
    expect(asked[1]! - asked[0]!).toBeGreaterThanOrEqual(2_900)
  })

  test('gives up on a list request that hangs, and the retry shows the pools', async ({
    page,
    fake,
  }) => {
    void fake
    await page.clock.install()
    let hung = 0
    await page.route(POOLS, async (route) => {
      if (!listOnly(route) || hung++ > 0) return route.continue()
      // Never answered: only the console's own timeout ends this request.
    })
    await page.goto('/pools?type=train')
    await expect(page.getByTestId('skeleton-row').first()).toBeVisible()
    await page.clock.fastForward(16_000)
    await expect(row(page, 'llm-finetune')).toBeVisible({ timeout: 20_000 })
    expect(hung).toBe(2)
  })

  test('shows the other pools when one is malformed, and names it with what was wrong', async ({
    page,
    fake,
  }) => {
    void fake
    const problems = watchPage(page)
    await page.route(POOLS, async (route) => {
      if (!listOnly(route)) return route.continue()
      const real = await route.fetch()
      const body = (await real.json()) as { items: { spec: Record<string, unknown> }[] }
      body.items[1]!.spec = { ...body.items[1]!.spec, resources: 'lots' }
      return route.fulfill({ response: real, json: body })
    })
    await page.goto('/pools?type=train')
    await expect(row(page, 'llm-finetune')).toBeVisible()
    const note = page.getByText('1 pool could not be shown')
    await expect(note).toBeVisible()
    await expect(page.getByText(/spec\.resources/)).toBeVisible()
    await axe(page)
    expect(problems).toEqual([])
  })

  test('a failing background refresh keeps the pools and says how old they are; an idle page asks nothing', async ({
    page,
    fake,
  }) => {
    void fake
    await page.goto('/pools?type=train')
    await expect(row(page, 'llm-finetune')).toBeVisible()
    await page.route(POOLS, (route) =>
      listOnly(route)
        ? route.fulfill({
            status: 503,
            json: { error_code: 'ModelArts.5039', error_msg: 'The service is busy.' },
          })
        : route.continue(),
    )
    await page.getByRole('button', { name: 'Refresh' }).click()
    const stale = page.getByRole('status').filter({ hasText: 'could not be refreshed' })
    await expect(stale).toBeVisible({ timeout: 20_000 })
    await expect(stale).toContainText('shown as they were')
    await expect(row(page, 'llm-finetune')).toBeVisible()
    await page.mouse.move(0, 0) // the Refresh tooltip is no part of the notice under test
    await expect(page.getByRole('tooltip')).toHaveCount(0)
    await axe(page)

    await page.unroute(POOLS)
    await stale.getByRole('button', { name: 'Retry' }).click()
    await expect(stale).toBeHidden()
    // With nothing changing, an idle page asks nothing.
    const calls = countApiCalls(page)
    await page.waitForTimeout(4_000)
    expect(calls).toEqual([])
  })
})

test.describe('changes under faults', () => {
  test('a create whose answer cannot be read is checked, and reported created once', async ({
    page,
    fake,
  }) => {
    void fake
    const problems = watchPage(page)
    const writes = countWrites(page)
    await page.route(POOLS, async (route) => {
      if (route.request().method() !== 'POST') return route.continue()
      await route.fetch() // the service creates the pool…
      return route.fulfill({ status: 200, json: { kind: 'Pool', spec: 42 } }) // …the answer breaks
    })
    await page.goto('/pools/create?type=train')
    const flavor = page
      .getByRole('radiogroup', { name: 'Specifications' })
      .getByRole('radio', { name: /CPU · 4 vCPUs/ })
    await expect(flavor).toBeEnabled()
    made.push('fault-create')
    await page.getByRole('textbox', { name: 'Name' }).fill('fault-create')
    await flavor.check()
    await page.getByRole('button', { name: 'Next' }).click()
    await clickTwiceAtOnce(page.getByRole('button', { name: 'Submit' }))
    await expect(page.getByText('Pool fault-create is being created')).toBeVisible()
    await expect(page).toHaveURL(/\/pools\?type=train/)
    expect(writes.filter((w) => w.endsWith('/pools'))).toHaveLength(1)
    expect((await poolNames(page)).filter((n) => n === 'fault-create')).toHaveLength(1)
    expect(problems).toEqual([])
  })

  test('a double-click on Submit in Scale sends one request', async ({ page, fake }) => {
    void fake
    await runningPool(page.request, 'fault-scale')
    const writes = countWrites(page)
    await page.goto('/pools?type=train')
    await row(page, 'fault-scale').getByRole('button', { name: 'Scale fault-scale' }).click()
    const dialog = page.getByRole('dialog', { name: 'Scale pool fault-scale' })
    await expect(dialog.getByRole('table', { name: 'Nodes of fault-scale' })).toBeVisible()
    await dialog.getByRole('button', { name: 'Increase nodes' }).click()
    await clickTwiceAtOnce(dialog.getByRole('button', { name: 'Submit' }))
    await expect(page.getByText('Adding 1 node to pool fault-scale.')).toBeVisible()
    await expect(dialog).toBeHidden()
    expect(writes.filter((w) => w.startsWith('PATCH'))).toHaveLength(1)
    await expect(page.getByText(/could not be scaled/)).toHaveCount(0)
  })

  test('Scale can be left while its request hangs; the change goes on and ends in a notice', async ({
    page,
    fake,
  }) => {
    void fake
    const id = await runningPool(page.request, 'fault-leave')
    let held: Route | undefined
    await page.route(`**${api(`/pools/${id}`)}`, (route) =>
      route.request().method() === 'PATCH' ? void (held = route) : route.continue(),
    )
    await page.goto('/pools?type=train')
    await row(page, 'fault-leave').getByRole('button', { name: 'Scale fault-leave' }).click()
    const dialog = page.getByRole('dialog', { name: 'Scale pool fault-leave' })
    await expect(dialog.getByRole('table', { name: 'Nodes of fault-leave' })).toBeVisible()
    await dialog.getByRole('button', { name: 'Increase nodes' }).click()
    await dialog.getByRole('button', { name: 'Submit' }).click()
    await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused()
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    await expect.poll(() => held).toBeDefined()
    await held!.continue()
    await expect(page.getByText('Adding 1 node to pool fault-leave.')).toBeVisible()
    await expect(row(page, 'fault-leave')).toContainText('Scaling')
  })

  test('a double-click on OK in Delete sends one request', async ({ page, fake }) => {
    void fake
    await runningPool(page.request, 'fault-delete')
    const writes = countWrites(page)
    await page.goto('/pools?type=train')
    await row(page, 'fault-delete').getByRole('button', { name: 'Delete fault-delete' }).click()
    const dialog = page.getByRole('dialog', { name: 'Delete pool fault-delete?' })
    await dialog.getByRole('textbox', { name: 'Pool name' }).fill('fault-delete')
    await clickTwiceAtOnce(dialog.getByRole('button', { name: 'OK' }))
    await expect(page.getByText('Pool fault-delete is being deleted.')).toBeVisible()
    expect(writes.filter((w) => w.startsWith('DELETE'))).toHaveLength(1)
    await expect(page.getByText(/could not be deleted/)).toHaveCount(0)
  })

  test('a deletion answered with a gateway page is checked, and reported as done', async ({
    page,
    fake,
  }) => {
    void fake
    const id = await runningPool(page.request, 'fault-gateway')
    await page.route(`**${api(`/pools/${id}`)}`, async (route) => {
      if (route.request().method() !== 'DELETE') return route.continue()
      await route.fetch()
      return route.fulfill({ status: 502, contentType: 'text/html', body: '<h1>Bad Gateway</h1>' })
    })
    await page.goto('/pools?type=train')
    await row(page, 'fault-gateway').getByRole('button', { name: 'Delete fault-gateway' }).click()
    const dialog = page.getByRole('dialog', { name: 'Delete pool fault-gateway?' })
    await dialog.getByRole('textbox', { name: 'Pool name' }).fill('fault-gateway')
    await dialog.getByRole('button', { name: 'OK' }).click()
    await expect(page.getByText('Pool fault-gateway is being deleted.')).toBeVisible()
    await expect(dialog).toBeHidden()
  })

  test('a refused token inside a dialog says what to do', async ({ page, fake }) => {
    void fake
    await page.route(`**${api('/pools/*')}`, (route) =>
      route.request().method() === 'DELETE'
        ? route.fulfill({
            status: 401,
            json: { error_code: 'ModelArts.50001000', error_msg: 'The token expired.' },
          })
        : route.continue(),
    )
    await page.goto('/pools?type=train')
    await row(page, 'notebook-sandbox')
      .getByRole('button', { name: 'Delete notebook-sandbox' })
      .click()
    const dialog = page.getByRole('dialog', { name: 'Delete pool notebook-sandbox?' })
    await dialog.getByRole('textbox', { name: 'Pool name' }).fill('notebook-sandbox')
    await dialog.getByRole('button', { name: 'OK' }).click()
    await expect(dialog.getByText('Not signed in to ModelArts', { exact: false })).toBeVisible()
    await expect(dialog).toContainText('MODELARTS_TOKEN')
    await axe(page)
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await expect(dialog).toBeHidden()
  })
})

test.describe('the proxy, probed', () => {
  test('another origin’s page can neither read through it nor change anything', async ({
    page,
    fake,
  }) => {
    void fake
    // fake-modelarts' own origin stands in for any other local web page.
    await page.goto(`${fakeUrl}/healthz`)
    const tries = await page.evaluate(
      async (target) => {
        const attempt = (init?: RequestInit) =>
          fetch(target, init).then(
            (r) => `answered ${r.status}`,
            (e: unknown) => `refused: ${String(e)}`,
          )
        return [await attempt(), await attempt({ method: 'DELETE' })]
      },
      `${origin}${api('/pools')}`,
    )
    expect(tries).toEqual([expect.stringMatching(/^refused/), expect.stringMatching(/^refused/)])
    // What the browser was refused, the proxy never sent on.
    const direct = await page.request.get(`${origin}${api('/pools')}`, {
      headers: { Origin: fakeUrl },
    })
    expect(direct.status()).toBe(403)
    expect(direct.headers()['access-control-allow-origin']).toBeUndefined()
  })

  test('forwards only what the console uses, refuses large bodies, and sends security headers', async ({
    page,
    fake,
  }) => {
    void fake
    const other = await page.request.get(`${origin}/api/modelarts/v1/${LIVE.region}/notebooks`)
    expect(other.status()).toBe(404)
    expect(await other.json()).toMatchObject({ error_code: 'Console.NotForwarded' })

    const big = await page.request.post(`${origin}${api('/pools')}`, {
      headers: { Origin: origin, 'Content-Type': 'application/json' },
      data: 'x'.repeat(5 * 1024 * 1024),
    })
    expect(big.status()).toBe(413)

    const index = await page.request.get(`${origin}/pools`)
    const headers = index.headers()
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(headers['content-security-policy']).not.toMatch(/script-src[^;]*unsafe-inline/)
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['x-frame-options']).toBe('DENY')

    // No source maps in the live build.
    await page.goto('/pools?type=train')
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .filter((n) => n.endsWith('.js')),
    )
    expect(scripts.length).toBeGreaterThan(0)
    for (const script of scripts) {
      const map = await page.request.get(`${script}.map`)
      expect(await map.text(), script).not.toContain('"mappings"')
    }
  })
})
