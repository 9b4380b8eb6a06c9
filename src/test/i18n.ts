import type { ResourceKey } from 'i18next'
import { startI18n } from '@/i18n'

// Every English catalog at once: a test renders any screen without waiting for a catalog chunk.
const english = import.meta.glob<ResourceKey>('../i18n/locales/en/*.json', {
  eager: true,
  import: 'default',
})
const bundled = Object.fromEntries(
  Object.entries(english).map(([path, catalog]) => [/(\w+)\.json$/.exec(path)![1]!, catalog]),
)

export const startTestI18n = () => startI18n('en', bundled)
