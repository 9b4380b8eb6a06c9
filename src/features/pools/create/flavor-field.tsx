import { Typography } from '@mui/material'
import { useWatch } from 'react-hook-form'
import type { Flavor } from '@/api/flavors'
import type { PoolType } from '@/api/pools'
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
  if (f.spec.gpu?.memory) facts.push(`${formatMemory(f.spec.gpu.memory)} GPU memory`)
  let note = soldOutNote(a, zones)
  if (a.state === 'available' && a.soldOutIn.length > 0) {
    const where = a.soldOutIn.map((z) => azLabel(zones, z)).join(', ')
    note =
      az === RANDOM_AZ
        ? `Sold out in ${where}; ModelArts places the nodes in ${canChooseAz ? 'the other AZs' : 'AZs with capacity'}.`
        : undefined
  }
  return {
    value: f.metadata.name,
    title: describeFlavor(f),
    detail: facts.join(' · '),
    badge: a.state === 'available' ? undefined : 'Sold out',
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
  const az = useWatch({ control, name: 'az' })
  const chosen = useWatch({ control, name: 'flavor' })
  const placement = type === 'infer' ? az : RANDOM_AZ

  if (!flavors) {
    if (error && !loading)
      return (
        <ErrorState
          title="The specifications could not be loaded"
          error={error}
          onRetry={onRetry}
        />
      )
    return <SkeletonLines lines={3} label="Loading specifications" />
  }
  if (flavors.length === 0) {
    return (
      <EmptyState title="No specifications available">
        No flavor in this region serves this pool type. Try again later, or contact support.
      </EmptyState>
    )
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
        GPU gives better performance; CPU is more cost-effective.
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
