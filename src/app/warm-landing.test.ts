import type { QueryClient } from '@tanstack/react-query'
import { describe, expect, it, vi } from 'vitest'
import { flavorKeys, poolKeys, quotaKeys } from '@/features/pools/queries'
import { regionClients } from '@/lib/query-client'
import { listRegionOf, warmLanding } from './warm-landing'

const setup = {
  regions: [
    { id: 'cn-north-4', modelartsHost: 'a' },
    { id: 'cn-east-3', modelartsHost: 'b' },
  ],
  credentials: 'token' as const,
}

describe('the warm start of the landing list', () => {
  it('knows which URLs land on a region’s pool list, as the routes read them', () => {
    expect(listRegionOf('/', setup)).toBe('cn-north-4')
    expect(listRegionOf('/pools', setup)).toBe('cn-north-4')
    expect(listRegionOf('/cn-east-3', setup)).toBe('cn-east-3')
    expect(listRegionOf('/cn-east-3/pools', setup)).toBe('cn-east-3')
    expect(listRegionOf('/cn-east-3/pools/create', setup)).toBeUndefined()
    expect(listRegionOf('/cn-east-3/pools/some-pool', setup)).toBeUndefined()
    expect(listRegionOf('/cn-south-1/pools', setup)).toBeUndefined()
  })

  it('asks for both lists, flavors and quotas in the landing region’s own client, and nothing elsewhere', async () => {
    const made = regionClients({ retry: false })
    const clients = new Map<string, QueryClient>()
    const clientFor = (r: string) => {
      if (!clients.has(r)) clients.set(r, made(r))
      return clients.get(r)!
    }
    const fetch = vi.spyOn(globalThis, 'fetch').mockImplementation(() => new Promise(() => {}))
    try {
      warmLanding('/cn-east-3/pools', setup, clientFor)
      const east = clients.get('cn-east-3')!
      expect(east.getQueryState(poolKeys.list())?.fetchStatus).toBe('fetching')
      expect(east.getQueryState(poolKeys.failed())?.fetchStatus).toBe('fetching')
      expect(east.getQueryState(flavorKeys.all)?.fetchStatus).toBe('fetching')
      expect(east.getQueryState(quotaKeys.all)?.fetchStatus).toBe('fetching')
      expect(clients.has('cn-north-4')).toBe(false)
      await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(4))
      const urls = fetch.mock.calls.map(([url]) => String(url))
      const lists = urls.filter((u) => u.includes('/api/modelarts/v2/cn-east-3/pools'))
      expect(lists).toHaveLength(2)
      expect(lists.filter((u) => u.includes('status=failed'))).toHaveLength(1)
      expect(urls.filter((u) => /\/cn-east-3\/(resourceflavors|quotas)/.test(u))).toHaveLength(2)

      warmLanding('/cn-east-3/pools/create', setup, clientFor)
      expect(fetch).toHaveBeenCalledTimes(4)
    } finally {
      fetch.mockRestore()
      for (const c of clients.values()) c.clear()
    }
  })
})
