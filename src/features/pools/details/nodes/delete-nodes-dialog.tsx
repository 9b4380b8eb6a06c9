import { Alert, List, ListItem, Stack, Typography } from '@mui/material'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { Pool } from '@/api/pools'
import { useNotify } from '@/components/notice'
import { i18n } from '@/i18n'
import { errorText } from '@/components/state-views'
import { poolId, poolName } from '../../pool-model'
import { useDeleteNodes, useNodesGoneCheck } from '../../detail-queries'
import { useWriteOnce } from '../../use-write-once'
import { WriteDialog } from '../../write-dialog'
import { WriteStatusAlert, type WriteWords } from '../../write-status-alert'

/**
 * Confirms deleting the nodes selected on the Nodes tab: one `batch-delete` for all of them,
 * sent once, and a way out at every moment (the deletion goes on and ends in a notice).
 */
export function DeleteNodesDialog({
  pool,
  nodeNames,
  open,
  onClose,
  onDeleted,
}: {
  pool: Pool
  nodeNames: readonly string[]
  open: boolean
  onClose: () => void
  onDeleted: () => void
}) {
  const { t } = useTranslation('details')
  const id = poolId(pool)
  const name = poolName(pool)
  const words: WriteWords = {
    failed: t('nodes.deleteDialog.words.failed'),
    checking: t('nodes.deleteDialog.words.checking'),
    notApplied: t('nodes.deleteDialog.words.notApplied'),
    again: t('nodes.deleteDialog.words.again'),
    unknown: t('nodes.deleteDialog.words.unknown'),
  }
  // Notices may come after the dialog closed: i18n.t words them in the language of that moment.
  const list = (names: readonly string[]) => names.join(i18n.t('details:nodes.nameSeparator'))
  const notify = useNotify()
  const remove = useDeleteNodes()
  const nodesGone = useNodesGoneCheck()
  const describedBy = useId()
  const write = useWriteOnce<string[]>({
    send: (names) => remove.mutateAsync({ poolId: id, nodeNames: names }),
    check: (names) => nodesGone(id, names),
    onApplied: (names, left) => {
      notify({
        message: i18n.t('details:nodes.deleteDialog.removing', {
          count: names.length,
          name,
          names: list(names),
        }),
      })
      if (!left) {
        onDeleted()
        onClose()
      }
    },
    onFailedAfterLeaving: (error) =>
      notify({
        severity: 'error',
        message: i18n.t('details:nodes.deleteDialog.failed', {
          name,
          message: errorText(error).message,
        }),
      }),
    onUnknownAfterLeaving: (error) =>
      notify({
        severity: 'warning',
        message: i18n.t('details:nodes.deleteDialog.unknown', {
          name,
          message: errorText(error).message,
        }),
      }),
  })
  const unknown = write.status.phase === 'unknown'
  const close = () => {
    write.leave()
    onClose()
  }
  return (
    <WriteDialog
      open={open}
      title={t('nodes.deleteDialog.title', { count: nodeNames.length, name })}
      onClose={close}
      onSubmit={() => !unknown && write.run([...nodeNames])}
      pending={write.pending}
      submitLabel={t('nodes.deleteDialog.submit')}
      submitDisabled={unknown || nodeNames.length === 0}
      danger
      pendingNote={t('nodes.deleteDialog.pendingNote')}
      describedBy={describedBy}
      actionsSx={{ pb: 2 }}
    >
      <Stack sx={{ gap: 2 }}>
        <Alert severity="warning" role="none" id={describedBy}>
          {t('nodes.deleteDialog.warning')}
        </Alert>
        <List
          dense
          disablePadding
          aria-label={t('nodes.deleteDialog.listLabel')}
          sx={{
            border: 1,
            borderColor: 'divider',
            borderRadius: 1,
            maxHeight: 220,
            overflow: 'auto',
          }}
        >
          {nodeNames.map((n, i) => (
            <ListItem key={n} divider={i < nodeNames.length - 1}>
              <Typography variant="body2" sx={{ fontFamily: 'monospace' }}>
                {n}
              </Typography>
            </ListItem>
          ))}
        </List>
        <WriteStatusAlert status={write.status} words={words} onRecheck={write.recheck} />
      </Stack>
    </WriteDialog>
  )
}
