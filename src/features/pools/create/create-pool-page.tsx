import { Box, Breadcrumbs, Button, Link, Paper, Stack, Typography } from '@mui/material'
import { Link as RouterLink, useSearchParams } from 'react-router'
import { EmptyState } from '@/components/state-views'
import { usePaths } from '@/lib/paths'
import { isPoolType, POOL_TYPE_LABELS } from '../pool-model'
import { CreatePoolForm } from './create-pool-form'

const TITLE = 'Create Dedicated Resource Pool'

export function CreatePoolPage() {
  const [search] = useSearchParams()
  const type = search.get('type')
  const paths = usePaths()
  const listUrl = paths.pools(isPoolType(type) ? type : 'train')
  return (
    <Stack sx={{ gap: 1.5 }}>
      <title>{`${TITLE} · ModelArts`}</title>
      <Breadcrumbs aria-label="Breadcrumb">
        <Link component={RouterLink} to={listUrl}>
          Dedicated Resource Pools
        </Link>
        <Typography sx={{ color: 'text.primary' }} aria-current="page">
          {TITLE}
        </Typography>
      </Breadcrumbs>
      <Typography variant="h1">{TITLE}</Typography>
      {isPoolType(type) ? (
        <CreatePoolForm key={type} type={type} />
      ) : (
        <Paper variant="outlined">
          <EmptyState
            title="Choose what the pool is for"
            action={
              <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', justifyContent: 'center' }}>
                <Button variant="outlined" component={RouterLink} to={paths.create('train')}>
                  {POOL_TYPE_LABELS.train}
                </Button>
                <Button variant="outlined" component={RouterLink} to={paths.create('infer')}>
                  {POOL_TYPE_LABELS.infer}
                </Button>
              </Box>
            }
          >
            This address does not say which kind of dedicated pool to create.
          </EmptyState>
        </Paper>
      )}
    </Stack>
  )
}

export const Component = CreatePoolPage
