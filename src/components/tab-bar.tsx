import { Tab, Tabs } from '@mui/material'
import { memo } from 'react'

export interface TabBarProps<T extends string> {
  value: T
  tabs: readonly { value: T; label: string }[]
  /** Must keep its identity across renders (see useEventCallback). */
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

function sameProps<T extends string>(a: TabBarProps<T>, b: TabBarProps<T>) {
  return (
    a.value === b.value &&
    a.onChange === b.onChange &&
    a.label === b.label &&
    a.idPrefix === b.idPrefix &&
    a.panelId === b.panelId &&
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
