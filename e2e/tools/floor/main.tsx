// The bench's floor: what the list page's first screen costs with React and MUI alone, on the
// console's own theme. No router, i18n, query client, zod, network or data loading: seven rows
// written in. `npm run bench` times its first row next to the console's, so the gap between the
// two is what the console's own code (and its other libraries) adds, and the floor itself is what
// no change to that code can get under with these two libraries.
import {
  Alert,
  AppBar,
  Box,
  Button,
  Chip,
  CssBaseline,
  IconButton,
  InputAdornment,
  Link,
  Paper,
  Stack,
  Tab,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHead,
  TablePagination,
  TableRow,
  TableSortLabel,
  Tabs,
  TextField,
  ThemeProvider,
  Toolbar,
  Typography,
} from '@mui/material'
import AddIcon from '@mui/icons-material/Add'
import RefreshIcon from '@mui/icons-material/Refresh'
import SearchIcon from '@mui/icons-material/Search'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { consoleTheme } from '@/app/theme'

// The seven pools fake-modelarts starts with, as the list shows them.
const ROWS = [
  ['a100-burst', 'Creation failed', 'GPU · 8 × NVIDIA A100 · 96 vCPUs · 768 GiB', '0/0'],
  ['notebook-sandbox', 'Running', 'CPU · 4 vCPUs · 8 GiB', '1/1'],
  ['data-prep-cpu', 'Abnormal', 'CPU · 8 vCPUs · 32 GiB', '1/2'],
  ['cv-training-a100', 'Running', 'GPU · 8 × NVIDIA A100 · 96 vCPUs · 768 GiB', '2/2'],
  ['lite-k8s-ops', 'Running', 'CPU · 8 vCPUs · 32 GiB', '2/2'],
  ['llm-finetune', 'Running', 'GPU · 1 × NVIDIA T4 · 8 vCPUs · 32 GiB', '3/3'],
  ['shared-gpu-pool', 'Running', 'GPU · 1 × NVIDIA T4 · 8 vCPUs · 32 GiB', '2/2'],
] as const
const COLUMNS = ['Name', 'Status', 'Specifications', 'Nodes', 'Created', 'Description']
const TEXT = {
  product: 'ModelArts',
  title: 'Dedicated Resource Pools',
  note: 'Dedicated resource pools are reserved for your team and must be created and sized here.',
  train: 'Dedicated for Development/Training',
  infer: 'Dedicated for Service Deployment',
  create: 'Create',
  scale: 'Scale',
  delete: 'Delete',
  created: '03 Dec 2026, 04:02:15',
  description: 'Fine-tuning of the support-bot language models',
}

function FloorPage() {
  return (
    <Box sx={{ display: 'flex', minHeight: '100vh' }}>
      <AppBar position="fixed" sx={{ bgcolor: '#14213d' }}>
        <Toolbar variant="dense">
          <Typography component="span" sx={{ fontWeight: 700 }}>
            {TEXT.product}
          </Typography>
        </Toolbar>
      </AppBar>
      <Box component="main" sx={{ flex: 1, pt: 9, px: 3 }}>
        <Typography variant="h1" sx={{ mb: 2 }}>
          {TEXT.title}
        </Typography>
        <Alert severity="info" variant="outlined" sx={{ mb: 2 }} onClose={() => undefined}>
          {TEXT.note}
        </Alert>
        <Paper variant="outlined">
          <Tabs value="train" aria-label={TEXT.title} sx={{ px: 2 }}>
            <Tab value="train" label={TEXT.train} />
            <Tab value="infer" label={TEXT.infer} />
          </Tabs>
          <Stack direction="row" sx={{ alignItems: 'center', gap: 1.5, px: 2, py: 1.5 }}>
            <Button variant="contained" startIcon={<AddIcon />}>
              {TEXT.create}
            </Button>
            <IconButton aria-label={TEXT.create}>
              <RefreshIcon fontSize="small" />
            </IconButton>
            <Box sx={{ flex: 1 }} />
            <TextField
              sx={{ width: 260 }}
              slotProps={{
                htmlInput: { 'aria-label': TEXT.title },
                input: {
                  startAdornment: (
                    <InputAdornment position="start">
                      <SearchIcon fontSize="small" />
                    </InputAdornment>
                  ),
                },
              }}
            />
          </Stack>
          <TableContainer>
            <Table aria-label={TEXT.title} sx={{ tableLayout: 'fixed', minWidth: 940 }}>
              <TableHead>
                <TableRow>
                  {COLUMNS.map((c) => (
                    <TableCell key={c}>
                      <TableSortLabel>{c}</TableSortLabel>
                    </TableCell>
                  ))}
                  <TableCell />
                </TableRow>
              </TableHead>
              <TableBody>
                {ROWS.map(([name, status, spec, nodes]) => (
                  <TableRow key={name}>
                    <TableCell>
                      <Link href={`/cn-north-4/pools/${name}`}>{name}</Link>
                      <Typography variant="caption" component="div">
                        {name}
                      </Typography>
                    </TableCell>
                    <TableCell>
                      <Chip size="small" variant="outlined" label={status} />
                    </TableCell>
                    <TableCell>{spec}</TableCell>
                    <TableCell>{nodes}</TableCell>
                    <TableCell>{TEXT.created}</TableCell>
                    <TableCell>
                      <Typography variant="body2">{TEXT.description}</Typography>
                    </TableCell>
                    <TableCell>
                      <Button>{TEXT.scale}</Button>
                      <Button color="error">{TEXT.delete}</Button>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </TableContainer>
          <TablePagination
            component="div"
            count={ROWS.length}
            page={0}
            rowsPerPage={20}
            onPageChange={() => undefined}
          />
        </Paper>
      </Box>
    </Box>
  )
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ThemeProvider theme={consoleTheme()} defaultMode="system">
      <CssBaseline enableColorScheme />
      <FloorPage />
    </ThemeProvider>
  </StrictMode>,
)
