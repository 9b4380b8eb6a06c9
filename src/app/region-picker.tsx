import PublicIcon from '@mui/icons-material/Public'
import { Box, MenuItem, TextField, Typography } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { useLocation, useNavigate } from 'react-router'
import { useSetup } from '@/components/setup-context'
import { paths } from '@/lib/paths'
import { isPoolType } from '@/features/pools/pool-model'

/**
 * The region switch every cloud console has. A switch opens the other region's pool list (of
 * the same type): a pool or a form of this region means nothing there. A console set up for one
 * region names it instead: a switch with nothing to switch to is only a faint, disabled field.
 */
export function RegionPicker({ region }: { region: string }) {
  const { t } = useTranslation()
  const { regions } = useSetup()
  const navigate = useNavigate()
  const { search } = useLocation()
  const type = new URLSearchParams(search).get('type')
  const icon = <PublicIcon fontSize="small" aria-hidden sx={{ opacity: 0.8 }} />

  if (regions.length < 2)
    return (
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
        {icon}
        <Typography component="span" sx={{ fontSize: 14, whiteSpace: 'nowrap' }}>
          <Box component="span" sx={{ opacity: 0.8 }}>
            {t('layout.region')}
          </Box>{' '}
          {region}
        </Typography>
      </Box>
    )
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
      {icon}
      <TextField
        select
        size="small"
        label={t('layout.region')}
        value={region}
        onChange={(e) =>
          void navigate(paths.pools(e.target.value, isPoolType(type) ? type : 'train'))
        }
        sx={{
          minWidth: 150,
          '& .MuiInputBase-root': { color: 'inherit', height: 32, fontSize: 14 },
          '& .MuiInputLabel-root, & .MuiInputLabel-root.Mui-focused': {
            color: 'rgba(255,255,255,0.85)',
          },
          '& .MuiOutlinedInput-notchedOutline': { borderColor: 'rgba(255,255,255,0.5)' },
          '& .MuiSvgIcon-root': { color: 'inherit' },
        }}
      >
        {regions.map((r) => (
          <MenuItem key={r.id} value={r.id}>
            {r.id}
          </MenuItem>
        ))}
      </TextField>
    </Box>
  )
}
