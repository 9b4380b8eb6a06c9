import { describe, expect, it } from 'vitest'
import { LANGUAGES, NAMESPACES } from './index'

/**
 * The two languages cannot drift: every key in one catalog is in the other, with the same
 * placeholders, and each language has exactly the plural forms it needs (English "one" and
 * "other"; Chinese only "other", as Intl.PluralRules says).
 */

type Catalog = { [key: string]: string | Catalog }
const files = import.meta.glob<Catalog>('./locales/*/*.json', { eager: true, import: 'default' })
const catalog = (language: string, ns: string) => files[`./locales/${language}/${ns}.json`]

function flatten(c: Catalog, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(c)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else for (const [k, v] of flatten(value, path)) out.set(k, v)
  }
  return out
}

const PLURAL = /_(zero|one|two|few|many|other)$/
const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}|\$t\(([^)]+)\)|<(\w+)\s*\/?>/g)]
    .map((m) => m[0])
    .sort()

/** Key without plural suffix → its forms and the placeholders they use together. */
function entries(language: string, ns: string) {
  const byBase = new Map<string, { forms: string[]; placeholders: Set<string> }>()
  for (const [key, text] of flatten(catalog(language, ns) ?? {})) {
    const form = PLURAL.exec(key)?.[1] ?? ''
    const base = key.replace(PLURAL, '')
    const entry = byBase.get(base) ?? { forms: [], placeholders: new Set<string>() }
    entry.forms.push(form)
    for (const p of placeholders(text)) entry.placeholders.add(p.replace(/\s+/g, ''))
    byBase.set(base, entry)
  }
  return byBase
}

const pluralForms = (language: string) =>
  new Intl.PluralRules(language).resolvedOptions().pluralCategories.slice().sort()

describe.each(NAMESPACES)('the %s catalogs', (ns) => {
  const [en, zh] = LANGUAGES.map((l) => entries(l.id, ns)) as [
    ReturnType<typeof entries>,
    ReturnType<typeof entries>,
  ]

  it('exist in both languages', () => {
    for (const l of LANGUAGES) expect(catalog(l.id, ns), l.id).toBeDefined()
  })

  it('hold the same keys', () => {
    expect([...zh.keys()].sort()).toEqual([...en.keys()].sort())
  })

  it('use the same placeholders in both languages', () => {
    for (const [key, entry] of en) {
      expect([...(zh.get(key)?.placeholders ?? [])].sort(), key).toEqual(
        [...entry.placeholders].sort(),
      )
    }
  })

  it.each(LANGUAGES.map((l) => l.id))('give plurals exactly the forms %s needs', (language) => {
    const needed = pluralForms(language)
    for (const [key, entry] of language === 'en' ? en : zh) {
      if (entry.forms.every((f) => f === '')) continue
      expect(entry.forms.slice().sort(), key).toEqual(needed)
    }
  })

  it('mark up words with flat tags only, as RichText reads them', () => {
    for (const l of LANGUAGES) {
      for (const [key, text] of flatten(catalog(l.id, ns) ?? {})) {
        const bare = text.replace(/<(\w+)\s*\/>|<(\w+)>[^<]*<\/\2>/g, '')
        expect(bare, `${l.id} ${key}`).not.toMatch(/<\/?\w+\s*\/?>/)
      }
    }
  })

  it('have no empty texts', () => {
    for (const l of LANGUAGES) {
      for (const [key, text] of flatten(catalog(l.id, ns) ?? {})) {
        expect(text.trim(), `${l.id} ${key}`).not.toBe('')
      }
    }
  })
})
