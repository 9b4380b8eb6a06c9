// npm run bench: how fast the console is where it matters, in real Chromium, on the built demo
// and on a live build against fake-modelarts. Per scenario, medians over BENCH_RUNS fresh browser
// profiles (default 7) with min and max: first contentful paint, first pool row, JS (gzip) fetched
// before the first row, JS heap after GC, DOM nodes, and each interaction's time to paint, its
// longest task and its longest animation frame. Writes e2e/tools/bench-latest.json and prints the
// table the README shows. A third build, the floor (e2e/tools/floor), is the list's first screen
// drawn by React and MUI alone: its load numbers are what these two libraries cost by themselves.
// Absolute numbers are for the machine they ran on; compare runs as ratios.
import { execSync, spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium } from '@playwright/test'
import { launchOptions } from '../chromium-launch.mjs'
import { installProbes, interact, loadFacts } from './bench-page.mjs'

const RUNS = Number(process.env.BENCH_RUNS ?? 7)
const DEMO_PORT = 4180
const LIVE_PORT = 4181
const FLOOR_PORT = 4182
const FAKE_PORT = 8790
const LIVE_DIR = 'node_modules/.tmp/bench-live'
const FLOOR_DIR = 'node_modules/.tmp/bench-floor'
const FLOOR_CONFIG = 'e2e/tools/floor/vite.config.mjs'
const vite = 'node node_modules/vite/bin/vite.js'
const liveEnv = {
  ...process.env,
  HUAWEICLOUD_SDK_REGION: 'cn-north-4',
  MODELARTS_ENDPOINT: `http://127.0.0.1:${FAKE_PORT}`,
  MODELARTS_PROJECT_ID: '6f5da086876d4cd084d36f8bd3346036',
  MODELARTS_TOKEN: 'bench-token',
  VPC_ENDPOINT: '',
}
const demoEnv = {
  ...process.env,
  MODELARTS_ENDPOINT: '',
  MODELARTS_REGIONS: '',
  HUAWEICLOUD_SDK_REGION: '',
  HUAWEICLOUD_SDK_AK: '',
  HUAWEICLOUD_SDK_SK: '',
  MODELARTS_TOKEN: '',
}

if (!process.env.BENCH_SKIP_BUILD) {
  execSync(`${vite} build --logLevel warn`, { stdio: 'inherit', env: demoEnv })
  execSync(`${vite} build --outDir ${LIVE_DIR} --emptyOutDir --logLevel warn`, {
    stdio: 'inherit',
    env: liveEnv,
  })
  execSync(`${vite} build --config ${FLOOR_CONFIG} --outDir ${join(process.cwd(), FLOOR_DIR)}`, {
    stdio: 'inherit',
    env: demoEnv,
  })
}

const children = []
const start = (cmd, args, env) => {
  const child = spawn(cmd, args, { stdio: 'ignore', detached: true, env })
  children.push(child)
}
async function waitFor(url) {
  for (let i = 0; i < 150; i++) {
    try {
      await fetch(url)
      return
    } catch {
      await new Promise((r) => setTimeout(r, 200))
    }
  }
  throw new Error(`${url} did not come up`)
}
const fakeState = join(mkdtempSync(join(tmpdir(), 'bench-fake-')), 'state.json')
start('node', ['server/fake-modelarts.mjs'], {
  ...process.env,
  FAKE_MODELARTS_PORT: String(FAKE_PORT),
  FAKE_MODELARTS_TOKEN: 'bench-token',
  FAKE_MODELARTS_STATE: fakeState,
  FAKE_MODELARTS_QUIET: '1',
})
start(
  'node',
  [
    'node_modules/vite/bin/vite.js',
    'preview',
    '--port',
    String(DEMO_PORT),
    '--strictPort',
    '--host',
    '127.0.0.1',
  ],
  demoEnv,
)
start(
  'node',
  [
    'node_modules/vite/bin/vite.js',
    'preview',
    '--outDir',
    LIVE_DIR,
    '--port',
    String(LIVE_PORT),
    '--strictPort',
    '--host',
    '127.0.0.1',
  ],
  liveEnv,
)
start(
  'node',
  [
    'node_modules/vite/bin/vite.js',
    'preview',
    '--config',
    FLOOR_CONFIG,
    '--outDir',
    join(process.cwd(), FLOOR_DIR),
    '--port',
    String(FLOOR_PORT),
    '--strictPort',
    '--host',
    '127.0.0.1',
  ],
  demoEnv,
)
await Promise.all([
  waitFor(`http://127.0.0.1:${FLOOR_PORT}/`),
  waitFor(`http://127.0.0.1:${FAKE_PORT}/`),
  waitFor(`http://127.0.0.1:${DEMO_PORT}/`),
  waitFor(`http://127.0.0.1:${LIVE_PORT}/`),
])

/** Gzip size of the files a page fetched, read from the build it was served from. */
const gzipOf = (dir, paths) =>
  paths.reduce((n, p) => n + gzipSync(readFileSync(join(dir, p))).length, 0)

const INTERACTIONS = {
  'switch tab': [
    ['click', '#tab-infer'],
    'table[aria-label*="Service Deployment"] a[href*="/pools/"]',
  ],
  'sort by name': [
    ['click', 'table thead th:first-child [role="button"]'],
    'th[aria-sort="ascending"]',
  ],
  // The list filters in a deferred render after the keystroke shows: give it 500 ms to count.
  'search keystroke': [
    ['type', 'input[aria-label="Search pools by name"]', 'r'],
    '.MuiTablePagination-displayedRows',
    500,
  ],
  'next page': [
    ['click', 'button[aria-label="Go to next page"]'],
    '.MuiTablePagination-displayedRows|21–',
  ],
  'open Create': [['click', 'a[href*="/pools/create"]'], 'form [role="radiogroup"]'],
}

const browser = await chromium.launch(launchOptions)

async function run(scenario) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  await page.addInitScript(installProbes)
  const cdp = await context.newCDPSession(page)
  await page.goto(scenario.url)
  // Waited for over CDP, and the heap read before any page.evaluate: Playwright's own injected
  // script (waitForFunction, locators) is about 0.5-0.9 MiB of heap that is not the console's.
  const { result } = await cdp.send('Runtime.evaluate', {
    expression: `new Promise((ok) => {
      const t0 = performance.now()
      const t = setInterval(() => {
        const done = window.__bench.firstRow !== undefined
        if (done || performance.now() - t0 > 60000) clearInterval(t), ok(done)
      }, 20)
    })`,
    awaitPromise: true,
    returnByValue: true,
  })
  if (result.value !== true) throw new Error(`${scenario.url}: no pool row within 60 s`)
  // The list open and settled: what it loads after its first row (flavors, quotas) counts too.
  await new Promise((settled) => setTimeout(settled, 1000))
  await cdp.send('HeapProfiler.collectGarbage')
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  const facts = await page.evaluate(loadFacts)
  const out = {
    fcp: facts.fcp,
    firstRow: facts.firstRow,
    jsGzipKiB: gzipOf(scenario.dir, facts.scripts) / 1024,
    heapMiB: usedSize / 1024 / 1024,
    domNodes: facts.domNodes,
  }
  if (scenario.loadOnly) {
    await context.close()
    return out
  }
  const go = async (name, action, selector, settle = 0) => {
    const r = await page.evaluate(interact, [
      action[0],
      action[1],
      action[2] ?? '',
      selector,
      settle,
    ])
    out[`${name} ms`] = r.ms
    out[`${name} longest task`] = r.longestTask
    out[`${name} longest frame`] = r.longestFrame
  }
  // Each interaction from the list as first loaded (Create leaves it, so it comes last).
  await go('sort by name', ...INTERACTIONS['sort by name'])
  // The seed has one page only.
  if (scenario.large) await go('next page', ...INTERACTIONS['next page'])
  await go('search keystroke', ...INTERACTIONS['search keystroke'])
  await page.getByRole('textbox', { name: 'Search pools by name' }).fill('')
  await go('switch tab', ...INTERACTIONS['switch tab'])
  if (scenario.large) {
    await page.goto(scenario.url)
    await page.getByRole('textbox', { name: 'Search pools by name' }).fill('large-cluster-500')
    // A pointer reaches the button before it clicks (that is when the dialog's code loads).
    await page.getByRole('button', { name: 'Scale large-cluster-500' }).hover()
    await page.waitForTimeout(300)
    await go(
      'open Scale (500 nodes)',
      ['click', 'button[aria-label="Scale large-cluster-500"]'],
      '[role="dialog"] table tbody tr',
    )
    await page.keyboard.press('Escape')
  }
  await go('open Create', ...INTERACTIONS['open Create'])
  await context.close()
  return out
}

// A metric the browser could not measure (null) is left out, not counted as 0.
const stats = (xs) => {
  const s = xs.filter((x) => x !== null).sort((a, b) => a - b)
  if (s.length === 0) return null
  return { median: s[Math.floor(s.length / 2)], min: s[0], max: s.at(-1) }
}

const scenarios = [
  {
    name: 'demo, seed',
    url: `http://127.0.0.1:${DEMO_PORT}/cn-north-4/pools?type=train`,
    dir: 'dist',
  },
  {
    name: 'demo, 1,000 pools',
    url: `http://127.0.0.1:${DEMO_PORT}/cn-north-4/pools?type=train&demo-scenario=large`,
    dir: 'dist',
    large: true,
  },
  {
    name: 'live, fake-modelarts',
    url: `http://127.0.0.1:${LIVE_PORT}/cn-north-4/pools?type=train`,
    dir: LIVE_DIR,
  },
  {
    name: 'floor: React + MUI only',
    url: `http://127.0.0.1:${FLOOR_PORT}/`,
    dir: FLOOR_DIR,
    loadOnly: true,
  },
]

const results = {
  machine: `${process.platform} ${process.arch}, Chromium ${browser.version()}`,
  runs: RUNS,
  at: new Date().toISOString(),
  scenarios: {},
}
try {
  for (const scenario of scenarios) {
    const runs = []
    for (let i = 0; i < RUNS; i++) runs.push(await run(scenario))
    const metrics = Object.fromEntries(
      Object.keys(runs[0]).map((k) => [k, stats(runs.map((r) => r[k]))]),
    )
    results.scenarios[scenario.name] = metrics
    console.log(`\n${scenario.name} (median [min–max] of ${RUNS})`)
    for (const [k, v] of Object.entries(metrics))
      console.log(
        v
          ? `  ${k.padEnd(34)} ${v.median.toFixed(1).padStart(8)}  [${v.min.toFixed(1)}–${v.max.toFixed(1)}]`
          : `  ${k.padEnd(34)}  not measured`,
      )
  }
} finally {
  await browser.close()
  for (const child of children) {
    try {
      process.kill(-child.pid)
    } catch {
      child.kill()
    }
  }
}

writeFileSync('e2e/tools/bench-latest.json', `${JSON.stringify(results, null, 2)}\n`)

// The README's table: one row per metric, one column per scenario (medians).
const names = Object.keys(results.scenarios)
const keys = [...new Set(names.flatMap((n) => Object.keys(results.scenarios[n])))]
const unit = (k) =>
  k === 'jsGzipKiB' ? ' KiB' : k === 'heapMiB' ? ' MiB' : k === 'domNodes' ? '' : ' ms'
const label = {
  fcp: 'first contentful paint',
  firstRow: 'first pool row',
  jsGzipKiB: 'JS (gzip) before the first row',
  heapMiB: 'JS heap after GC',
  domNodes: 'DOM nodes',
}
console.log(`\n| | ${names.join(' | ')} |\n|---|${names.map(() => '---:').join('|')}|`)
for (const k of keys)
  console.log(
    `| ${label[k] ?? k} | ${names
      .map((n) => {
        const v = results.scenarios[n][k]
        return v ? `${v.median.toFixed(k === 'domNodes' ? 0 : 1)}${unit(k)}` : '—'
      })
      .join(' | ')} |`,
  )
