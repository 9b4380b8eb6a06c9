import CheckCircleIcon from '@mui/icons-material/CheckCircle'
import RadioButtonUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked'
import { Box, CircularProgress, List, ListItem, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { i18n } from '@/i18n'
import type { CreatePoolPlan } from './create-pool-schema'
import { type WorkflowStep, workflowSteps } from './create-pool-workflow'

function stepText(step: WorkflowStep, plan: CreatePoolPlan): string {
  const network = plan.network.kind === 'new' ? plan.network.name : plan.network.displayName
  switch (step) {
    case 'network':
      return i18n.t('create:progress.network', { network })
    case 'connect':
      return i18n.t('create:progress.connect', { network })
    case 'pool':
      return i18n.t('create:progress.pool', { name: plan.pool.name })
  }
}

/**
 * What Submit does, step by step, and how far it has got. Shown only when there is more than the
 * pool to create, so the wait for a new network is never a silent spinner.
 */
export function SubmitProgress({
  plan,
  progress,
}: {
  plan: CreatePoolPlan
  progress: WorkflowStep | null
}) {
  const { t } = useTranslation('create')
  const steps = workflowSteps(plan)
  if (steps.length < 2) return null
  const current = progress ? steps.indexOf(progress) : -1
  return (
    <Box sx={{ borderTop: 1, borderColor: 'divider', pt: 2, mt: 2 }}>
      <Typography
        variant="h3"
        component="h3"
        id="submit-steps"
        sx={{ mb: 1, fontSize: '0.875rem' }}
      >
        {t('progress.title')}
      </Typography>
      <List dense disablePadding aria-labelledby="submit-steps">
        {steps.map((s, i) => {
          const state = current < 0 || i > current ? 'todo' : i < current ? 'done' : 'running'
          return (
            <ListItem key={s} disableGutters sx={{ gap: 1, py: 0.25 }}>
              {state === 'done' ? (
                <CheckCircleIcon fontSize="small" color="success" aria-hidden />
              ) : state === 'running' ? (
                <CircularProgress size={16} aria-hidden sx={{ m: '2px' }} />
              ) : (
                <RadioButtonUncheckedIcon
                  fontSize="small"
                  sx={{ color: 'text.disabled' }}
                  aria-hidden
                />
              )}
              <Typography variant="body2">
                {t('progress.item', { number: i + 1, text: stepText(s, plan) })}
                <Box
                  component="span"
                  sx={{
                    position: 'absolute',
                    width: 1,
                    height: 1,
                    overflow: 'hidden',
                    clip: 'rect(0 0 0 0)',
                  }}
                >
                  {state === 'done'
                    ? t('progress.done')
                    : state === 'running'
                      ? t('progress.running')
                      : ''}
                </Box>
              </Typography>
            </ListItem>
          )
        })}
      </List>
      <Typography variant="caption" role="status" sx={{ display: 'block', mt: 0.5 }}>
        {current >= 0
          ? t('progress.status', {
              number: current + 1,
              total: steps.length,
              text: stepText(steps[current]!, plan),
            })
          : ''}
      </Typography>
    </Box>
  )
}
