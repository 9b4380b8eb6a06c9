import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import type { PoolType } from '@/api/pools'
import { i18n } from '@/i18n'
import { isPoolType, statusLabel } from './pool-model'

export type SortKey = 'name' | 'created'
export type SortOrder = 'asc' | 'desc'
export const PAGE_SIZES = [10, 20, 50, 100] as const

export interface ListParams {
  type: PoolType
  q: string
  /** A pool status (`Abnormal`), or '' for all. */
  status: string
  /** An accelerator as the console names it (`NVIDIA T4`), or '' for all. */
  gpu: string
  sort: SortKey
  order: SortOrder
  /** 0-based. */
  page: number
  size: number
}

const DEFAULTS: ListParams = {
  type: 'train',
  q: '',
  status: '',
  gpu: '',
  sort: 'created',
  order: 'desc',
  page: 0,
  size: 20,
}

/** The list's state lives in the URL, so reload, back/forward and shared links all work. */
export function useListParams() {
  const [search, setSearch] = useSearchParams()

  const params = useMemo<ListParams>(() => {
    const type = search.get('type')
    const sort = search.get('sort')
    const order = search.get('order')
    const page = Number(search.get('page'))
    const size = Number(search.get('size'))
    return {
      type: isPoolType(type) ? type : DEFAULTS.type,
      q: search.get('q') ?? '',
      status: search.get('status') ?? '',
      gpu: search.get('gpu') ?? '',
      sort: sort === 'name' || sort === 'created' ? sort : DEFAULTS.sort,
      order: order === 'asc' || order === 'desc' ? order : DEFAULTS.order,
      page: Number.isInteger(page) && page > 1 ? page - 1 : 0,
      size: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULTS.size,
    }
  }, [search])

  const update = useCallback(
    (patch: Partial<ListParams>, options: { replace?: boolean } = {}) => {
      setSearch(
        (prev) => {
          const next = new URLSearchParams(prev)
          const merged = { ...params, ...patch }
          // Anything but the page itself moves the reader back to the first page.
          if (!('page' in patch)) merged.page = 0
          const entries: [string, string | undefined][] = [
            ['type', merged.type],
            ['q', merged.q || undefined],
            ['status', merged.status || undefined],
            ['gpu', merged.gpu || undefined],
            ['sort', merged.sort === DEFAULTS.sort ? undefined : merged.sort],
            ['order', merged.order === DEFAULTS.order ? undefined : merged.order],
            ['page', merged.page > 0 ? String(merged.page + 1) : undefined],
            ['size', merged.size === DEFAULTS.size ? undefined : String(merged.size)],
          ]
          for (const [k, v] of entries) {
            if (v === undefined) next.delete(k)
            else next.set(k, v)
          }
          return next
        },
        { replace: options.replace },
      )
    },
    [params, setSearch],
  )

  return [params, update] as const
}

/**
 * The filters in force besides the search, as chips that say what they keep and clear it. Called
 * on every render, so the labels follow a language switch.
 */
export function activeFilters(
  params: ListParams,
  update: (patch: Partial<ListParams>) => void,
  /** The accelerator filter waits for the flavors; until then it is named but not applied. */
  flavorsKnown = true,
): { key: string; label: string; clear: () => void }[] {
  const out = []
  if (params.status)
    out.push({
      key: 'status',
      label: i18n.t('list:filters.status', { status: statusLabel(params.status) }),
      clear: () => update({ status: '' }),
    })
  if (params.gpu)
    out.push({
      key: 'gpu',
      label: i18n.t(flavorsKnown ? 'list:filters.accelerator' : 'list:filters.acceleratorPending', {
        accelerator: params.gpu,
      }),
      clear: () => update({ gpu: '' }),
    })
  return out
}
