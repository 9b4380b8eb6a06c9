import { Button, Dialog, DialogActions, DialogTitle } from '@mui/material'
import type { Pool } from '@/api/pools'

export interface ScalePoolDialogProps {
  pool: Pool
  open: boolean
  onClose: () => void
}

// Placeholder until the Scale issue lands; the list and details pages already own its state.
export function ScalePoolDialog({ open, onClose }: ScalePoolDialogProps) {
  return (
    <Dialog open={open} onClose={onClose}>
      <DialogTitle>Scale</DialogTitle>
      <DialogActions>
        <Button onClick={onClose}>Close</Button>
      </DialogActions>
    </Dialog>
  )
}
