import PublicIcon from '@mui/icons-material/Public'
import { Box, MenuItem, TextField } from '@mui/material'
import { useTranslation } from 'react-i18next'
import { useLocation, useNavigate } from 'react-router'
import { useSetup } from '@/components/setup-context'
import { paths } from '@/lib/paths'
import { isPoolType } from '@/features/pools/pool-model'

/**
 * The region switch every cloud console has. A switch opens the other region's pool list (of
 * the same type): a pool or a form of this region means nothing there.
 */
export function RegionPicker({ region }: { region: string }) {
  const { t } = useTranslation()
  const { regions } = useSetup()
  const navigate = useNavigate()
  const { search } = useLocation()
  const type = new URLSearchParams(search).get('type')

  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
      <PublicIcon fontSize="small" aria-hidden sx={{ opacity: 0.8 }} />
      <TextField
        select
        size="small"
        label={t('layout.region')}
        value={region}
        onChange={(e) =>
          void navigate(paths.pools(e.target.value, isPoolType(type) ? type : 'train'))
        }
        disabled={regions.length < 2}
        sx={{
          minWidth: 150,
          '& .MuiInputBase-root': { color: 'inherit', height: 32, fontSize: 14 },
          '& .MuiInputLabel-root, & .MuiInputLabel-root.Mui-focused': {
            color: 'rgba(255,255,255,0.85)',
          },
          '& .MuiOutlinedInput-notchedOutline': { borderColor: 'rgba(255,255,255,0.5)' },
          '& .MuiSvgIcon-root': { color: 'inherit' },
          '& .Mui-disabled': { color: 'inherit', WebkitTextFillColor: 'inherit' },
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
