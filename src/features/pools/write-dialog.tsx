import {
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  type SxProps,
  type Theme,
  Typography,
} from '@mui/material'
import type { FormEvent, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useFocusWhilePending } from './use-write-once'

/**
 * The shell of a dialog that sends one change (Scale, Delete): a form whose Submit sends it, and
 * a way out at every moment. While the change is under way Cancel becomes Close and takes the
 * focus, with a line saying that closing does not stop the change.
 */
export function WriteDialog({
  open,
  title,
  onClose,
  onSubmit,
  pending,
  submitLabel,
  submitDisabled,
  danger = false,
  pendingNote,
  summary,
  describedBy,
  maxWidth = 'sm',
  contentSx,
  actionsSx,
  children,
}: {
  open: boolean
  title: string
  onClose: () => void
  onSubmit: () => void
  pending: boolean
  submitLabel: string
  submitDisabled: boolean
  /** A destructive change: red Submit, and the dialog starts on the safe choice (Cancel). */
  danger?: boolean
  /** E.g. "Closing does not stop the deletion; the list shows how it ends." */
  pendingNote: string
  /** What Submit will do, at the left of the buttons. */
  summary?: ReactNode
  describedBy?: string
  maxWidth?: 'sm' | 'md'
  contentSx?: SxProps<Theme>
  actionsSx?: SxProps<Theme>
  children: ReactNode
}) {
  const { t } = useTranslation('pools')
  const closeButton = useFocusWhilePending(pending)
  const submit = (e: FormEvent) => {
    e.preventDefault()
    onSubmit()
  }
  return (
    <Dialog
      open={open}
      onClose={onClose}
      fullWidth
      maxWidth={maxWidth}
      aria-describedby={describedBy}
    >
      <DialogTitle sx={{ pb: 0.5 }}>{title}</DialogTitle>
      <Box component="form" noValidate onSubmit={submit} sx={{ display: 'contents' }}>
        <DialogContent sx={contentSx}>{children}</DialogContent>
        <DialogActions
          sx={[{ px: 3, gap: 1 }, ...(Array.isArray(actionsSx) ? actionsSx : [actionsSx])]}
        >
          {summary && (
            <Typography variant="body2" sx={{ mr: 'auto', color: 'text.secondary' }}>
              {summary}
            </Typography>
          )}
          {pending && (
            <Typography
              variant="caption"
              sx={{ color: 'text.secondary', ...(summary ? {} : { mr: 'auto' }) }}
            >
              {pendingNote}
            </Typography>
          )}
          {/* A destructive confirmation starts on the safe choice. */}
          <Button onClick={onClose} autoFocus={danger} ref={closeButton}>
            {pending ? t('dialog.close') : t('dialog.cancel')}
          </Button>
          <Button
            type="submit"
            variant="contained"
            color={danger ? 'error' : 'primary'}
            disabled={submitDisabled}
            loading={pending}
          >
            {submitLabel}
          </Button>
        </DialogActions>
      </Box>
    </Dialog>
  )
}
