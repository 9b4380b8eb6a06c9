import { Alert, List, ListItem, Stack, Typography } from '@mui/material'
import { useId } from 'react'
import type { Pool } from '@/api/pools'
import { useNotify } from '@/components/notice'
import { errorText } from '@/components/state-views'
import { plural, poolId, poolName } from '../../pool-model'
import { useDeleteNodes, useNodesGoneCheck } from '../../queries'
import { useWriteOnce } from '../../use-write-once'
import { WriteDialog } from '../../write-dialog'
import { WriteStatusAlert, type WriteWords } from '../../write-status-alert'

const WORDS: WriteWords = {
  failed: 'The nodes could not be deleted',
  checking: 'Looking at the nodes to see whether they are being deleted…',
  notApplied: 'The nodes were not deleted',
  again: 'Press Delete again',
  unknown: 'Whether the nodes are being deleted is not known yet',
}

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
  const id = poolId(pool)
  const name = poolName(pool)
  const notify = useNotify()
  const remove = useDeleteNodes()
  const nodesGone = useNodesGoneCheck()
  const describedBy = useId()
  const write = useWriteOnce<string[]>({
    send: (names) => remove.mutateAsync({ poolId: id, nodeNames: names }),
    check: (names) => nodesGone(id, names),
    onApplied: (names, left) => {
      notify({
        message: `Removing ${plural(names.length, 'node')} from pool ${name}: ${names.join(', ')}.`,
      })
      if (!left) {
        onDeleted()
        onClose()
      }
    },
    onFailedAfterLeaving: (error) =>
      notify({
        severity: 'error',
        message: `The nodes of pool ${name} were not deleted: ${errorText(error).message}`,
      }),
    onUnknownAfterLeaving: (error) =>
      notify({
        severity: 'warning',
        message: `Whether the nodes of pool ${name} are being deleted is not known yet (${errorText(error).message}). The Nodes tab shows what happened.`,
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
      title={`Delete ${plural(nodeNames.length, 'node')} from ${name}?`}
      onClose={close}
      onSubmit={() => !unknown && write.run([...nodeNames])}
      pending={write.pending}
      submitLabel="Delete"
      submitDisabled={unknown || nodeNames.length === 0}
      danger
      pendingNote="Closing does not stop the deletion; the Nodes tab shows how it ends."
      describedBy={describedBy}
      actionsSx={{ pb: 2 }}
    >
      <Stack sx={{ gap: 2 }}>
        <Alert severity="warning" role="none" id={describedBy}>
          The nodes are released and cannot be restored. Jobs and services running on them are
          stopped.
        </Alert>
        <List
          dense
          disablePadding
          aria-label="Nodes to delete"
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
        <WriteStatusAlert status={write.status} words={WORDS} onRecheck={write.recheck} />
      </Stack>
    </WriteDialog>
  )
}
