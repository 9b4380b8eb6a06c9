import i18next, { type BackendModule, type ResourceKey } from 'i18next'
import { initReactI18next } from 'react-i18next'
import common from './locales/en/common.json'
import { loadPack } from './packs'

/**
 * The console's two languages. i18next (with react-i18next) was chosen over Lingui and FormatJS
 * because it needs no compile step (Lingui's macros need a Babel/SWC pass our Vite 8 React plugin
 * does not run), its catalogs are plain JSON a translator or a test can read, its plurals come
 * from Intl.PluralRules, and it loads a namespace on demand.
 */
export const LANGUAGES = [
  { id: 'en', name: 'English' },
  { id: 'zh-CN', name: '简体中文' },
] as const
export type Language = (typeof LANGUAGES)[number]['id']

/** One catalog per area of the console, so each loads with the code that shows it. */
export const NAMESPACES = ['common', 'pools', 'list', 'create', 'actions', 'details'] as const
/** What the landing list needs before its first frame. */
const FIRST_NAMESPACES = ['common', 'pools', 'list']

export const LANGUAGE_STORAGE_KEY = 'console.language'

export const isLanguage = (value: unknown): value is Language =>
  LANGUAGES.some((l) => l.id === value)

/** The remembered choice, else the first of the browser's languages the console speaks. */
export function pickLanguage(
  stored: string | null = readStored(),
  preferred: readonly string[] = navigator.languages,
): Language {
  if (isLanguage(stored)) return stored
  for (const tag of preferred) {
    const lower = tag.toLowerCase()
    if (lower.startsWith('zh')) return 'zh-CN'
    if (lower.startsWith('en')) return 'en'
  }
  return 'en'
}

function readStored(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY)
  } catch {
    return null // storage can be off (some private windows): the browser's language then
  }
}

// English "common" ships in the entry chunk (the shell paints with it); every other catalog,
// and all of Chinese, is a chunk of its own fetched when first needed.
const catalogs = import.meta.glob<ResourceKey>(
  ['./locales/*/*.json', '!./locales/en/common.json'],
  { import: 'default' },
)

const lazyCatalogs: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, done) {
    const load = catalogs[`./locales/${language}/${namespace}.json`]
    if (!load) {
      done(new Error(`No ${language} catalog for ${namespace}`), false)
      return
    }
    load().then(
      (catalog) => done(null, catalog),
      (error: unknown) => done(error instanceof Error ? error : new Error(String(error)), false),
    )
  },
}

export const i18n = i18next

function reflectInPage(language: string) {
  document.documentElement.lang = language
  document.title = i18n.t('common:app.documentTitle')
}

/**
 * Starts i18n in the chosen language with the landing page's catalogs loaded. `bundled` lets
 * tests hand over every English catalog at once so nothing loads asynchronously there.
 */
export async function startI18n(
  language: Language = pickLanguage(),
  bundled: Record<string, ResourceKey> = { common },
) {
  // Every namespace at hand counts as loaded, so a language switch fetches each of them first.
  const namespaces = [...new Set([...FIRST_NAMESPACES, ...Object.keys(bundled)])]
  await Promise.all([
    loadPack(language),
    i18n
      .use(lazyCatalogs)
      .use(initReactI18next)
      .init({
        lng: language,
        supportedLngs: LANGUAGES.map((l) => l.id),
        // Both catalogs hold every key (catalogs.test.ts), so nothing falls back: a fallback
        // would only fetch English catalogs a Chinese page never shows.
        fallbackLng: false,
        load: 'currentOnly',
        ns: namespaces,
        defaultNS: 'common',
        resources: { en: bundled },
        partialBundledLanguages: true,
        // React escapes what it renders; escaping here too would show "&amp;".
        interpolation: { escapeValue: false },
        returnEmptyString: false,
      }),
  ])
  i18n.off('languageChanged', reflectInPage)
  i18n.on('languageChanged', reflectInPage)
  reflectInPage(i18n.language)
}

/**
 * Switches the language once its catalogs (for every namespace loaded so far) and MUI's texts
 * are here, so the page changes in one step and no screen suspends or loses what was typed.
 */
export async function setLanguage(language: Language) {
  await loadPack(language)
  await i18n.changeLanguage(language)
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language)
  } catch {
    // Not remembered when storage is off; the switch itself still holds for this page.
  }
}

/** The active language, for Intl formatters. */
export const activeLanguage = (): Language => (isLanguage(i18n.language) ? i18n.language : 'en')
