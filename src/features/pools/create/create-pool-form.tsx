import {
  Box,
  Button,
  CircularProgress,
  Paper,
  Stack,
  Step,
  StepLabel,
  Stepper,
  TextField,
  Typography,
} from '@mui/material'
import type { ReactNode } from 'react'
import { useWatch } from 'react-hook-form'
import { Link as RouterLink } from 'react-router'
import type { Flavor } from '@/api/flavors'
import { POOL_LIMITS } from '@/api/pool-rules'
import type { PoolType } from '@/api/pools'
import { FieldsetRow, FormRow } from '@/components/form/form-row'
import { NumberFieldElement } from '@/components/form/number-field-element'
import { RadioGroupElement } from '@/components/form/radio-group-element'
import { TextFieldElement } from '@/components/form/text-field-element'
import { describeFlavor } from '@/lib/format'
import { POOL_TYPE_LABELS } from '../pool-model'
import { type CreatePoolControl, nodesCeiling } from './create-pool-schema'
import { FlavorField } from './flavor-field'
import { azLabel, RANDOM_AZ } from './flavor-availability'
import { NetworkFields } from './network-fields'
import { ReviewStep } from './review-step'
import { FailureAlert } from './failure-alert'
import { useCreatePoolWizard } from './use-create-pool-wizard'

function Section({ title, children }: { title: string; children: ReactNode }) {
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

/** The Create page's form and review step for one pool type. */
export function CreatePoolForm({ type }: { type: PoolType }) {
  const wizard = useCreatePoolWizard(type)
  const { form, step, stepStart, reviewed, failure, submitting, listUrl, offered, zones } = wizard
  const { control } = form
  const infer = type === 'infer'
  const ceiling = nodesCeiling(wizard.nodeQuota?.left)
  const az = useWatch({ control, name: 'az' })
  const activeStep = step === 'form' ? 0 : 1

  return (
    <Stack sx={{ gap: 2 }}>
      <Stepper activeStep={activeStep} sx={{ maxWidth: 420, py: 0.5 }}>
        {['Configure', 'Confirm'].map((label, i) => (
          <Step key={label} aria-current={activeStep === i ? 'step' : undefined}>
            <StepLabel>{label}</StepLabel>
          </Step>
        ))}
      </Stepper>

      {step === 'form' ? (
        <Box
          component="form"
          noValidate
          aria-label="Pool configuration"
          onSubmit={(e) => void form.handleSubmit(wizard.toReview, wizard.focusFirstError)(e)}
          sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}
        >
          <Typography
            ref={stepStart}
            tabIndex={-1}
            variant="body2"
            sx={{ color: 'text.secondary', outline: 'none' }}
          >
            Fields marked{' '}
            <Box component="span" sx={{ color: 'error.main' }}>
              *
            </Box>{' '}
            are required.
          </Typography>
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

          <Section title="Network">
            <NetworkFields
              form={form}
              customizable={infer}
              networks={wizard.networks}
              own={wizard.ownNetwork}
            />
          </Section>

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
                loading={wizard.flavors.isFetching}
                error={wizard.flavors.error}
                onRetry={() => void wizard.flavors.refetch()}
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
                  wizard.nodeQuota
                    ? `1–${POOL_LIMITS.createMax} per creation. Node quota: ${wizard.nodeQuota.used} of ${wizard.nodeQuota.quota} in use, ${wizard.nodeQuota.left} left.`
                    : `1–${POOL_LIMITS.createMax} per creation. More nodes give more computing power; add more later with Scale.`
                }
                sx={{
                  width: 168,
                  '& .MuiFormHelperText-root': { width: 'max-content', maxWidth: '70vw' },
                }}
              />
            </FormRow>
          </Section>
          <ActionBar summary={<Selection control={control} flavors={offered} />}>
            <Button component={RouterLink} to={listUrl}>
              Cancel
            </Button>
            <Button type="submit" variant="contained">
              Next
            </Button>
          </ActionBar>
        </Box>
      ) : (
        reviewed && (
          <>
            {failure && (
              <FailureAlert failure={failure} onRetry={wizard.onSubmit} retrying={submitting} />
            )}
            <ReviewStep
              plan={reviewed}
              flavors={wizard.flavors.data}
              zones={zones}
              headingRef={stepStart}
              progress={wizard.progress}
            />
            <ActionBar>
              <Button component={RouterLink} to={listUrl} onClick={wizard.onCancel}>
                Cancel
              </Button>
              <Button variant="outlined" onClick={wizard.onPrevious} disabled={submitting}>
                Previous
              </Button>
              <Button
                variant="contained"
                onClick={wizard.onSubmit}
                // Not `disabled`: a disabled button drops the focus to the page body. A second
                // click does nothing (the wizard sends once per intent).
                aria-disabled={submitting || undefined}
                sx={submitting ? { opacity: 0.7, cursor: 'default' } : undefined}
                startIcon={submitting ? <CircularProgress size={14} color="inherit" /> : undefined}
              >
                {submitting ? 'Submitting…' : 'Submit'}
              </Button>
            </ActionBar>
          </>
        )
      )}
    </Stack>
  )
}

/** What the pool will be made of so far, in one line, e.g. "2 × GPU · 1 × NVIDIA T4 · …". */
function Selection({
  control,
  flavors,
}: {
  control: CreatePoolControl
  flavors: readonly Flavor[] | undefined
}) {
  const [flavorName, nodes] = useWatch({ control, name: ['flavor', 'nodes'] })
  const flavor = flavors?.find((f) => f.metadata.name === flavorName)
  if (!flavor) return null
  const count = /^\s*\d+\s*$/.test(nodes) ? Number(nodes) : undefined
  return (
    <Typography variant="body2" sx={{ color: 'text.secondary' }} noWrap>
      Selected:{' '}
      <Box component="span" sx={{ color: 'text.primary', fontWeight: 500 }}>
        {count !== undefined ? `${count} × ` : ''}
        {describeFlavor(flavor)}
      </Box>
    </Typography>
  )
}

/** The page's actions, kept in view at the bottom while the form scrolls. */
function ActionBar({ children, summary }: { children: ReactNode; summary?: ReactNode }) {
  return (
    <Box
      sx={{
        position: 'sticky',
        bottom: 0,
        zIndex: 2,
        mx: { xs: -2, md: -3 },
        mb: -4,
        px: { xs: 2, md: 3 },
        py: 1.5,
        bgcolor: 'background.paper',
        borderTop: 1,
        borderColor: 'divider',
        boxShadow: '0 -2px 8px rgba(20, 33, 61, 0.06)',
        display: 'flex',
        alignItems: 'center',
        gap: 1,
      }}
    >
      <Box sx={{ flex: 1, minWidth: 0 }}>{summary}</Box>
      {children}
    </Box>
  )
}
