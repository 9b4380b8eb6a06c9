import { Paper, Stack, TextField, Typography } from '@mui/material'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useWatch } from 'react-hook-form'
import { POOL_LIMITS } from '@/api/pool-rules'
import type { PoolType } from '@/api/pools'
import { FieldsetRow, FormRow } from '@/components/form/form-row'
import { NumberFieldElement } from '@/components/form/number-field-element'
import { RadioGroupElement } from '@/components/form/radio-group-element'
import { TextFieldElement } from '@/components/form/text-field-element'
import { POOL_TYPE_LABELS } from '../pool-model'
import { type CreatePoolControl, nodesCeiling } from './create-pool-schema'
import { FlavorField } from './flavor-field'
import { azLabel, RANDOM_AZ } from './flavor-availability'
import type { CreatePoolWizard } from './use-create-pool-wizard'

/* The sections of the Create page's form (Network has its own file: network-fields.tsx). */

/** A titled part of the form, named by its heading for assistive technology. */
export function Section({
  id: key,
  title,
  children,
}: {
  /** Stable (not translated), so the heading's id stays the same in every language. */
  id: string
  title: string
  children: ReactNode
}) {
  const id = `section-${key}`
  return (
    <Paper
      variant="outlined"
      component="section"
      aria-labelledby={id}
      sx={{ p: { xs: 2, sm: 2.5 } }}
    >
      <Typography id={id} variant="h2" sx={{ fontSize: '1rem', mb: 2 }}>
        {title}
      </Typography>
      <Stack sx={{ gap: 2 }}>{children}</Stack>
    </Paper>
  )
}

/** Basic Settings: what the pool is for (fixed by the tab), its name and description. */
export function BasicSettings({ type, control }: { type: PoolType; control: CreatePoolControl }) {
  const { t } = useTranslation('create')
  return (
    <Section id="basic-settings" title={t('sections.basic')}>
      <FormRow label={t('fields.resourceType')} htmlFor="resource-type">
        <TextField
          id="resource-type"
          value={POOL_TYPE_LABELS[type]}
          helperText={t('fields.resourceTypeHelp')}
          sx={{ maxWidth: 420, '& .MuiInputBase-root': { bgcolor: '#f4f6f9' } }}
          slotProps={{ htmlInput: { readOnly: true } }}
        />
      </FormRow>
      <FormRow label={t('fields.name')} htmlFor="pool-name" required>
        <TextFieldElement
          control={control}
          name="name"
          id="pool-name"
          required
          autoComplete="off"
          placeholder={t('fields.namePlaceholder')}
          helperText={t('fields.nameHelp', { min: POOL_LIMITS.nameMin, max: POOL_LIMITS.nameMax })}
          sx={{ maxWidth: 420 }}
        />
      </FormRow>
      <FormRow label={t('fields.description')} htmlFor="pool-description">
        <TextFieldElement
          control={control}
          name="description"
          id="pool-description"
          multiline
          minRows={2}
          maxRows={6}
          counter={POOL_LIMITS.descriptionMax}
          helperText={t('fields.descriptionHelp')}
          sx={{ maxWidth: 640 }}
        />
      </FormRow>
    </Section>
  )
}

/** Resources: the AZ (Service Deployment only), the flavor and how many nodes. */
export function ResourceSettings({ wizard }: { wizard: CreatePoolWizard }) {
  const { form, type, zones, offered, nodeQuota, flavors } = wizard
  const { control } = form
  const infer = type === 'infer'
  const ceiling = nodesCeiling(nodeQuota?.left)
  const az = useWatch({ control, name: 'az' })
  const { t } = useTranslation('create')
  return (
    <Section id="resources" title={t('sections.resources')}>
      {infer && (
        <FieldsetRow label={t('fields.az')} legendId="az-label">
          <RadioGroupElement
            control={control}
            name="az"
            // Whether the chosen flavor can be had depends on the AZ: check it again.
            rules={{ deps: ['flavor'] }}
            labelId="az-label"
            row
            options={[
              { value: RANDOM_AZ, label: t('fields.azRandom') },
              ...zones.map((z) => ({ value: z, label: azLabel(zones, z) })),
            ]}
            helperText={az === RANDOM_AZ ? t('fields.azRandomHelp') : t('fields.azPinnedHelp')}
            sx={{ pt: { sm: '2px' } }}
          />
        </FieldsetRow>
      )}
      <FieldsetRow label={t('fields.flavor')} legendId="flavor-label" required>
        <FlavorField
          control={control}
          type={type}
          flavors={offered}
          zones={zones}
          loading={flavors.isFetching}
          error={flavors.error}
          onRetry={() => void flavors.refetch()}
        />
      </FieldsetRow>
      <FormRow label={t('fields.nodes')} htmlFor="pool-nodes" required>
        <NumberFieldElement
          control={control}
          name="nodes"
          id="pool-nodes"
          required
          min={1}
          max={Math.max(1, ceiling)}
          stepLabel={t('fields.nodesStep')}
          helperText={
            nodeQuota
              ? t('fields.nodesQuotaHelp', {
                  max: POOL_LIMITS.createMax,
                  used: nodeQuota.used,
                  quota: nodeQuota.quota,
                  left: nodeQuota.left,
                })
              : t('fields.nodesHelp', { max: POOL_LIMITS.createMax })
          }
          sx={{
            width: 168,
            '& .MuiFormHelperText-root': { width: 'max-content', maxWidth: '70vw' },
          }}
        />
      </FormRow>
    </Section>
  )
}
