import { Box, Button, Paper } from '@mui/material'
import { QueryClientProvider } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { Link as RouterLink, useParams } from 'react-router'
import { NotFound } from '@/components/not-found'
import { useRegionClients, useSetup } from '@/components/setup-context'
import { EmptyState } from '@/components/state-views'
import { paths, usePaths } from '@/lib/paths'
import { Layout } from './layout'

/** What Huawei Cloud region names look like: cn-north-4, ap-southeast-1, la-north-2. */
const REGION_NAME = /^[a-z]{2}(-[a-z0-9]+)+$/

/**
 * Everything under `/:region`: that region's query client (so its cache, polling and auth
 * problems are its own) around the console's layout. The layout stays (focus stays on the
 * picker); the screens inside it remount on a switch (layout.tsx), so none holds on to another
 * region's queries.
 */
export function RegionScope() {
  const { region = '' } = useParams()
  const { regions } = useSetup()
  const clientFor = useRegionClients()
  if (!regions.some((r) => r.id === region)) {
    // `/no/such/page` is a mistyped address; `/eu-west-0/pools` names a region not served here.
    return REGION_NAME.test(region) ? (
      <UnknownRegion region={region} />
    ) : (
      <Box component="main" sx={{ maxWidth: 720, mx: 'auto', mt: 8, px: 2 }}>
        <NotFound />
      </Box>
    )
  }
  return (
    <QueryClientProvider client={clientFor(region)}>
      <Layout region={region} />
    </QueryClientProvider>
  )
}

/** A URL for a region this console does not serve: say which ones it does. */
function UnknownRegion({ region }: { region: string }) {
  const { t } = useTranslation()
  const { regions } = useSetup()
  return (
    <Box component="main" sx={{ maxWidth: 720, mx: 'auto', mt: 8, px: 2 }}>
      <Paper variant="outlined">
        <EmptyState
          title={t('region.unknownTitle')}
          titleAs="h1"
          action={
            <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', justifyContent: 'center' }}>
              {regions.map((r) => (
                <Button key={r.id} variant="outlined" component={RouterLink} to={paths.pools(r.id)}>
                  {r.id}
                </Button>
              ))}
            </Box>
          }
        >
          {t('region.unknownBody', {
            region,
            regions: regions.map((r) => r.id).join(t('layout.listSeparator')),
          })}
        </EmptyState>
      </Paper>
    </Box>
  )
}

/** An unknown page inside a region: back to that region's pools. */
export function RegionNotFound() {
  return <NotFound backTo={usePaths().pools()} />
}
