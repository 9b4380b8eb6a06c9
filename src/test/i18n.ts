import { act } from '@testing-library/react'
import type { Namespace, ResourceKey } from 'i18next'
import { onTestFinished } from 'vitest'
import { i18n, startI18n } from '@/i18n'

// Every English catalog at once: a test renders any screen without waiting for a catalog chunk.
const english = import.meta.glob<ResourceKey>('../i18n/locales/en/*.json', {
  eager: true,
  import: 'default',
})
const bundled = Object.fromEntries(
  Object.entries(english).map(([path, catalog]) => [/(\w+)\.json$/.exec(path)![1]!, catalog]),
)

export const startTestI18n = () => startI18n('en', bundled)

/**
 * Switches the console to 简体中文 with the named catalogs loaded (as the language switch does),
 * and back to English when the test ends, so no other test starts in Chinese.
 */
export async function inChinese(...namespaces: Extract<Namespace, string>[]) {
  onTestFinished(async () => {
    await act(async () => {
      await i18n.changeLanguage('en')
    })
  })
  await act(async () => {
    await i18n.changeLanguage('zh-CN')
    await i18n.loadNamespaces(namespaces)
  })
}
