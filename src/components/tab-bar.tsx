import { Tab, Tabs } from '@mui/material'
import { memo } from 'react'

export interface TabBarProps<T extends string> {
  value: T
  tabs: readonly { value: T; label: string }[]
  /** Must keep its identity across renders (MUI's useEventCallback makes such a handler). */
  onChange: (value: T) => void
  /** The accessible name of the tab list. */
  label: string
  /** Tab ids are `${idPrefix}${value}`; the panel they control is `panelId`. */
  idPrefix: string
  panelId: string
}

function TabBarImpl<T extends string>({
  value,
  tabs,
  onChange,
  label,
  idPrefix,
  panelId,
}: TabBarProps<T>) {
  return (
    <Tabs
      value={value}
      onChange={(_, next: T) => onChange(next)}
      aria-label={label}
      sx={{ px: 2, borderBottom: 1, borderColor: 'divider' }}
    >
      {tabs.map((tab) => (
        <Tab
          key={tab.value}
          value={tab.value}
          label={tab.label}
          id={`${idPrefix}${tab.value}`}
          aria-controls={panelId}
        />
      ))}
    </Tabs>
  )
}

/** Every prop by identity, except `tabs`, by content. */
function sameProps<T extends string>(a: TabBarProps<T>, b: TabBarProps<T>) {
  const keys = Object.keys(a) as (keyof TabBarProps<T>)[]
  return (
    keys.length === Object.keys(b).length &&
    keys.every((k) => k === 'tabs' || a[k] === b[k]) &&
    a.tabs.length === b.tabs.length &&
    a.tabs.every((tab, i) => tab.value === b.tabs[i]?.value && tab.label === b.tabs[i]?.label)
  )
}

/**
 * The tab row over one panel. MUI's Tabs measures its tabs after every render of its own to
 * place the indicator: a forced layout of the whole page (about 10 ms here) each time. So this
 * renders only when its own props change (by content: callers may build `tabs` inline), not
 * whenever the page's data or search box does.
 */
export const TabBar = memo(TabBarImpl, sameProps) as typeof TabBarImpl
