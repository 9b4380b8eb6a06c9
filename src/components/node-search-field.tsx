import SearchIcon from '@mui/icons-material/Search'
import { InputAdornment, TextField } from '@mui/material'
import { useTranslation } from 'react-i18next'

/** "Search nodes" by name or private IP, as every node list offers it. */
export function NodeSearchField({
  value,
  onChange,
  width = 260,
}: {
  value: string
  onChange: (value: string) => void
  width?: number
}) {
  const { t } = useTranslation()
  return (
    <TextField
      type="search"
      label={t('nodeSearch.label')}
      placeholder={t('nodeSearch.placeholder')}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      fullWidth={false}
      sx={{ width }}
      slotProps={{
        input: {
          startAdornment: (
            <InputAdornment position="start">
              <SearchIcon fontSize="small" />
            </InputAdornment>
          ),
        },
      }}
    />
  )
}
