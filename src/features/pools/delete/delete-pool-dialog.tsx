import ReportProblemOutlinedIcon from '@mui/icons-material/ReportProblemOutlined'
import { Alert, Box, List, ListItem, Stack, TextField, Typography } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
import type { Pool } from '@/api/pools'
import { type Workload, workloadName } from '@/api/workloads'
import { useNotify } from '@/components/notice'
import { ErrorState, errorText, SkeletonLines } from '@/components/state-views'
import { nodeCounts, poolId, poolName, poolStatus } from '../pool-model'
import { poolWorkloadsQuery, useDeletePool, useReadPoolNow } from '../queries'
import { useWriteOnce } from '../use-write-once'
import { WriteDialog } from '../write-dialog'
import { WriteStatusAlert, type WriteWords } from '../write-status-alert'

export interface DeletePoolDialogProps {
  pool: Pool
  open: boolean
  onClose: () => void
  /** Called after the service accepted the deletion. */
  onDeleted?: () => void
}

const WORDS: WriteWords = {
  failed: 'The pool could not be deleted',
  checking: 'Looking at the pool to see whether it is being deleted…',
  notApplied: 'The pool was not deleted',
  again: 'Press OK again',
  unknown: 'Whether the pool is being deleted is not known yet',
}

const KIND_LABELS: Record<string, string> = {
  train: 'Training job',
  notebook: 'Notebook instance',
  tensorboard: 'TensorBoard instance',
  infer: 'Service',
}
export const workloadKind = (type: string) => KIND_LABELS[type] ?? type

function Dependents({ id }: { id: string }) {
  const workloads = useQuery(poolWorkloadsQuery(id))
  const headingId = useId()
  if (workloads.isPending)
    return <SkeletonLines lines={2} label="Loading what depends on this pool" />
  if (workloads.isError)
    return (
      <ErrorState
        title="What depends on this pool could not be loaded"
        error={workloads.error}
        onRetry={() => void workloads.refetch()}
        retrying={workloads.isFetching}
      />
    )
  if (workloads.data.length === 0)
    return (
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        No training jobs, notebook instances, TensorBoard instances or services depend on this pool
        now.
      </Typography>
    )
  return (
    <Box>
      <Typography id={headingId} variant="body2" sx={{ fontWeight: 600, mb: 0.5 }}>
        {workloads.data.length === 1
          ? 'This depends on it now:'
          : `These ${workloads.data.length} depend on it now:`}
      </Typography>
      <List
        dense
        disablePadding
        aria-labelledby={headingId}
        sx={{
          border: 1,
          borderColor: 'divider',
          borderRadius: 1,
          maxHeight: 200,
          overflow: 'auto',
        }}
      >
        {workloads.data.map((w: Workload, i) => (
          <ListItem
            key={`${w.type}/${w.name}`}
            divider={i < workloads.data.length - 1}
            sx={{ gap: 1.5, py: 0.75 }}
          >
            <Typography variant="body2" sx={{ color: 'text.secondary', width: 140, flexShrink: 0 }}>
              {workloadKind(w.type)}
            </Typography>
            <Typography
              variant="body2"
              sx={{ fontWeight: 500, flex: 1, minWidth: 0, wordBreak: 'break-all' }}
            >
              {workloadName(w)}
            </Typography>
            {w.status && (
              <Typography variant="caption" sx={{ flexShrink: 0 }}>
                {w.status}
              </Typography>
            )}
          </ListItem>
        ))}
      </List>
    </Box>
  )
}

/**
 * Deleting a pool cannot be undone and breaks what runs on it, so the dialog says exactly that,
 * lists what runs on it now, and asks for the pool's name before OK is allowed.
 */
export function DeletePoolDialog({ pool, open, onClose, onDeleted }: DeletePoolDialogProps) {
  const id = poolId(pool)
  const name = poolName(pool)
  const notify = useNotify()
  const remove = useDeletePool()
  const readPool = useReadPoolNow()
  const [typed, setTyped] = useState('')
  const describedBy = useId()
  const matches = typed === name
  const nodes = nodeCounts(pool).total
  const write = useWriteOnce<string>({
    send: (poolIdToDelete) => remove.mutateAsync(poolIdToDelete),
    // Gone, or on its way out: the deletion was taken.
    check: async (poolIdToDelete) => {
      const now = await readPool(poolIdToDelete)
      return now === null || poolStatus(now) === 'Deleting'
    },
    onApplied: (_, left) => {
      notify({ message: `Pool ${name} is being deleted.` })
      if (!left) {
        onClose()
        onDeleted?.()
      }
    },
    onUnknownAfterLeaving: (error) =>
      notify({
        severity: 'warning',
        message: `Whether pool ${name} is being deleted is not known yet (${errorText(error).message}). The list shows what happened.`,
      }),
    onFailedAfterLeaving: (error) =>
      notify({
        severity: 'error',
        message: `Pool ${name} was not deleted: ${errorText(error).message}`,
      }),
  })
  const pending = write.pending
  const unknown = write.status.phase === 'unknown'

  // The user can always leave; a deletion under way goes on and reports its end as a notice.
  const close = () => {
    write.leave()
    onClose()
  }
  const submit = () => {
    if (!matches || unknown) return
    write.run(id)
  }

  return (
    <WriteDialog
      open={open}
      title={`Delete pool ${name}?`}
      onClose={close}
      onSubmit={submit}
      pending={pending}
      submitLabel="OK"
      submitDisabled={!matches || unknown}
      danger
      pendingNote="Closing does not stop the deletion; the list shows how it ends."
      describedBy={describedBy}
      contentSx={{ pt: 0.5 }}
      actionsSx={{ pb: 2 }}
    >
      <Stack sx={{ gap: 2.5 }}>
        <Alert
          severity="error"
          icon={<ReportProblemOutlinedIcon fontSize="inherit" />}
          sx={{ '& .MuiAlert-message': { color: 'text.primary' } }}
          role="none"
        >
          <Box id={describedBy}>
            Deleting <strong>{name}</strong> releases its {nodes} {nodes === 1 ? 'node' : 'nodes'}.
            The pool cannot be restored. Training jobs, notebook instances, TensorBoard instances
            and deployed services that depend on it become unavailable.
          </Box>
        </Alert>
        <Dependents id={id} />
        <WriteStatusAlert status={write.status} words={WORDS} onRecheck={write.recheck} />
        <TextField
          label="Pool name"
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          disabled={pending}
          autoComplete="off"
          helperText={
            <>
              Type <strong>{name}</strong> to confirm.
            </>
          }
          slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'off' } }}
        />
      </Stack>
    </WriteDialog>
  )
}
