import { Stack } from '@mui/material'
import { useState } from 'react'
import type { Pool } from '@/api/pools'
import { ActionButton } from '@/components/action-button'
import { DeletePoolDialog } from './delete/delete-pool-dialog'
import { canDelete, canScale, poolName } from './pool-model'
import { ScalePoolDialog } from './scale/scale-pool-dialog'

/**
 * Scale and Delete for one pool, each disabled with its reason when the status forbids it.
 * The buttons own their dialogs so a row or a details page only places them.
 */
export function PoolActions({
  pool,
  variant = 'text',
  onDeleted,
}: {
  pool: Pool
  variant?: 'text' | 'outlined'
  onDeleted?: () => void
}) {
  const [open, setOpen] = useState<'scale' | 'delete' | null>(null)
  const scale = canScale(pool)
  const del = canDelete(pool)
  const name = poolName(pool)
  return (
    <Stack
      direction="row"
      sx={{ gap: variant === 'text' ? 0.5 : 1, '& .MuiButton-text': { minWidth: 0, px: 0.75 } }}
    >
      <ActionButton
        variant={variant}
        aria-label={variant === 'text' ? `Scale ${name}` : undefined}
        disabledReason={scale.reason}
        onClick={() => setOpen('scale')}
      >
        Scale
      </ActionButton>
      <ActionButton
        variant={variant}
        color="error"
        aria-label={variant === 'text' ? `Delete ${name}` : undefined}
        disabledReason={del.reason}
        onClick={() => setOpen('delete')}
      >
        Delete
      </ActionButton>
      {open === 'scale' && <ScalePoolDialog pool={pool} open onClose={() => setOpen(null)} />}
      {open === 'delete' && (
        <DeletePoolDialog pool={pool} open onClose={() => setOpen(null)} onDeleted={onDeleted} />
      )}
    </Stack>
  )
}
