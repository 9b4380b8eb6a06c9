import { Alert, Snackbar } from '@mui/material'
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react'

export interface Notice {
  message: string
  severity?: 'success' | 'info' | 'warning' | 'error'
}

const NoticeContext = createContext<(notice: Notice) => void>(() => {})

/** Shows short confirmations ("Pool created") that outlive the page that caused them. */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<(Notice & { key: number }) | null>(null)
  const [open, setOpen] = useState(false)
  const notify = useCallback((n: Notice) => {
    setNotice({ ...n, key: Date.now() })
    setOpen(true)
  }, [])
  const value = useMemo(() => notify, [notify])
  return (
    <NoticeContext value={value}>
      {children}
      <Snackbar
        key={notice?.key}
        open={open}
        autoHideDuration={6000}
        onClose={(_, reason) => reason !== 'clickaway' && setOpen(false)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
      >
        <Alert
          variant="filled"
          severity={notice?.severity ?? 'success'}
          onClose={() => setOpen(false)}
          sx={{ minWidth: 320 }}
        >
          {notice?.message}
        </Alert>
      </Snackbar>
    </NoticeContext>
  )
}

export const useNotify = () => useContext(NoticeContext)
