import { Paper, Stack, TextField, Typography } from '@mui/material'
import type { ReactNode } from 'react'
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
export function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `section-${title.toLowerCase().replace(/\s+/g, '-')}`
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
  return (
    <Section title="Basic Settings">
      <FormRow label="Resource Type" htmlFor="resource-type">
        <TextField
          id="resource-type"
          value={POOL_TYPE_LABELS[type]}
          helperText="Set by the tab you came from; it cannot be changed here."
          sx={{ maxWidth: 420, '& .MuiInputBase-root': { bgcolor: '#f4f6f9' } }}
          slotProps={{ htmlInput: { readOnly: true } }}
        />
      </FormRow>
      <FormRow label="Name" htmlFor="pool-name" required>
        <TextFieldElement
          control={control}
          name="name"
          id="pool-name"
          required
          autoComplete="off"
          placeholder="e.g. llm-finetune-a"
          helperText={`${POOL_LIMITS.nameMin}–${POOL_LIMITS.nameMax} characters: lowercase letters, digits and hyphens (-), starting with a letter.`}
          sx={{ maxWidth: 420 }}
        />
      </FormRow>
      <FormRow label="Description" htmlFor="pool-description">
        <TextFieldElement
          control={control}
          name="description"
          id="pool-description"
          multiline
          minRows={2}
          maxRows={6}
          counter={POOL_LIMITS.descriptionMax}
          helperText={'Optional. Cannot contain ! < > = & " \''}
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
  return (
    <Section title="Resources">
      {infer && (
        <FieldsetRow label="AZ" legendId="az-label">
          <RadioGroupElement
            control={control}
            name="az"
            // Whether the chosen flavor can be had depends on the AZ: check it again.
            rules={{ deps: ['flavor'] }}
            labelId="az-label"
            row
            options={[
              { value: RANDOM_AZ, label: 'Random' },
              ...zones.map((z) => ({ value: z, label: azLabel(zones, z) })),
            ]}
            helperText={
              az === RANDOM_AZ
                ? 'ModelArts places the nodes in AZs with capacity. Pin an AZ to keep the nodes together.'
                : 'Every node is created in this AZ. AZs are physically isolated; spread pools across them for availability.'
            }
            sx={{ pt: { sm: '2px' } }}
          />
        </FieldsetRow>
      )}
      <FieldsetRow label="Specifications" legendId="flavor-label" required>
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
      <FormRow label="Nodes" htmlFor="pool-nodes" required>
        <NumberFieldElement
          control={control}
          name="nodes"
          id="pool-nodes"
          required
          min={1}
          max={Math.max(1, ceiling)}
          stepLabel="nodes"
          helperText={
            nodeQuota
              ? `1–${POOL_LIMITS.createMax} per creation. Node quota: ${nodeQuota.used} of ${nodeQuota.quota} in use, ${nodeQuota.left} left.`
              : `1–${POOL_LIMITS.createMax} per creation. More nodes give more computing power; add more later with Scale.`
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
