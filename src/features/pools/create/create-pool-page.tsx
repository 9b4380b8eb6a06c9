import { Typography } from '@mui/material'

// Placeholder until the Create issue lands.
export function Component() {
  return <Typography variant="h1">Create Dedicated Resource Pool</Typography>
}
