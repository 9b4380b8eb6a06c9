import RestartAltIcon from '@mui/icons-material/RestartAlt'
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
} from '@mui/material'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useNotify } from '@/components/notice'
import { useRegionClients, useSetup } from '@/components/setup-context'
import { usePaths } from '@/lib/paths'
import type { DemoControls } from '@/lib/demo'

export function ResetDemoButton({ demo }: { demo: DemoControls }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const clientFor = useRegionClients()
  const { regions } = useSetup()
  const paths = usePaths()
  const navigate = useNavigate()
  const notify = useNotify()

  const reset = async () => {
    demo.reset()
    setOpen(false)
    await navigate(paths.pools())
    // Every region's project went back to its seed.
    await Promise.all(regions.map((r) => clientFor(r.id).resetQueries()))
    notify({ message: t('demo.resetDone'), severity: 'info' })
  }

  return (
    <>
      <Button color="inherit" startIcon={<RestartAltIcon />} onClick={() => setOpen(true)}>
        {t('demo.reset')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="reset-demo-title">
        <DialogTitle id="reset-demo-title">{t('demo.resetTitle')}</DialogTitle>
        <DialogContent>
          <DialogContentText>{t('demo.resetBody')}</DialogContentText>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)} autoFocus>
            {t('button.cancel')}
          </Button>
          <Button variant="contained" onClick={() => void reset()}>
            {t('demo.resetConfirm')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  )
}
