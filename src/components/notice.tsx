import { Alert, Snackbar } from '@mui/material'
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useLayoutEffect,
  useMemo,
  useState,
} from 'react'
import { useTranslation } from 'react-i18next'
import { i18n } from '@/i18n'

export interface Notice {
  message: string
  severity?: 'success' | 'info' | 'warning' | 'error'
}

const NoticeContext = createContext<(notice: Notice) => void>(() => {})
/** The region on screen now, for notices of work that finished in another. */
interface ShownRegion {
  get(): string | undefined
  set(region: string): void
}
const ShownRegionContext = createContext<ShownRegion>({ get: () => undefined, set: () => {} })

function shownRegionBox(): ShownRegion {
  let region: string | undefined
  return {
    get: () => region,
    set: (r) => {
      region = r
    },
  }
}

/** Shows short confirmations ("Pool created") that outlive the page that caused them. */
export function NoticeProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation()
  const [notice, setNotice] = useState<(Notice & { key: number }) | null>(null)
  const [open, setOpen] = useState(false)
  const notify = useCallback((n: Notice) => {
    setNotice({ ...n, key: Date.now() })
    setOpen(true)
  }, [])
  const value = useMemo(() => notify, [notify])
  const [shownRegion] = useState(shownRegionBox)
  return (
    <NoticeContext value={value}>
      <ShownRegionContext value={shownRegion}>{children}</ShownRegionContext>
      <Snackbar
        key={notice?.key}
        open={open}
        autoHideDuration={6000}
        onClose={(_, reason) => reason !== 'clickaway' && setOpen(false)}
        anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
        // A landmark of its own: the notice is portalled outside the page's main landmark.
        role="region"
        aria-label={t('notice.region')}
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

/**
 * The notices of one region's screens. A change goes on after its screen is gone (the user
 * switched region meanwhile); its notice then names the region it happened in.
 */
export function RegionNotices({ region, children }: { region: string; children: ReactNode }) {
  const notify = useContext(NoticeContext)
  const shown = useContext(ShownRegionContext)
  useLayoutEffect(() => {
    shown.set(region)
  }, [shown, region])
  const value = useCallback(
    (n: Notice) =>
      notify(
        shown.get() === region
          ? n
          : { ...n, message: i18n.t('common:notice.inRegion', { region, message: n.message }) },
      ),
    [notify, shown, region],
  )
  return <NoticeContext value={value}>{children}</NoticeContext>
}
