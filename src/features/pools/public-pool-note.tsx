import { Alert } from '@mui/material'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { RichText } from '@/i18n/rich-text'

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
      <RichText translate={(v) => t('publicNote.body', v)} components={{ strong: <strong /> }} />
    </Alert>
  )
}
