import SearchIcon from '@mui/icons-material/Search'
import { InputAdornment, TextField } from '@mui/material'

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
  return (
    <TextField
      type="search"
      label="Search nodes"
      placeholder="Name or private IP"
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
