// Screenshots of the running console, to look at what we build:
//   node e2e/tools/screenshot.mjs http://localhost:5173/pools?type=train out.png [width] [height]
// SCHEME=dark|light and LOCALE=zh-CN|en set the browser's colour scheme and language.
import { chromium } from '@playwright/test'
import { launchOptions } from '../chromium-launch.mjs'

const [url, out = 'screenshot.png', width = '1440', height = '900'] = process.argv.slice(2)
if (!url) {
  console.error('usage: node e2e/tools/screenshot.mjs URL [out.png] [width] [height]')
  process.exit(2)
}
const browser = await chromium.launch(launchOptions)
const page = await browser.newPage({
  viewport: { width: Number(width), height: Number(height) },
  colorScheme: process.env.SCHEME === 'dark' ? 'dark' : 'light',
  locale: process.env.LOCALE ?? 'en-US',
})
page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()))
page.on('pageerror', (e) => console.error('pageerror:', e.message))
await page.goto(url)
await page.waitForLoadState('networkidle')
await page.waitForTimeout(Number(process.env.WAIT ?? 800))
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' })
await browser.close()
