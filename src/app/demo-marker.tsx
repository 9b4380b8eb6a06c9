import { Chip, Tooltip } from '@mui/material'
import { useTranslation } from 'react-i18next'
import type { DemoControls } from '@/lib/demo'

/**
 * The demo badge and what it means. Its own chunk: a live console never shows it, and its
 * Tooltip (with Popper) would otherwise sit in every live entry.
 */
export function DemoMarker({ demo }: { demo: DemoControls }) {
  const { t } = useTranslation()
  const extra = [
    demo.speed > 1 ? t('mode.speed', { speed: demo.speed }) : '',
    demo.scenario !== 'default' ? t('mode.scenario', { scenario: demo.scenario }) : '',
  ].filter(Boolean)
  return (
    <Tooltip
      title={t('mode.demoTooltip', {
        extra: extra.length ? t('mode.demoExtra', { extra: extra.join(t('mode.join')) }) : '',
      })}
    >
      <Chip
        label={[t('mode.demo'), ...extra].join(' · ')}
        size="small"
        tabIndex={0}
        sx={{ bgcolor: '#ffb74d', color: '#3b2500', fontWeight: 700 }}
      />
    </Tooltip>
  )
}
