import ReportProblemOutlinedIcon from '@mui/icons-material/ReportProblemOutlined'
import {
  Alert,
  AlertTitle,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  List,
  ListItem,
  Stack,
  TextField,
  Typography,
} from '@mui/material'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { type FormEvent, useId, useState } from 'react'
import { isApiError } from '@/api/http'
import type { Pool } from '@/api/pools'
import { type Workload, workloadName } from '@/api/workloads'
import { useNotify } from '@/components/notice'
import { ErrorState, errorText, SkeletonLines } from '@/components/state-views'
import { nodeCounts, poolId, poolName } from '../pool-model'
import { poolKeys, poolWorkloadsQuery, useDeletePool } from '../queries'

export interface DeletePoolDialogProps {
  pool: Pool
  open: boolean
  onClose: () => void
  /** Called after the service accepted the deletion. */
  onDeleted?: () => void
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
  const [typed, setTyped] = useState('')
  const describedBy = useId()
  const queryClient = useQueryClient()
  const pending = remove.isPending
  const matches = typed === name
  const nodes = nodeCounts(pool).total
  const failed = remove.error ? errorText(remove.error) : undefined

  const close = () => {
    if (!pending) onClose()
  }
  const submit = (e: FormEvent) => {
    e.preventDefault()
    if (!matches || pending) return
    remove.mutate(id, {
      onSuccess: () => {
        notify({ message: `Pool ${name} is being deleted.` })
        onClose()
        onDeleted?.()
      },
      // The pool changed or vanished meanwhile: show what it is now behind the dialog.
      onError: (error) => {
        if (isApiError(error) && (error.status === 404 || error.status === 409))
          void queryClient.invalidateQueries({ queryKey: poolKeys.all })
      },
    })
  }

  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="sm" aria-describedby={describedBy}>
      <DialogTitle>Delete pool {name}?</DialogTitle>
      <Box component="form" noValidate onSubmit={submit} sx={{ display: 'contents' }}>
        <DialogContent sx={{ pt: 0.5 }}>
          <Stack sx={{ gap: 2.5 }}>
            <Alert
              severity="error"
              icon={<ReportProblemOutlinedIcon fontSize="inherit" />}
              sx={{ '& .MuiAlert-message': { color: 'text.primary' } }}
              role="none"
            >
              <Box id={describedBy}>
                Deleting <strong>{name}</strong> releases its {nodes}{' '}
                {nodes === 1 ? 'node' : 'nodes'}. The pool cannot be restored. Training jobs,
                notebook instances, TensorBoard instances and deployed services that depend on it
                become unavailable.
              </Box>
            </Alert>
            <Dependents id={id} />
            {failed && (
              <Alert severity="error">
                <AlertTitle>The pool could not be deleted</AlertTitle>
                {failed.message}
                {failed.code && (
                  <Typography variant="caption" component="div" sx={{ mt: 0.5, color: 'inherit' }}>
                    Error code: {failed.code}
                  </Typography>
                )}
              </Alert>
            )}
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
        </DialogContent>
        <DialogActions sx={{ px: 3, pb: 2 }}>
          {/* A destructive confirmation starts on the safe choice. */}
          <Button onClick={close} disabled={pending} autoFocus>
            Cancel
          </Button>
          <Button
            type="submit"
            variant="contained"
            color="error"
            disabled={!matches}
            loading={pending}
          >
            OK
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  )
}
