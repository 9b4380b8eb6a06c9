import { Button, Dialog, DialogActions, DialogTitle } from '@mui/material'
import type { Pool } from '@/api/pools'

export interface DeletePoolDialogProps {
  pool: Pool
  open: boolean
  onClose: () => void
  /** Called after the service accepted the deletion. */
  onDeleted?: () => void
}

// Placeholder until the Delete issue lands; the list and details pages already own its state.
export function DeletePoolDialog({ open, onClose }: DeletePoolDialogProps) {
  return (
    <Dialog open={open} onClose={onClose}>
      <DialogTitle>Delete</DialogTitle>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  )
}
