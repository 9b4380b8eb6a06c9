import type { Flavor } from '@/api/flavors'
import { activeLanguage, type Language, i18n } from '@/i18n'

const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40 }
const DECIMAL: Record<string, number> = { m: 1e-3, k: 1e3, M: 1e6, G: 1e9, T: 1e12 }

/** Kubernetes quantity ("3920m", "6270Mi", "32Gi", "8") → a plain number (cores or bytes). */
export function parseQuantity(q: string): number {
  const match = /^([0-9.]+)([a-zA-Z]*)$/.exec(q.trim())
  if (!match) return Number.NaN
  const value = Number(match[1])
  const unit = match[2] ?? ''
  if (!unit) return value
  const factor = BINARY[unit] ?? DECIMAL[unit]
  return factor === undefined ? Number.NaN : value * factor
}

/** One formatter per language and options, made when first needed (the language can switch). */
function cached<F>(make: (language: Language) => F): () => F {
  const made = new Map<Language, F>()
  return () => {
    const language = activeLanguage()
    let formatter = made.get(language)
    if (!formatter) {
      formatter = make(language)
      made.set(language, formatter)
    }
    return formatter
  }
}

// Without grouping, as the console has always written sizes ("1536 GiB").
const twoDigits = cached(
  (l) => new Intl.NumberFormat(l, { maximumFractionDigits: 2, useGrouping: false }),
)
const noDigits = cached(
  (l) => new Intl.NumberFormat(l, { maximumFractionDigits: 0, useGrouping: false }),
)

/** "3920m" → "3.92 vCPUs"; "8" → "8 vCPUs". */
export function formatCpu(q: string): string {
  const cores = parseQuantity(q)
  if (Number.isNaN(cores)) return q
  return i18n.t('common:units.vcpus', { count: cores, value: twoDigits().format(cores) })
}

/** "6270Mi" → "6.12 GiB"; "32Gi" → "32 GiB". */
export function formatMemory(q: string): string {
  const bytes = parseQuantity(q)
  if (Number.isNaN(bytes)) return q
  const gib = bytes / 2 ** 30
  return gib >= 1 ? `${twoDigits().format(gib)} GiB` : `${noDigits().format(bytes / 2 ** 20)} MiB`
}

/** "nvidia-t4" → "NVIDIA T4"; "ascend-snt9" → "Ascend SNT9". */
export function formatGpuType(type: string): string {
  const [vendor = '', ...model] = type.split('-')
  const v =
    vendor.toLowerCase() === 'nvidia' ? 'NVIDIA' : vendor.charAt(0).toUpperCase() + vendor.slice(1)
  return [v, model.join(' ').toUpperCase()].filter(Boolean).join(' ')
}

/** The flavor's accelerator, GPU or (Ascend) NPU, when it has one. */
export function acceleratorOf(f: Flavor) {
  if (f.spec.gpu && f.spec.gpu.size > 0) return { kind: 'GPU', ...f.spec.gpu }
  if (f.spec.npu && f.spec.npu.size > 0) return { kind: 'NPU', ...f.spec.npu }
  return undefined
}

/** Accelerated flavors (GPU, and NPU alike) are listed with the GPUs. */
export const isAcceleratedFlavor = (f: Flavor) => acceleratorOf(f) !== undefined

/** "GPU · 1 × NVIDIA T4 · 8 vCPUs · 32 GiB", the way the whole console names a flavor. */
export function describeFlavor(f: Flavor | undefined, fallback = ''): string {
  if (!f) return fallback
  const accelerator = acceleratorOf(f)
  const parts = [accelerator?.kind ?? 'CPU']
  if (accelerator) parts.push(`${accelerator.size} × ${formatGpuType(accelerator.type)}`)
  parts.push(formatCpu(f.spec.cpu), formatMemory(f.spec.memory))
  if (f.spec.cpuArch === 'arm64') parts.push('Arm')
  return parts.join(' · ')
}

// English keeps the console's en-GB look (day month year, 24-hour clock).
const dateTime = cached(
  (l) =>
    new Intl.DateTimeFormat(l === 'en' ? 'en-GB' : l, {
      year: 'numeric',
      month: 'short',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hour12: false,
    }),
)

/**
 * "27 Nov 2026, 09:54:06" ("2026年11月27日 09:54:06" in Chinese) in the viewer's time zone; the
 * raw value when it is not a date.
 */
export function formatDateTime(iso: string | undefined): string {
  if (!iso) return '—'
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? iso : dateTime().format(d)
}

const relativeTime = cached((l) => new Intl.RelativeTimeFormat(l, { numeric: 'auto' }))

/** "3 days ago" ("3天前"), for the events list. */
export function formatRelative(iso: string, now = Date.now()): string {
  const d = new Date(iso).getTime()
  if (Number.isNaN(d)) return iso
  const relative = relativeTime()
  const s = Math.round((d - now) / 1000)
  const abs = Math.abs(s)
  if (abs < 60) return relative.format(s, 'second')
  if (abs < 3600) return relative.format(Math.round(s / 60), 'minute')
  if (abs < 86400) return relative.format(Math.round(s / 3600), 'hour')
  return relative.format(Math.round(s / 86400), 'day')
}
