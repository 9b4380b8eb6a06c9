import { Box, Breadcrumbs, Button, Link, Paper, Stack, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { Link as RouterLink, useSearchParams } from 'react-router'
import { EmptyState } from '@/components/state-views'
import { usePaths } from '@/lib/paths'
import { isPoolType, POOL_TYPE_LABELS } from '../pool-model'
import { CreatePoolForm } from './create-pool-form'

export function CreatePoolPage() {
  const { t } = useTranslation('create')
  const title = t('page.title')
  const [search] = useSearchParams()
  const type = search.get('type')
  const paths = usePaths()
  const listUrl = paths.pools(isPoolType(type) ? type : 'train')
  return (
    <Stack sx={{ gap: 1.5 }}>
      <title>{t('page.documentTitle', { title })}</title>
      <Breadcrumbs aria-label={t('page.breadcrumb')}>
        <Link component={RouterLink} to={listUrl}>
          {t('page.pools')}
        </Link>
        <Typography sx={{ color: 'text.primary' }} aria-current="page">
          {title}
        </Typography>
      </Breadcrumbs>
      <Typography variant="h1">{title}</Typography>
      {isPoolType(type) ? (
        <CreatePoolForm key={type} type={type} />
      ) : (
        <Paper variant="outlined">
          <EmptyState
            title={t('page.chooseType')}
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
            {t('page.noType')}
          </EmptyState>
        </Paper>
      )}
    </Stack>
  )
}

export const Component = CreatePoolPage
