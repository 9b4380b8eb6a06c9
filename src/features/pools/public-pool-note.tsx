import { Alert } from '@mui/material'
import { useState } from 'react'

const NOTE_KEY = 'modelarts-console:public-pool-note-dismissed'

/** Why dedicated pools exist next to the public one; dismissed once, for good. */
export function PublicPoolNote() {
  const [hidden, setHidden] = useState(() => localStorage.getItem(NOTE_KEY) === '1')
  if (hidden) return null
  return (
    <Alert
      severity="info"
      variant="outlined"
      sx={{ mb: 2, bgcolor: 'background.paper' }}
      onClose={() => {
        localStorage.setItem(NOTE_KEY, '1')
        setHidden(true)
      }}
      slotProps={{ closeButton: { 'aria-label': 'Dismiss note about public resource pools' } }}
    >
      Dedicated resource pools are reserved for your team and must be created and sized here. The
      public resource pool is shared and allocated per job, so it needs no management. Only{' '}
      <strong>Running</strong> pools can be used.
    </Alert>
  )
}
