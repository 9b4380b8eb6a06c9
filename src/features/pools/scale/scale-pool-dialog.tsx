import { Stack } from '@mui/material'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { RichText } from '@/i18n/rich-text'
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

const words = (t: TFunction<'actions'>): WriteWords => ({
  failed: t('scale.words.failed'),
  checking: t('scale.words.checking'),
  notApplied: t('scale.words.notApplied'),
  again: t('scale.words.again'),
  unknown: t('scale.words.unknown'),
})

/**
 * Scale a pool: a target per flavor, and the Node List where switching a node off marks it for
 * removal. A higher target scales out (PATCH of `spec.resources`); a lower one removes exactly
 * the nodes switched off (`nodes/batch-delete`). The service checks the same rules again.
 */
export function ScalePoolDialog({ pool, open, onClose }: ScalePoolDialogProps) {
  const { t } = useTranslation('actions')
  const scale = useScalePool(pool, onClose)
  const { name, pending, check, close, submit, write, stateChanged, summary } = scale
  return (
    <WriteDialog
      open={open}
      title={t('scale.title', { name })}
      onClose={close}
      onSubmit={submit}
      pending={pending}
      submitLabel={t('scale.submit')}
      submitDisabled={!check.ready || write.status.phase === 'unknown'}
      pendingNote={t('scale.pendingNote')}
      summary={
        summary && (
          <RichText
            translate={(v) => t('scale.summary', v)}
            values={{ summary }}
            components={{ strong: <strong /> }}
          />
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
          words={words(t)}
          onRecheck={write.recheck}
          extra={stateChanged && t('scale.stateChanged')}
        />
        <ScaleTargets scale={scale} />
        <ScaleNodeList scale={scale} />
      </Stack>
    </WriteDialog>
  )
}
