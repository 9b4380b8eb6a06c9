import { alpha, createTheme } from '@mui/material/styles'

const border = '#dfe3ea'

/** A calm, dense console: small controls, quiet borders instead of shadows, one accent colour. */
export const theme = createTheme({
  palette: {
    mode: 'light',
    primary: { main: '#1659c7', dark: '#0f449c', light: '#4a82de', contrastText: '#fff' },
    secondary: { main: '#44546a' },
    success: { main: '#1d7f4e' },
    info: { main: '#1a6fb5' },
    warning: { main: '#a85f00' },
    error: { main: '#c4291c' },
    background: { default: '#f4f6f9', paper: '#ffffff' },
    text: { primary: '#1c2430', secondary: '#526073' },
    divider: border,
  },
  shape: { borderRadius: 6 },
  typography: {
    fontFamily:
      'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
    fontSize: 13,
    h1: { fontSize: '1.375rem', fontWeight: 600, letterSpacing: 0 },
    h2: { fontSize: '1.125rem', fontWeight: 600 },
    h3: { fontSize: '1rem', fontWeight: 600 },
    button: { textTransform: 'none', fontWeight: 500 },
    caption: { color: '#526073' },
  },
  components: {
    MuiButton: { defaultProps: { disableElevation: true, size: 'small' } },
    MuiIconButton: { defaultProps: { size: 'small' } },
    MuiTextField: { defaultProps: { size: 'small', fullWidth: true } },
    MuiFormControl: { defaultProps: { size: 'small' } },
    MuiSelect: { defaultProps: { size: 'small' } },
    MuiTable: { defaultProps: { size: 'small' } },
    MuiTooltip: { defaultProps: { arrow: true, describeChild: true } },
    MuiPaper: {
      defaultProps: { elevation: 0 },
      styleOverrides: { outlined: { borderColor: border } },
    },
    MuiCard: { defaultProps: { variant: 'outlined' } },
    MuiTableCell: {
      styleOverrides: {
        root: { borderColor: border, paddingTop: 8, paddingBottom: 8 },
        head: {
          fontWeight: 600,
          color: '#44546a',
          backgroundColor: '#f8f9fb',
          whiteSpace: 'nowrap',
        },
      },
    },
    MuiTableRow: {
      styleOverrides: {
        root: ({ theme: t }) => ({
          '&:hover': { backgroundColor: alpha(t.palette.primary.main, 0.03) },
        }),
      },
    },
    MuiTab: { styleOverrides: { root: { textTransform: 'none', minHeight: 44, fontWeight: 500 } } },
    MuiTabs: { styleOverrides: { root: { minHeight: 44 } } },
    MuiChip: { styleOverrides: { root: { fontWeight: 500 } } },
    MuiAlert: { styleOverrides: { root: { alignItems: 'flex-start' } } },
  },
})
