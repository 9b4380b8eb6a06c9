import {
  Box,
  Button,
  CircularProgress,
  Stack,
  Step,
  StepLabel,
  Stepper,
  Typography,
} from '@mui/material'
import { type ReactNode, useDeferredValue } from 'react'
import { useTranslation } from 'react-i18next'
import { RichText } from '@/i18n/rich-text'
import { useWatch } from 'react-hook-form'
import { Link as RouterLink } from 'react-router'
import type { Flavor } from '@/api/flavors'
import type { PoolType } from '@/api/pools'
import { describeFlavor } from '@/lib/format'
import type { CreatePoolControl } from './create-pool-schema'
import { NetworkFields } from './network-fields'
import { ReviewStep } from './review-step'
import { FailureAlert } from './failure-alert'
import { BasicSettings, ResourceSettings, Section } from './form-sections'
import { useCreatePoolWizard } from './use-create-pool-wizard'

/** The Create page's form and review step for one pool type. */
export function CreatePoolForm({ type }: { type: PoolType }) {
  const { t } = useTranslation('create')
  const wizard = useCreatePoolWizard(type)
  const { form, step, stepStart, reviewed, failure, submitting, listUrl, offered, zones } = wizard
  const { control } = form
  const infer = type === 'infer'
  const activeStep = step === 'form' ? 0 : 1
  // The network and resource sections mount in a second, deferred pass: MUI's fields each measure
  // themselves as they mount, and the whole form at once was one long task on opening Create.
  const allSections = useDeferredValue(true, false)

  return (
    <Stack sx={{ gap: 2 }}>
      <Stepper activeStep={activeStep} sx={{ maxWidth: 420, py: 0.5 }}>
        {(['configure', 'confirm'] as const).map((key, i) => (
          <Step key={key} aria-current={activeStep === i ? 'step' : undefined}>
            <StepLabel>{t(`steps.${key}`)}</StepLabel>
          </Step>
        ))}
      </Stepper>

      {step === 'form' ? (
        <Box
          component="form"
          noValidate
          aria-label={t('form.label')}
          onSubmit={(e) => void form.handleSubmit(wizard.toReview, wizard.focusFirstError)(e)}
          sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}
        >
          <Typography
            ref={stepStart}
            tabIndex={-1}
            variant="body2"
            sx={{ color: 'text.secondary', outline: 'none' }}
          >
            <RichText
              translate={(v) => t('form.required', v)}
              components={{ star: <Box component="span" sx={{ color: 'error.main' }} /> }}
            />
          </Typography>
          <BasicSettings type={type} control={control} />
          {allSections && (
            <>
              <Section id="network" title={t('sections.network')}>
                <NetworkFields
                  form={form}
                  customizable={infer}
                  networks={wizard.networks}
                  own={wizard.ownNetwork}
                />
              </Section>

              <ResourceSettings wizard={wizard} />
              <ActionBar summary={<Selection control={control} flavors={offered} />}>
                <Button component={RouterLink} to={listUrl}>
                  {t('actions.cancel')}
                </Button>
                <Button type="submit" variant="contained">
                  {t('actions.next')}
                </Button>
              </ActionBar>
            </>
          )}
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
                {t('actions.cancel')}
              </Button>
              <Button variant="outlined" onClick={wizard.onPrevious} disabled={submitting}>
                {t('actions.previous')}
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
                {submitting ? t('actions.submitting') : t('actions.submit')}
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
  const { t } = useTranslation('create')
  const [flavorName, nodes] = useWatch({ control, name: ['flavor', 'nodes'] })
  const flavor = flavors?.find((f) => f.metadata.name === flavorName)
  if (!flavor) return null
  const count = /^\s*\d+\s*$/.test(nodes) ? Number(nodes) : undefined
  return (
    <Typography variant="body2" sx={{ color: 'text.secondary' }} noWrap>
      <RichText
        translate={(v) => t('form.selected', v)}
        values={{
          selection:
            count !== undefined ? `${count} × ${describeFlavor(flavor)}` : describeFlavor(flavor),
        }}
        components={{
          strong: <Box component="span" sx={{ color: 'text.primary', fontWeight: 500 }} />,
        }}
      />
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
