import CheckIcon from '@mui/icons-material/Check'
import DarkModeOutlinedIcon from '@mui/icons-material/DarkModeOutlined'
import LightModeOutlinedIcon from '@mui/icons-material/LightModeOutlined'
import SettingsBrightnessOutlinedIcon from '@mui/icons-material/SettingsBrightnessOutlined'
import TranslateIcon from '@mui/icons-material/Translate'
import { Button, ListItemIcon, ListItemText, Menu, MenuItem, useColorScheme } from '@mui/material'
import { type ReactNode, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { LANGUAGES, type Language, isLanguage, setLanguage } from '@/i18n'

/** A menu of choices, one of them current (menuitemradio), opened from an app-bar button. */
function ChoiceMenu<T extends string>({
  id,
  anchor,
  onClose,
  label,
  choices,
  current,
  onChoose,
}: {
  id: string
  anchor: HTMLElement | null
  onClose: () => void
  label: string
  choices: { id: T; text: ReactNode; icon?: ReactNode; lang?: string }[]
  current: T
  onChoose: (id: T) => void
}) {
  return (
    <Menu
      id={id}
      anchorEl={anchor}
      open={anchor !== null}
      onClose={onClose}
      slotProps={{ list: { 'aria-label': label } }}
    >
      {choices.map((c) => (
        <MenuItem
          key={c.id}
          role="menuitemradio"
          aria-checked={c.id === current}
          selected={c.id === current}
          lang={c.lang}
          onClick={() => {
            onClose()
            onChoose(c.id)
          }}
        >
          <ListItemIcon>
            {c.icon ?? (c.id === current ? <CheckIcon fontSize="small" /> : null)}
          </ListItemIcon>
          <ListItemText>{c.text}</ListItemText>
        </MenuItem>
      ))}
    </Menu>
  )
}

// A switch keeps its label on one line in a narrow window; the live badge gives way instead.
const noWrap = { whiteSpace: 'nowrap', flexShrink: 0 } as const

/** English / 简体中文; each language's name is written in that language, as consoles do. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation()
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const menuId = useId()
  const current: Language = isLanguage(i18n.language) ? i18n.language : 'en'
  const name = LANGUAGES.find((l) => l.id === current)?.name
  return (
    <>
      <Button
        color="inherit"
        sx={noWrap}
        startIcon={<TranslateIcon fontSize="small" />}
        aria-label={t('preferences.languageButton', { language: name })}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? true : undefined}
        onClick={(e) => setAnchor(e.currentTarget)}
      >
        <span lang={current}>{name}</span>
      </Button>
      <ChoiceMenu
        id={menuId}
        anchor={anchor}
        onClose={() => setAnchor(null)}
        label={t('preferences.language')}
        choices={LANGUAGES.map((l) => ({ id: l.id, text: l.name, lang: l.id }))}
        current={current}
        onChoose={(id) => void setLanguage(id)}
      />
    </>
  )
}

type Mode = 'light' | 'dark' | 'system'
const MODE_ICONS: Record<Mode, ReactNode> = {
  light: <LightModeOutlinedIcon fontSize="small" />,
  dark: <DarkModeOutlinedIcon fontSize="small" />,
  system: <SettingsBrightnessOutlinedIcon fontSize="small" />,
}

/** Light, dark, or the system's choice (the default); MUI remembers it. */
export function ColorModeSwitch() {
  const { t } = useTranslation()
  const { mode, setMode } = useColorScheme()
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const menuId = useId()
  const current: Mode = mode ?? 'system'
  const names: Record<Mode, string> = {
    light: t('preferences.light'),
    dark: t('preferences.dark'),
    system: t('preferences.system'),
  }
  return (
    <>
      <Button
        color="inherit"
        sx={noWrap}
        startIcon={MODE_ICONS[current]}
        aria-label={t('preferences.themeButton', { theme: names[current] })}
        aria-haspopup="menu"
        aria-controls={anchor ? menuId : undefined}
        aria-expanded={anchor ? true : undefined}
        onClick={(e) => setAnchor(e.currentTarget)}
      >
        {names[current]}
      </Button>
      <ChoiceMenu
        id={menuId}
        anchor={anchor}
        onClose={() => setAnchor(null)}
        label={t('preferences.theme')}
        choices={(['light', 'dark', 'system'] as const).map((m) => ({
          id: m,
          text: names[m],
          icon: MODE_ICONS[m],
        }))}
        current={current}
        onChoose={setMode}
      />
    </>
  )
}
