// How every browser here is launched: the e2e configs (through chromium.ts) and the tools.
import { existsSync } from 'node:fs'

// This machine cannot download Playwright's browser: use Debian's Chromium when it is there.
const systemChromium = '/usr/bin/chromium'

export const launchOptions = {
  executablePath: existsSync(systemChromium) ? systemChromium : undefined,
  // Without these, Chromium keeps trying to reach Google's hosts on a closed network.
  args: [
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
}
