import DnsOutlinedIcon from '@mui/icons-material/DnsOutlined'
import {
  AppBar,
  Box,
  Chip,
  Link,
  List,
  ListItem,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  Toolbar,
  Typography,
} from '@mui/material'
import { lazy, Suspense, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link as RouterLink, Outlet, useLocation } from 'react-router'
import { AuthProblemBanner } from '@/components/auth-problem'
import { RegionNotices } from '@/components/notice'
import { useDemo } from '@/components/demo-context'
import { useSetup } from '@/components/setup-context'
import { SkeletonLines } from '@/components/state-views'
import { paths } from '@/lib/paths'
import { ColorModeSwitch, LanguageSwitch } from './preference-switches'
import { RegionPicker } from './region-picker'

// Demo-only parts of the app bar load apart: a live build never renders them.
const DemoMarker = lazy(() => import('./demo-marker').then((m) => ({ default: m.DemoMarker })))
const ResetDemoButton = lazy(() =>
  import('./reset-demo-button').then((m) => ({ default: m.ResetDemoButton })),
)

const NAV_WIDTH = 212

function ModeMarker({ region }: { region: string }) {
  const { t } = useTranslation()
  const demo = useDemo()
  const { regions } = useSetup()
  if (demo)
    return (
      <Suspense fallback={null}>
        <DemoMarker demo={demo} />
      </Suspense>
    )
  const here = regions.find((r) => r.id === region)
  const label = [
    t('mode.live'),
    here?.modelartsHost ?? region,
    ...(here?.projectId ? [t('mode.project', { id: here.projectId })] : []),
  ].join(' · ')
  return (
    <Chip
      label={label}
      title={label}
      size="small"
      // It shrinks (its label ends in an ellipsis) before the switches beside it wrap.
      sx={{ bgcolor: 'rgba(255,255,255,0.16)', color: 'inherit', minWidth: 0 }}
    />
  )
}

/** Read by screen readers, not shown. */
const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const

/** Says the switch out loud: the page changes under the picker without moving focus. */
function RegionAnnouncer({ region }: { region: string }) {
  const { t } = useTranslation()
  const [shown, setShown] = useState(region)
  const [said, setSaid] = useState('')
  if (shown !== region) {
    setShown(region)
    setSaid(t('layout.showingRegion', { region }))
  }
  return (
    <Box role="status" sx={visuallyHidden}>
      {said}
    </Box>
  )
}

export function Layout({ region }: { region: string }) {
  const { t } = useTranslation()
  const demo = useDemo()
  const { pathname } = useLocation()
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <Link
        href="#main"
        sx={{
          position: 'absolute',
          left: 8,
          top: -40,
          zIndex: 2000,
          bgcolor: 'background.paper',
          p: 1,
          '&:focus': { top: 8 },
        }}
      >
        {t('layout.skipLink')}
      </Link>
      <AppBar position="fixed" sx={{ zIndex: (t) => t.zIndex.drawer + 1, bgcolor: '#14213d' }}>
        <Toolbar variant="dense" sx={{ gap: 2 }}>
          <Typography component="span" sx={{ fontWeight: 700, fontSize: 16 }}>
            ModelArts
          </Typography>
          <Typography component="span" sx={{ opacity: 0.75, whiteSpace: 'nowrap' }}>
            {t('layout.product')}
          </Typography>
          <RegionPicker region={region} />
          <ModeMarker region={region} />
          <Box sx={{ flex: 1 }} />
          <LanguageSwitch />
          <ColorModeSwitch />
          {demo && (
            <Suspense fallback={null}>
              <ResetDemoButton demo={demo} />
            </Suspense>
          )}
        </Toolbar>
      </AppBar>
      <Box
        component="nav"
        aria-label={t('layout.nav')}
        sx={{
          width: NAV_WIDTH,
          flexShrink: 0,
          borderRight: 1,
          borderColor: 'divider',
          bgcolor: 'background.paper',
          pt: 7,
          display: { xs: 'none', md: 'block' },
        }}
      >
        <List dense>
          <ListItem disablePadding>
            <ListItemButton
              component={RouterLink}
              to={paths.pools(region)}
              selected={pathname.startsWith(`/${region}/pools`)}
              aria-current={pathname === `/${region}/pools` ? 'page' : undefined}
            >
              <ListItemIcon sx={{ minWidth: 34 }}>
                <DnsOutlinedIcon fontSize="small" />
              </ListItemIcon>
              <ListItemText primary={t('layout.pools')} />
            </ListItemButton>
          </ListItem>
        </List>
      </Box>
      <Box
        component="main"
        id="main"
        tabIndex={-1}
        sx={{ flex: 1, minWidth: 0, pt: 9, pb: 4, px: { xs: 2, md: 3 }, outline: 'none' }}
      >
        <RegionAnnouncer region={region} />
        <AuthProblemBanner />
        <Suspense fallback={<SkeletonLines lines={6} label={t('layout.loadingPage')} />}>
          {/* A screen of one region never lives on in another: its queries are that region's. */}
          <RegionNotices region={region} key={region}>
            <Outlet />
          </RegionNotices>
        </Suspense>
      </Box>
    </Box>
  )
}
