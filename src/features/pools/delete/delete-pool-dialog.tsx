import ReportProblemOutlinedIcon from '@mui/icons-material/ReportProblemOutlined'
import { Alert, Box, List, ListItem, Stack, TextField, Typography } from '@mui/material'
import { useQuery } from '@tanstack/react-query'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { RichText } from '@/i18n/rich-text'
import type { Pool } from '@/api/pools'
import { type Workload, workloadName } from '@/api/workloads'
import { useNotify } from '@/components/notice'
import { ErrorState, errorText, SkeletonLines } from '@/components/state-views'
import { i18n } from '@/i18n'
import { nodeCounts, poolId, poolName, poolStatus } from '../pool-model'
import { useDeletePool, useReadPoolNow } from '../queries'
import { poolWorkloadsQuery } from '../detail-queries'
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

const words = (): WriteWords => ({
  failed: i18n.t('actions:delete.words.failed'),
  checking: i18n.t('actions:delete.words.checking'),
  notApplied: i18n.t('actions:delete.words.notApplied'),
  again: i18n.t('actions:delete.words.again'),
  unknown: i18n.t('actions:delete.words.unknown'),
})

const KINDS = ['train', 'notebook', 'tensorboard', 'infer'] as const
/** A kind of work the console knows, in words; another one as the service wrote it. */
export const workloadKind = (type: string) =>
  (KINDS as readonly string[]).includes(type)
    ? i18n.t(`actions:delete.kinds.${type as (typeof KINDS)[number]}`)
    : type

function Dependents({ id }: { id: string }) {
  const { t } = useTranslation('actions')
  const workloads = useQuery(poolWorkloadsQuery(id))
  const headingId = useId()
  if (workloads.isPending) return <SkeletonLines lines={2} label={t('delete.dependents.loading')} />
  if (workloads.isError)
    return (
      <ErrorState
        title={t('delete.dependents.loadFailed')}
        error={workloads.error}
        onRetry={() => void workloads.refetch()}
        retrying={workloads.isFetching}
      />
    )
  if (workloads.data.length === 0)
    return (
      <Typography variant="body2" sx={{ color: 'text.secondary' }}>
        {t('delete.dependents.none')}
      </Typography>
    )
  return (
    <Box>
      <Typography id={headingId} variant="body2" sx={{ fontWeight: 600, mb: 0.5 }}>
        {t('delete.dependents.heading', { count: workloads.data.length })}
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
  const { t } = useTranslation('actions')
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
      notify({ message: i18n.t('actions:delete.notice.deleting', { name }) })
      if (!left) {
        onClose()
        onDeleted?.()
      }
    },
    onUnknownAfterLeaving: (error) =>
      notify({
        severity: 'warning',
        message: i18n.t('actions:delete.notice.unknown', { name, error: errorText(error).message }),
      }),
    onFailedAfterLeaving: (error) =>
      notify({
        severity: 'error',
        message: i18n.t('actions:delete.notice.failed', { name, error: errorText(error).message }),
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
      title={t('delete.title', { name })}
      onClose={close}
      onSubmit={submit}
      pending={pending}
      submitLabel={t('delete.ok')}
      submitDisabled={!matches || unknown}
      danger
      pendingNote={t('delete.pendingNote')}
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
            <RichText
              translate={(v) => t('delete.warning', v)}
              values={{ name, count: nodes }}
              components={{ strong: <strong /> }}
            />
          </Box>
        </Alert>
        <Dependents id={id} />
        <WriteStatusAlert status={write.status} words={words()} onRecheck={write.recheck} />
        <TextField
          label={t('delete.nameLabel')}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          disabled={pending}
          autoComplete="off"
          helperText={
            <RichText
              translate={(v) => t('delete.confirm', v)}
              values={{ name }}
              components={{ strong: <strong /> }}
            />
          }
          slotProps={{ htmlInput: { spellCheck: false, autoCapitalize: 'off' } }}
        />
      </Stack>
    </WriteDialog>
  )
}
