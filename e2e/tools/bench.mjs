// npm run bench: how fast the console is where it matters, measured in real Chromium on the
// built demo. Absolute numbers are for this machine only; the ratios (large project vs seed) are
// what to compare between runs.
import { execSync, spawn } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { launchOptions } from '../chromium-launch.mjs'

const PORT = Number(process.env.BENCH_PORT ?? 4180)
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const base = `http://127.0.0.1:${PORT}`

if (!process.env.BENCH_SKIP_BUILD) {
  execSync('npx vite build', { stdio: 'inherit', env: { ...process.env, MODELARTS_ENDPOINT: '' } })
}

// 1. What a visitor downloads first: the entry chunk, and proof the demo backend is not in it.
const html = readFileSync('dist/index.html', 'utf8')
const entry = /src="\/assets\/(index-[^"]+\.js)"/.exec(html)?.[1]
const entryCode = readFileSync(join('dist/assets', entry), 'utf8')
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`
const assets = readdirSync('dist/assets').filter((f) => f.endsWith('.js'))
const mswChunk = assets.find((f) =>
  readFileSync(join('dist/assets', f), 'utf8').includes('setupWorker'),
)
console.log(`entry chunk ${entry}: ${kb(statSync(join('dist/assets', entry)).size)}`)
console.log(
  `demo backend in entry chunk: ${entryCode.includes('setupWorker') ? 'YES (bad)' : 'no'}; lazy chunk: ${mswChunk}`,
)

const preview = spawn(
  'npx',
  ['vite', 'preview', '--port', String(PORT), '--strictPort', '--host', '127.0.0.1'],
  {
    stdio: 'ignore',
    detached: true,
  },
)
for (let i = 0; i < 100; i++) {
  try {
    await fetch(base)
    break
  } catch {
    await new Promise((r) => setTimeout(r, 200))
  }
}

const browser = await chromium.launch(launchOptions)

/**
 * Milliseconds from a user action until `selector` matches and that frame is painted, timed
 * entirely inside the page so Playwright's own round trips do not count. `action` is
 * ['click', selector] or ['type', selector, text]; `selector` may end in `|text` to also require
 * that text in the element.
 */
function timeUntil(page, action, selector) {
  return page.evaluate(
    ([act, target, text, sel]) =>
      new Promise((resolve) => {
        const t0 = performance.now()
        const done = () => requestAnimationFrame(() => resolve(performance.now() - t0))
        const [css, contains] = sel.split('|')
        const matches = () =>
          [...document.querySelectorAll(css)].some(
            (e) => !contains || e.textContent.includes(contains),
          )
        const mo = new MutationObserver(() => {
          if (matches()) {
            mo.disconnect()
            done()
          }
        })
        mo.observe(document.body, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        })
        const el = document.querySelector(target)
        if (act === 'click') el.click()
        else {
          const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set
          setter.call(el, text)
          el.dispatchEvent(new Event('input', { bubbles: true }))
        }
      }),
    [action[0], action[1], action[2] ?? '', selector],
  )
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

async function scenario(name, query) {
  const load = []
  const tab = []
  const search = []
  const page2 = []
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
    const page = await context.newPage()
    const t0 = Date.now()
    await page.goto(`${base}/pools?type=train${query}`)
    await page.locator('table a[href*="/pools/"]').first().waitFor({ timeout: 60_000 })
    load.push(Date.now() - t0)
    tab.push(
      await timeUntil(
        page,
        ['click', '#tab-infer'],
        'table[aria-label*="Service Deployment"] a[href*="/pools/"]',
      ),
    )
    search.push(
      await timeUntil(
        page,
        ['type', 'input[aria-label="Search pools by name"]', 'realtime'],
        'table a[href*="realtime-inference"]',
      ),
    )
    await page.getByRole('textbox', { name: 'Search pools by name' }).fill('')
    await page.locator('table tbody tr').nth(3).waitFor()
    const next = page.getByRole('button', { name: /next page/i })
    if (await next.isEnabled()) {
      page2.push(
        await timeUntil(
          page,
          ['click', 'button[aria-label="Go to next page"]'],
          '.MuiTablePagination-displayedRows|21–',
        ),
      )
    }
    await context.close()
  }
  const r = {
    name,
    load: median(load),
    tab: median(tab),
    search: median(search),
    page2: page2.length ? median(page2) : undefined,
  }
  console.log(
    `${name.padEnd(8)} open list ${r.load} ms · switch tab ${r.tab.toFixed(1)} ms · search ${r.search.toFixed(1)} ms` +
      (r.page2 ? ` · next page ${r.page2.toFixed(1)} ms` : ''),
  )
  return r
}

try {
  console.log(`median of ${RUNS} runs each, in ${chromium.name()} at ${base}`)
  const small = await scenario('seed', '')
  const large = await scenario('large', '&demo-scenario=large')
  console.log(
    `ratio large/seed: open ${(large.load / small.load).toFixed(2)}× · tab ${(large.tab / small.tab).toFixed(2)}× · search ${(large.search / small.search).toFixed(2)}×`,
  )
} finally {
  await browser.close()
  try {
    process.kill(-preview.pid)
  } catch {
    preview.kill()
  }
}
