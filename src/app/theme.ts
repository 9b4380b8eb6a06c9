import { createTheme, type Theme } from '@mui/material/styles'
import { type LanguagePack, NO_PACK } from '@/i18n/packs'

/**
 * A calm, dense console: small controls, quiet borders instead of shadows, one accent colour.
 * Light and dark are MUI colour schemes on CSS variables: the scheme is an attribute on <html>
 * (set before the first paint by public/color-scheme.js), so switching repaints without React
 * re-rendering and a reload never flashes the other scheme.
 */
export const COLOR_SCHEME_ATTRIBUTE = 'data-mui-color-scheme'
/** Where MUI remembers light, dark or system; public/color-scheme.js reads the same key. */
export const MODE_STORAGE_KEY = 'console.color-mode'

const options = {
  cssVariables: { colorSchemeSelector: COLOR_SCHEME_ATTRIBUTE },
  colorSchemes: {
    light: {
      palette: {
        primary: { main: '#1659c7', dark: '#0f449c', light: '#4a82de', contrastText: '#fff' },
        secondary: { main: '#44546a' },
        success: { main: '#1d7f4e' },
        info: { main: '#1a6fb5' },
        warning: { main: '#a85f00' },
        error: { main: '#c4291c' },
        background: { default: '#f4f6f9', paper: '#ffffff' },
        text: { primary: '#1c2430', secondary: '#526073' },
        divider: '#dfe3ea',
        TableCell: { border: '#dfe3ea' },
      },
    },
    dark: {
      // Lighter accents on a blue-grey ground: every text colour keeps 4.5:1 on paper and on
      // the default background (axe checks both schemes in e2e).
      palette: {
        primary: { main: '#7fa9f5', dark: '#5b8de6', light: '#a8c5fa', contrastText: '#0b1730' },
        secondary: { main: '#a9b6c8' },
        success: { main: '#5fc48f' },
        info: { main: '#6db3ee' },
        warning: { main: '#f0a94a' },
        error: { main: '#f4857a' },
        background: { default: '#0f141b', paper: '#171d26' },
        text: { primary: '#e3e8ef', secondary: '#a4afbe' },
        divider: '#2c3542',
        TableCell: { border: '#2c3542' },
      },
    },
  },
  shape: { borderRadius: 6 },
  typography: {
    fontFamily:
      'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", "PingFang SC", "Microsoft YaHei", Arial, "Noto Sans", "Noto Sans CJK SC", sans-serif',
    fontSize: 13,
    h1: { fontSize: '1.375rem', fontWeight: 600, letterSpacing: 0 },
    h2: { fontSize: '1.125rem', fontWeight: 600 },
    h3: { fontSize: '1rem', fontWeight: 600 },
    button: { textTransform: 'none', fontWeight: 500 },
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
      styleOverrides: {
        outlined: ({ theme }: { theme: Theme }) => ({
          borderColor: (theme.vars ?? theme).palette.divider,
        }),
      },
    },
    MuiCard: { defaultProps: { variant: 'outlined' } },
    MuiTypography: {
      styleOverrides: {
        caption: ({ theme }: { theme: Theme }) => ({
          color: (theme.vars ?? theme).palette.text.secondary,
        }),
      },
    },
    MuiTableCell: {
      styleOverrides: {
        root: { paddingTop: 8, paddingBottom: 8 },
        head: ({ theme }: { theme: Theme }) => ({
          fontWeight: 600,
          whiteSpace: 'nowrap',
          color: '#44546a',
          backgroundColor: '#f8f9fb',
          ...theme.applyStyles('dark', { color: '#c3ccd8', backgroundColor: '#1c232d' }),
        }),
      },
    },
    MuiTableRow: {
      styleOverrides: {
        root: ({ theme }: { theme: Theme }) => ({
          '&:hover': {
            backgroundColor: theme.alpha((theme.vars ?? theme).palette.primary.main, 0.05),
          },
        }),
      },
    },
    MuiTab: { styleOverrides: { root: { textTransform: 'none', minHeight: 44, fontWeight: 500 } } },
    MuiTabs: { styleOverrides: { root: { minHeight: 44 } } },
    MuiChip: { styleOverrides: { root: { fontWeight: 500 } } },
    MuiAlert: { styleOverrides: { root: { alignItems: 'flex-start' } } },
  },
} as const

const themes = new WeakMap<LanguagePack, Theme>()

/**
 * The console's theme with MUI's own texts (pagination, close, …) in the pack's language, built
 * on first use and once per pack: building one takes 15-25 ms here (both colour schemes'
 * variables), and the page load used to build an English one at import for the boot failure
 * page, besides the one it renders with.
 */
export function consoleTheme(pack: LanguagePack = NO_PACK): Theme {
  let theme = themes.get(pack)
  if (!theme) {
    theme = createTheme(options, pack.mui ?? {})
    themes.set(pack, theme)
  }
  return theme
}
