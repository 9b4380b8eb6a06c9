import { useTranslation } from 'react-i18next'
import { Navigate, type RouteObject, useLocation } from 'react-router'
import { useSetup } from '@/components/setup-context'
import { SkeletonLines } from '@/components/state-views'
import { RegionNotFound, RegionScope } from './region-scope'
import { RouteError } from './route-error'
import { loadPoolsPage } from './warm-landing'

/** `/` and region-less links (`/pools/…`, as before regions) name no region. */
export const isRegionless = (pathname: string) =>
  pathname === '/' || pathname === '/pools' || pathname.startsWith('/pools/')

/** Where a region-less address goes: the same page in the first region. */
export const inFirstRegion = (pathname: string, search: string, first: string) =>
  pathname === '/' ? `/${first}/pools?type=train` : `/${first}${pathname}${search}`

/** Region-less links followed in the app open the first region's page. */
function ToFirstRegion() {
  const { regions } = useSetup()
  const { pathname, search } = useLocation()
  return <Navigate to={inFirstRegion(pathname, search, regions[0]!.id)} replace />
}

/** Shown while the first lazy route loads; a component, so it speaks the language of the moment. */
function PageLoading() {
  const { t } = useTranslation()
  return <SkeletonLines lines={6} label={t('layout.loadingPage')} />
}

/**
 * Every URL starts with its region (`/cn-north-4/pools?type=train`), so a link opens the same
 * thing for whoever follows it. Every screen is its own chunk: the list does not pay for the
 * create form, and so on.
 */
export const routes: RouteObject[] = [
  { path: '/', element: <ToFirstRegion /> },
  { path: '/pools/*', element: <ToFirstRegion /> },
  {
    path: '/:region',
    element: <RegionScope />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <PageLoading />,
    children: [
      { index: true, element: <Navigate to="pools?type=train" replace /> },
      { path: 'pools', lazy: loadPoolsPage },
      { path: 'pools/create', lazy: () => import('@/features/pools/create/create-pool-page') },
      { path: 'pools/:poolId', lazy: () => import('@/features/pools/details/pool-details-page') },
      { path: '*', element: <RegionNotFound /> },
    ],
  },
]
