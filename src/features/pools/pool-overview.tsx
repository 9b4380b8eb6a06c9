import { Box, Link, Stack, Typography } from '@mui/material'
import { useMemo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { RichText } from '@/i18n/rich-text'
import { Link as RouterLink } from 'react-router'
import type { Flavor } from '@/api/flavors'
import type { Pool, PoolType } from '@/api/pools'
import { inlineErrorText } from '@/components/state-views'
import { usePaths } from '@/lib/paths'
import { nodeCounts, poolStatus, statusLabel, type PoolStatus } from './pool-model'
import { QuotaSummary } from './quota-summary'
import { poolAccelerators } from './visible-pools'

/** Statuses in the order an operator scans them: what works, what changes, what needs a look. */
const ORDER = [
  'Running',
  'Scaling',
  'Creating',
  'Waiting',
  'Abnormal',
  'ScalingFailed',
  'CreationFailed',
  'Deleting',
]
const rank = (s: string) => {
  const i = ORDER.indexOf(s)
  return i === -1 ? ORDER.length : i
}

/** Pools by status, nodes and accelerators of one tab, from the pools already listed. */
export function summarizePools(
  pools: readonly Pool[],
  flavors: ReadonlyMap<string, Flavor> | undefined,
) {
  const statuses = new Map<PoolStatus, number>()
  const accelerators = new Map<string, number>()
  let nodes = 0
  let available = 0
  for (const p of pools) {
    const s = poolStatus(p)
    statuses.set(s, (statuses.get(s) ?? 0) + 1)
    const c = nodeCounts(p)
    nodes += c.total
    available += c.available
    if (flavors)
      for (const [label, n] of poolAccelerators(p, flavors))
        accelerators.set(label, (accelerators.get(label) ?? 0) + n)
  }
  return {
    statuses: [...statuses].sort(([a], [b]) => rank(a) - rank(b)),
    nodes,
    available,
    accelerators: [...accelerators].sort(([, a], [, b]) => b - a),
  }
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Box component="section" aria-label={title} sx={{ minWidth: 0 }}>
      <Typography
        variant="overline"
        component="h2"
        sx={{ color: 'text.secondary', lineHeight: 1.6, fontSize: '0.7rem' }}
      >
        {title}
      </Typography>
      <Stack direction="row" sx={{ gap: 1.5, flexWrap: 'wrap', alignItems: 'baseline' }}>
        {children}
      </Stack>
    </Box>
  )
}

function Count({ n }: { n: number }) {
  return (
    <Box component="span" sx={{ fontWeight: 600, fontSize: '1.05rem' }}>
      {n}
    </Box>
  )
}

/** A label as a RichText element: its own value, so nothing in it is read as markup. */
const Text = ({ value }: { value: string }) => <>{value}</>

type FigureKey = 'overview.statusFigure' | 'overview.nodesFigure' | 'overview.acceleratorFigure'

/**
 * A count in bold with what it counts. The catalog places both (`<count/> <label/>`), since
 * languages put them in different orders ("5 Running", "运行中 5").
 */
function Figure({
  i18nKey,
  count,
  label = '',
  values,
  to,
}: {
  i18nKey: FigureKey
  count: number
  label?: string
  values?: Record<string, string | number>
  to?: string
}) {
  const { t } = useTranslation('list')
  const body = (
    <RichText
      translate={(v) => t(i18nKey, v)}
      values={values}
      components={{ count: <Count n={count} />, label: <Text value={label} /> }}
    />
  )
  return to ? (
    <Link component={RouterLink} to={to} underline="hover" variant="body2" color="inherit">
      {body}
    </Link>
  ) : (
    <Typography variant="body2" component="span">
      {body}
    </Typography>
  )
}

/**
 * The tab at a glance: its pools by status, its nodes against the project's node quota, and its
 * accelerators by type. Each figure opens the list filtered to it.
 */
export function PoolOverview({
  pools,
  flavors,
  flavorsError,
  type,
  footprint,
}: {
  /** This tab's pools. */
  pools: readonly Pool[]
  /** Undefined while the flavors are not known: the accelerators cannot be told yet. */
  flavors: ReadonlyMap<string, Flavor> | undefined
  /** Why the flavors are not known, when they failed. */
  flavorsError?: unknown
  type: PoolType
  footprint: string
}) {
  const { t } = useTranslation('list')
  const paths = usePaths()
  const s = useMemo(() => summarizePools(pools, flavors), [pools, flavors])
  if (pools.length === 0) return null
  return (
    <Box
      sx={{
        display: 'grid',
        gridTemplateColumns: { xs: '1fr', md: '1.4fr 1fr 1fr' },
        gap: 2,
        px: 2,
        pt: 1.5,
      }}
    >
      <Section title={t('overview.byStatus')}>
        {s.statuses.map(([status, n]) => (
          <Figure
            key={status}
            i18nKey="overview.statusFigure"
            count={n}
            label={statusLabel(status)}
            to={paths.pools(type, { status })}
          />
        ))}
      </Section>
      <Section title={t('overview.nodes')}>
        <Figure
          i18nKey="overview.nodesFigure"
          count={s.nodes}
          values={{ available: s.available }}
        />
        <QuotaSummary footprint={footprint} />
      </Section>
      <Section title={t('overview.accelerators')}>
        {!flavors ? (
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {flavorsError
              ? t('overview.flavorsFailed', { error: inlineErrorText(flavorsError) })
              : t('overview.counting')}
          </Typography>
        ) : s.accelerators.length ? (
          s.accelerators.map(([label, n]) => (
            <Figure
              key={label}
              i18nKey="overview.acceleratorFigure"
              count={n}
              label={label}
              to={paths.pools(type, { gpu: label })}
            />
          ))
        ) : (
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {t('overview.noAccelerators')}
          </Typography>
        )}
      </Section>
    </Box>
  )
}
