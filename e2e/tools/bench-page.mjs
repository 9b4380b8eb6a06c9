// What `npm run bench` measures inside the page: code that runs in Chromium, kept apart from the
// orchestration in bench.mjs. Everything is timed by the page's own clock.

/**
 * Installed before any page script: records when the first pool row is in the DOM (and painted),
 * and every long animation frame, so nothing depends on Playwright's round trips.
 */
export function installProbes() {
  const w = /** @type {any} */ (window)
  // frames stays null where the browser cannot report long animation frames: unmeasured, not 0.
  w.__bench = { firstRow: undefined, frames: null, tasks: [] }
  const seen = () => document.querySelector('table a[href*="/pools/"]')
  const mo = new MutationObserver(() => {
    if (w.__bench.firstRow !== undefined || !seen()) return
    mo.disconnect()
    requestAnimationFrame(() => {
      w.__bench.firstRow = performance.now()
    })
  })
  mo.observe(document, { subtree: true, childList: true })
  // Long tasks (one task of 50 ms or more) and long animation frames (50 ms or more from one
  // paint to the next, which may be several shorter tasks plus style and layout).
  const record = (into) => (list) => {
    for (const e of list.getEntries()) into.push({ start: e.startTime, duration: e.duration })
  }
  new PerformanceObserver(record(w.__bench.tasks)).observe({ type: 'longtask', buffered: true })
  if (PerformanceObserver.supportedEntryTypes.includes('long-animation-frame')) {
    w.__bench.frames = []
    new PerformanceObserver(record(w.__bench.frames)).observe({
      type: 'long-animation-frame',
      buffered: true,
    })
  }
}

/** FCP, first row, and the scripts fetched before the first row (by URL). */
export function loadFacts() {
  const w = /** @type {any} */ (window)
  const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime
  const firstRow = w.__bench.firstRow
  const scripts = performance
    .getEntriesByType('resource')
    .filter((e) => e.initiatorType === 'script' || e.name.endsWith('.js'))
    .filter((e) => e.responseEnd <= firstRow)
    .map((e) => new URL(e.name).pathname)
  return { fcp, firstRow, scripts, domNodes: document.getElementsByTagName('*').length }
}

/**
 * Runs one interaction and reports how long until `selector` matches and that frame is painted,
 * and the longest task and the longest animation frame overlapping the time from the action until
 * `settle` ms after that paint (work the interaction deferred counts too); 0 when none reached
 * 50 ms.
 * `action`: ['click', selector] or ['type', selector, text]. `selector` may end in `|text`.
 */
export function interact([act, target, text, sel, settle]) {
  const w = /** @type {any} */ (window)
  return new Promise((resolve, reject) => {
    const t0 = performance.now()
    const [css, contains] = sel.split('|')
    const matches = () =>
      [...document.querySelectorAll(css)].some((e) => !contains || e.textContent.includes(contains))
    const finish = () =>
      requestAnimationFrame(() => {
        const t1 = performance.now()
        // Long-frame entries arrive after their frame: wait for them (and for deferred work).
        setTimeout(
          () => {
            const end = performance.now()
            // Entries overlapping the interaction: the click runs inside a task begun before t0.
            const longest = (entries) =>
              entries
                .filter((f) => f.start + f.duration >= t0 && f.start <= end)
                .reduce((m, f) => Math.max(m, f.duration), 0)
            resolve({
              ms: t1 - t0,
              longestTask: longest(w.__bench.tasks),
              longestFrame: w.__bench.frames && longest(w.__bench.frames),
            })
          },
          Math.max(150, settle || 0),
        )
      })
    const mo = new MutationObserver(() => {
      if (!matches()) return
      mo.disconnect()
      clearTimeout(giveUp)
      finish()
    })
    const giveUp = setTimeout(() => {
      mo.disconnect()
      reject(new Error(`${act} ${target}: ${sel} never appeared`))
    }, 20_000)
    mo.observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    })
    const el = document.querySelector(target)
    if (!el) return reject(new Error(`no ${target}`))
    if (act === 'click') el.click()
    else {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set
      setter.call(el, text)
      el.dispatchEvent(new Event('input', { bubbles: true }))
    }
  })
}
