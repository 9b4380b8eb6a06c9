import { Navigate, type RouteObject } from 'react-router'
import { Layout } from './layout'
import { NotFound } from '@/components/not-found'
import { SkeletonLines } from '@/components/state-views'
import { RouteError } from './route-error'

/** Every screen is its own chunk: the list does not pay for the create form, and so on. */
export const routes: RouteObject[] = [
  {
    element: <Layout />,
    errorElement: <RouteError />,
    // Shown while the first lazy route loads.
    hydrateFallbackElement: <SkeletonLines lines={6} label="Loading page" />,
    children: [
      { index: true, element: <Navigate to="/pools?type=train" replace /> },
      { path: 'pools', lazy: () => import('@/features/pools/pools-page') },
      { path: 'pools/create', lazy: () => import('@/features/pools/create/create-pool-page') },
      { path: 'pools/:poolId', lazy: () => import('@/features/pools/details/pool-details-page') },
      { path: '*', element: <NotFound /> },
    ],
  },
]
