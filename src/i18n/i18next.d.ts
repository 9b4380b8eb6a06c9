import 'i18next'
import type actions from './locales/en/actions.json'
import type common from './locales/en/common.json'
import type create from './locales/en/create.json'
import type details from './locales/en/details.json'
import type list from './locales/en/list.json'
import type pools from './locales/en/pools.json'

// English is the source catalog: a key used in code but missing there fails the typecheck;
// one missing in Chinese fails catalogs.test.ts.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common'
    resources: {
      common: typeof common
      pools: typeof pools
      list: typeof list
      create: typeof create
      actions: typeof actions
      details: typeof details
    }
  }
}
