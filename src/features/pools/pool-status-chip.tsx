import { Chip, CircularProgress, Tooltip } from '@mui/material'
import type { Pool } from '@/api/pools'
import { poolStatus, statusLabel, statusReason, statusTone, type StatusTone } from './pool-model'

const TONE_SX: Record<StatusTone, object> = {
  success: { bgcolor: '#e3f4ea', color: '#135c37', borderColor: '#a9dcbf' },
  info: { bgcolor: '#e5f0fb', color: '#0f4f86', borderColor: '#a9cbee' },
  warning: { bgcolor: '#fdf1de', color: '#7a4500', borderColor: '#f1c98a' },
  error: { bgcolor: '#fce8e6', color: '#9b1c11', borderColor: '#f2b0a9' },
  neutral: { bgcolor: '#eef0f3', color: '#3a4656', borderColor: '#cfd5dd' },
}

const NODE_TONE: Record<string, StatusTone> = {
  Available: 'success',
  Creating: 'info',
  Checking: 'info',
  Deleting: 'warning',
  Abnormal: 'error',
}

/** A node's phase, in the same colours as pool statuses (one palette for every status). */
export function NodePhaseChip({ phase }: { phase: string }) {
  return (
    <Chip
      size="small"
      variant="outlined"
      label={phase}
      sx={TONE_SX[NODE_TONE[phase] ?? 'neutral']}
    />
  )
}

/**
 * The one place a pool's status becomes words and colour. Anything but a settled Running pool
 * explains itself in a tooltip, reachable by keyboard too.
 */
export function PoolStatusChip({ pool }: { pool: Pool }) {
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
      sx={{ ...TONE_SX[tone], '& .MuiChip-icon': { color: 'inherit', ml: '6px' } }}
    />
  )
  // Always the same tree, so a status change does not replace a focused chip.
  return <Tooltip title={reason ?? ''}>{chip}</Tooltip>
}
