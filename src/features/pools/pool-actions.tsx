import { Stack } from '@mui/material'
import { lazy, Suspense, useCallback, useState } from 'react'
import type { Pool } from '@/api/pools'
import { ActionButton } from '@/components/action-button'
import { PartBoundary } from '@/components/part-boundary'
import { useTranslation } from 'react-i18next'
import { canDelete, canScale, poolId, poolName } from './pool-model'

// The dialogs (and the virtualizer Scale's node list needs) are not needed to show the list:
// their code loads when the pointer or focus comes near Scale or Delete, and at the latest on
// the click, so it stays out of what is fetched before the first row.
const loadScale = () => import('./scale/scale-pool-dialog')
const loadDelete = () => import('./delete/delete-pool-dialog')
const ScalePoolDialog = lazy(() => loadScale().then((m) => ({ default: m.ScalePoolDialog })))
const DeletePoolDialog = lazy(() => loadDelete().then((m) => ({ default: m.DeletePoolDialog })))
const preload = () => {
  void loadScale()
  void loadDelete()
}

export type PoolAction = 'scale' | 'delete'
export type OnPoolAction = (action: PoolAction, pool: Pool) => void

/** Scale and Delete for one pool, each disabled with its reason when the status forbids it. */
export function PoolActions({
  pool,
  onAction,
  variant = 'text',
}: {
  pool: Pool
  onAction: OnPoolAction
  variant?: 'text' | 'outlined'
}) {
  const { t } = useTranslation('pools')
  const scale = canScale(pool)
  const del = canDelete(pool)
  const name = poolName(pool)
  return (
    <Stack
      direction="row"
      onPointerEnter={preload}
      onFocus={preload}
      sx={{ gap: variant === 'text' ? 0.5 : 1, '& .MuiButton-text': { minWidth: 0, px: 0.75 } }}
    >
      <ActionButton
        variant={variant}
        aria-label={variant === 'text' ? t('actions.scaleNamed', { name }) : undefined}
        disabledReason={scale.reason}
        onClick={() => onAction('scale', pool)}
      >
        {t('actions.scale')}
      </ActionButton>
      <ActionButton
        variant={variant}
        color="error"
        aria-label={variant === 'text' ? t('actions.deleteNamed', { name }) : undefined}
        disabledReason={del.reason}
        onClick={() => onAction('delete', pool)}
      >
        {t('actions.delete')}
      </ActionButton>
    </Stack>
  )
}

/**
 * Which pool dialog is open, held by the page rather than by a row: a row can leave the current
 * page while its pool is being scaled (another pool appeared or finished deleting), and the dialog
 * — with everything typed in it — must not go with it. The pool is looked up in fresh data on
 * every render; if it is gone, the dialog closes.
 */
export function usePoolDialogs(pools: readonly Pool[] | undefined, onDeleted?: () => void) {
  const { t } = useTranslation('pools')
  const [open, setOpen] = useState<{ action: PoolAction; id: string } | null>(null)
  const onAction = useCallback<OnPoolAction>(
    (action, pool) => setOpen({ action, id: poolId(pool) }),
    [],
  )
  const close = useCallback(() => setOpen(null), [])
  const pool = open ? pools?.find((p) => poolId(p) === open.id) : undefined
  const dialogs =
    open && pool ? (
      <PartBoundary title={t('actions.dialogFailed')}>
        <Suspense fallback={null}>
          {open.action === 'scale' ? (
            <ScalePoolDialog pool={pool} open onClose={close} />
          ) : (
            <DeletePoolDialog pool={pool} open onClose={close} onDeleted={onDeleted} />
          )}
        </Suspense>
      </PartBoundary>
    ) : null
  return { onAction, dialogs }
}
