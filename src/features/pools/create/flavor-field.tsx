import { Typography } from '@mui/material'
import { useWatch } from 'react-hook-form'
import type { Flavor } from '@/api/flavors'
import type { PoolType } from '@/api/pools'
import { i18n } from '@/i18n'
import { useTranslation } from 'react-i18next'
import {
  type RadioCardGroup,
  type RadioCardOption,
  RadioCardsElement,
} from '@/components/form/radio-cards-element'
import { EmptyState, ErrorState, SkeletonLines } from '@/components/state-views'
import { describeFlavor, formatMemory, isAcceleratedFlavor } from '@/lib/format'
import { type CreatePoolControl, soldOutInAzMessage, soldOutMessage } from './create-pool-schema'
import { availability, azLabel, RANDOM_AZ, soldOutNote } from './flavor-availability'

function flavorOption(
  f: Flavor,
  zones: readonly string[],
  az: string,
  canChooseAz: boolean,
): RadioCardOption {
  const a = availability(f, zones, az)
  const facts = [f.metadata.name]
  if (f.spec.gpu?.memory)
    facts.push(i18n.t('create:flavor.gpuMemory', { memory: formatMemory(f.spec.gpu.memory) }))
  let note = soldOutNote(a, zones)
  if (a.state === 'available' && a.soldOutIn.length > 0) {
    const where = a.soldOutIn
      .map((z) => azLabel(zones, z))
      .join(i18n.t('create:flavor.listSeparator'))
    note =
      az === RANDOM_AZ
        ? canChooseAz
          ? i18n.t('create:flavor.soldOutInOtherAzs', { where })
          : i18n.t('create:flavor.soldOutInSome', { where })
        : undefined
  }
  return {
    value: f.metadata.name,
    title: describeFlavor(f),
    detail: facts.join(' · '),
    badge: a.state === 'available' ? undefined : i18n.t('create:flavor.soldOutBadge'),
    note,
    disabled: a.state !== 'available',
  }
}

export function FlavorField({
  control,
  type,
  flavors,
  zones,
  loading,
  error,
  onRetry,
}: {
  control: CreatePoolControl
  type: PoolType
  flavors: readonly Flavor[] | undefined
  zones: readonly string[]
  loading: boolean
  error: unknown
  onRetry: () => void
}) {
  const { t } = useTranslation('create')
  const az = useWatch({ control, name: 'az' })
  const chosen = useWatch({ control, name: 'flavor' })
  const placement = type === 'infer' ? az : RANDOM_AZ

  if (!flavors) {
    if (error && !loading)
      return <ErrorState title={t('flavor.loadFailed')} error={error} onRetry={onRetry} />
    return <SkeletonLines lines={3} label={t('flavor.loading')} />
  }
  if (flavors.length === 0) {
    return <EmptyState title={t('flavor.noneTitle')}>{t('flavor.none')}</EmptyState>
  }

  const groups: RadioCardGroup[] = [
    { label: 'GPU', options: flavors.filter(isAcceleratedFlavor) },
    { label: 'CPU', options: flavors.filter((f) => !isAcceleratedFlavor(f)) },
  ]
    .filter((g) => g.options.length > 0)
    .map((g) => ({
      label: g.label,
      options: g.options.map((f) => flavorOption(f, zones, placement, type === 'infer')),
    }))

  const current = flavors.find((f) => f.metadata.name === chosen)
  const a = current && availability(current, zones, placement)
  // A choice that was fine a moment ago can sell out when the AZ changes: say so on the field at once.
  const warning =
    current && a?.state === 'sold-out-in-az'
      ? soldOutInAzMessage(current, zones, a.az)
      : current && a?.state === 'sold-out-everywhere'
        ? soldOutMessage(current)
        : undefined

  return (
    <>
      <Typography
        id="flavor-intro"
        variant="body2"
        sx={{ color: 'text.secondary', pt: { sm: '9px' }, mb: 1 }}
      >
        {t('flavor.intro')}
      </Typography>
      <RadioCardsElement
        control={control}
        name="flavor"
        labelId="flavor-label"
        groups={groups}
        warning={warning}
      />
    </>
  )
}
