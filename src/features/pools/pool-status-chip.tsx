import { Chip, CircularProgress, Tooltip } from '@mui/material'
import type { Theme } from '@mui/material/styles'
import { useTranslation } from 'react-i18next'
import type { Pool } from '@/api/pools'
import { poolStatus, statusLabel, statusReason, statusTone, type StatusTone } from './pool-model'

type Tone = { bgcolor: string; color: string; borderColor: string }
/** Light and dark: a tinted chip with text of at least 4.5:1 on its own background. */
const TONES: Record<StatusTone, [light: Tone, dark: Tone]> = {
  success: [
    { bgcolor: '#e3f4ea', color: '#135c37', borderColor: '#a9dcbf' },
    { bgcolor: '#12301f', color: '#8fdcb0', borderColor: '#2f6b49' },
  ],
  info: [
    { bgcolor: '#e5f0fb', color: '#0f4f86', borderColor: '#a9cbee' },
    { bgcolor: '#11273d', color: '#9cc9f2', borderColor: '#2e5a85' },
  ],
  warning: [
    { bgcolor: '#fdf1de', color: '#7a4500', borderColor: '#f1c98a' },
    { bgcolor: '#35250c', color: '#f3c47e', borderColor: '#7a5520' },
  ],
  error: [
    { bgcolor: '#fce8e6', color: '#9b1c11', borderColor: '#f2b0a9' },
    { bgcolor: '#3a1614', color: '#f6aaa2', borderColor: '#8a3a33' },
  ],
  neutral: [
    { bgcolor: '#eef0f3', color: '#3a4656', borderColor: '#cfd5dd' },
    { bgcolor: '#232a34', color: '#c3ccd8', borderColor: '#46505e' },
  ],
}
const toneSx = (tone: StatusTone) => (theme: Theme) => ({
  ...TONES[tone][0],
  ...theme.applyStyles('dark', TONES[tone][1]),
})

const NODE_PHASES = ['Available', 'Creating', 'Checking', 'Deleting', 'Abnormal'] as const

const NODE_TONE: Record<string, StatusTone> = {
  Available: 'success',
  Creating: 'info',
  Checking: 'info',
  Deleting: 'warning',
  Abnormal: 'error',
}

/** A node's phase, in the same colours as pool statuses (one palette for every status). */
export function NodePhaseChip({ phase }: { phase: string }) {
  const { t } = useTranslation('pools')
  const known = (NODE_PHASES as readonly string[]).includes(phase)
  return (
    <Chip
      size="small"
      variant="outlined"
      // A phase the console does not know is shown as the service wrote it.
      label={known ? t(`nodePhase.${phase as (typeof NODE_PHASES)[number]}`) : phase}
      sx={toneSx(NODE_TONE[phase] ?? 'neutral')}
    />
  )
}

/**
 * The one place a pool's status becomes words and colour. Anything but a settled Running pool
 * explains itself in a tooltip, reachable by keyboard too.
 */
export function PoolStatusChip({ pool }: { pool: Pool }) {
  // Re-rendered on a language switch: the label and reason are worked out in the new language.
  useTranslation('pools')
  const status = poolStatus(pool)
  const tone = statusTone(status)
  const reason = statusReason(pool)
  const busy = status === 'Creating' || status === 'Scaling' || status === 'Deleting'
  const chip = (
    <Chip
      size="small"
      variant="outlined"
      label={statusLabel(status)}
      tabIndex={reason ? 0 : undefined}
      icon={
        busy ? <CircularProgress size={10} thickness={6} color="inherit" aria-hidden /> : undefined
      }
      sx={[toneSx(tone), { '& .MuiChip-icon': { color: 'inherit', ml: '6px' } }]}
    />
  )
  // Always the same tree, so a status change does not replace a focused chip.
  return <Tooltip title={reason ?? ''}>{chip}</Tooltip>
}
