import type { Localization } from '@mui/material/locale'
import type { Language } from './index'

/** What a language needs besides our catalogs: MUI's own texts (pagination, close, …). */
export interface LanguagePack {
  mui?: Localization
}

/** A language with nothing to add (English is MUI's default), or whose pack is not loaded yet. */
export const NO_PACK: LanguagePack = Object.freeze({})

// English needs nothing; Chinese is a chunk of its own, loaded on demand.
const packs: Partial<Record<Language, LanguagePack>> = { en: NO_PACK }
const loaders: Partial<Record<Language, () => Promise<LanguagePack>>> = {
  'zh-CN': () => import('./zh-cn-pack').then((m) => m.pack),
}

export async function loadPack(language: Language) {
  if (packs[language]) return
  packs[language] = (await loaders[language]?.()) ?? NO_PACK
}

/** The pack of a language loaded by loadPack, which setLanguage awaits before switching. */
export const packOf = (language: Language): LanguagePack => packs[language] ?? NO_PACK
