import { Typography } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { findQuota } from '@/api/quotas'
import { quotasQuery, useStale } from './queries'

/**
 * Quota use follows the pools: whenever the number of pools or nodes the list shows changes (a
 * pool finished deleting, nodes were added), the quota is fetched again.
 */
export function QuotaSummary({ footprint }: { footprint: string }) {
  const { data } = useQuery(quotasQuery())
  const { quotas } = useStale()
  const seen = useRef(footprint)
  useEffect(() => {
    const previous = seen.current
    seen.current = footprint
    // The first answer is what the quota was fetched alongside; only later changes matter.
    if (previous === footprint || previous === '') return
    void quotas()
  }, [footprint, quotas])
  if (!data) return null
  const text = (type: 'pool' | 'node', label: string) => {
    const q = findQuota(data, type)
    return q ? `${label} ${q.used}/${q.quota}` : null
  }
  const parts = [text('pool', 'Pools'), text('node', 'Nodes')].filter(Boolean)
  return (
    <Typography variant="body2" sx={{ color: 'text.secondary', whiteSpace: 'nowrap' }}>
      Quota in use: {parts.join(' · ')}
    </Typography>
  )
}
