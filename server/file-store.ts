import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { SeedOptions } from '@/mocks/seed'
import type { SimState } from '@/mocks/state'
import { cachedStore, isState, type SimStore } from '@/mocks/store'

/**
 * The simulated project in a JSON file, so the fake survives a restart (or a crash) with every
 * pool it had. Each write goes to a temporary file that is then renamed over the old one: a kill
 * at any moment leaves either the previous state or the new one, never half of a file.
 */
export function fileStore(path: string, options: Omit<SeedOptions, 'now'> = {}): SimStore {
  let written = 0

  const save = (state: SimState) => {
    mkdirSync(dirname(path), { recursive: true })
    // Named like the state file, so the same ignore rule (.fake-modelarts*.json) covers it.
    const tmp = `${path}.${process.pid}.${++written}.tmp.json`
    try {
      writeFileSync(tmp, JSON.stringify(state))
      renameSync(tmp, path)
    } catch (cause) {
      rmSync(tmp, { force: true })
      throw cause
    }
  }

  const load = (): SimState | undefined => {
    let text: string
    try {
      text = readFileSync(path, 'utf8')
    } catch {
      return undefined
    }
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      // Never overwrite what might be someone's only copy of their pools: make them decide.
      throw new Error(
        `The state file ${path} is not valid JSON. Fix it, or delete it to start from the seed.`,
      )
    }
    // A file from an older simulator cannot be read; the seed replaces it, as in the browser.
    if (!isState(parsed)) return undefined
    if (options.projectId && parsed.projectId !== options.projectId) {
      throw new Error(
        `The state file ${path} belongs to project ${parsed.projectId}, not ${options.projectId}. ` +
          'Use another file (FAKE_MODELARTS_STATE) or delete this one.',
      )
    }
    return parsed
  }

  return cachedStore({ load, save }, options)
}
