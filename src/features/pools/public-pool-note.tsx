import { Alert } from '@mui/material'
import { useState } from 'react'
import { Trans, useTranslation } from 'react-i18next'

const NOTE_KEY = 'modelarts-console:public-pool-note-dismissed'

/** Why dedicated pools exist next to the public one; dismissed once, for good. */
export function PublicPoolNote() {
  const { t } = useTranslation('pools')
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
      slotProps={{ closeButton: { 'aria-label': t('publicNote.dismiss') } }}
    >
      <Trans t={t} i18nKey="publicNote.body" components={{ strong: <strong /> }} />
    </Alert>
  )
}
