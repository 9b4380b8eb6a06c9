import { Typography } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { findQuota } from '@/api/quotas'
import { quotasQuery, useStale } from './queries'

/**
 * Quota use follows the pools: whenever the number of pools or nodes the list shows changes (a
 * pool finished deleting, nodes were added), the quota is fetched again.
 */
export function QuotaSummary({ footprint }: { footprint: string }) {
  const { t } = useTranslation('pools')
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
  const text = (type: 'pool' | 'node') => {
    const q = findQuota(data, type)
    return q ? t(`quota.${type}`, { used: q.used, quota: q.quota }) : null
  }
  const parts = [text('pool'), text('node')].filter(Boolean)
  return (
    // It wraps in its column: kept on one line, a longer wording (Chinese) ran under the next one.
    <Typography variant="body2" sx={{ color: 'text.secondary' }}>
      {t('quota.inUse', { parts: parts.join(t('quota.separator')) })}
    </Typography>
  )
}
