import { useEffect } from 'react'
import type { FieldPath, FieldValues, UseFormReturn } from 'react-hook-form'
import { i18n } from '@/i18n'

/**
 * Validation messages are worked out when the form validates, so a message on screen stays in
 * the old language after a switch. Checking the fields that show one again brings it into the
 * new language. The service's own words (`type: 'server'`) are kept: checking again would clear
 * them, and they are not translated anyway.
 */
export function useRevalidateOnLanguageChange<T extends FieldValues>(
  form: UseFormReturn<T, unknown, unknown>,
  fields: readonly FieldPath<T>[],
) {
  const { getFieldState, trigger } = form
  useEffect(() => {
    const onChange = () => {
      // getFieldState reads the errors as they are now (formState is only as fresh as the
      // last render that read it).
      const names = fields.filter((name) => {
        const { error } = getFieldState(name)
        return error && error.type !== 'server'
      })
      if (names.length === 0) return
      // The event can come before this namespace is loaded in the new language.
      void i18n.loadNamespaces('create').then(() => trigger(names))
    }
    i18n.on('languageChanged', onChange)
    return () => i18n.off('languageChanged', onChange)
  }, [fields, getFieldState, trigger])
}
