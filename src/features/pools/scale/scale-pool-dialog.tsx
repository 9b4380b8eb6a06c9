import { Stack } from '@mui/material'
import type { Pool } from '@/api/pools'
import { WriteDialog } from '../write-dialog'
import { WriteStatusAlert, type WriteWords } from '../write-status-alert'
import { ScaleFacts, ScaleNodeList, ScaleTargets } from './scale-sections'
import { useScalePool } from './use-scale-pool'

export interface ScalePoolDialogProps {
  pool: Pool
  open: boolean
  onClose: () => void
}

const WORDS: WriteWords = {
  failed: 'The pool could not be scaled',
  checking: 'Looking at the pool to see whether the change was taken…',
  notApplied: 'The pool was not scaled',
  again: 'Submit again',
  unknown: 'Whether the pool is being scaled is not known yet',
}

/**
 * Scale a pool: a target per flavor, and the Node List where switching a node off marks it for
 * removal. A higher target scales out (PATCH of `spec.resources`); a lower one removes exactly
 * the nodes switched off (`nodes/batch-delete`). The service checks the same rules again.
 */
export function ScalePoolDialog({ pool, open, onClose }: ScalePoolDialogProps) {
  const scale = useScalePool(pool, onClose)
  const { name, pending, check, close, submit, write, stateChanged, summary } = scale
  return (
    <WriteDialog
      open={open}
      title={`Scale pool ${name}`}
      onClose={close}
      onSubmit={submit}
      pending={pending}
      submitLabel="Submit"
      submitDisabled={!check.ready || write.status.phase === 'unknown'}
      pendingNote="Closing does not stop the change; the list shows how it ends."
      summary={
        summary && (
          <>
            Submit will <strong>{summary}</strong>
          </>
        )
      }
      maxWidth="md"
      contentSx={{ pt: 1 }}
      actionsSx={{ py: 1.5, borderTop: 1, borderColor: 'divider' }}
    >
      <Stack sx={{ gap: 2.5 }}>
        <ScaleFacts pool={pool} scale={scale} />
        <WriteStatusAlert
          status={write.status}
          words={WORDS}
          onRecheck={write.recheck}
          extra={
            stateChanged &&
            'The pool changed since this dialog opened; its current state is shown here. Wait until it is Running or Abnormal with no nodes being added or removed, then submit again.'
          }
        />
        <ScaleTargets scale={scale} />
        <ScaleNodeList scale={scale} />
      </Stack>
    </WriteDialog>
  )
}
