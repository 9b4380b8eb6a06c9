import AddIcon from '@mui/icons-material/Add'
import RemoveIcon from '@mui/icons-material/Remove'
import { IconButton, InputAdornment, TextField, type TextFieldProps } from '@mui/material'
import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'

export type NumberStepperProps = Omit<TextFieldProps, 'value' | 'onChange' | 'type'> & {
  /** The text as typed: a half-typed or invalid value is kept for the user to correct. */
  value: string
  onChange: (value: string) => void
  min: number
  max: number
  /** Names the − and + buttons: "Decrease {stepLabel}", "Increase {stepLabel}". */
  stepLabel: string
}

/** A whole number as typed, or undefined when the text is not one. */
export const wholeNumber = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : undefined)

/**
 * A whole-number field with − and + buttons and the arrow keys. It is a text input with the
 * spinbutton role rather than `type="number"`, which would accept "1e3" and report anything
 * unparsable as empty, so what the user typed would silently disappear.
 */
export function NumberStepper({
  value,
  onChange,
  min,
  max,
  stepLabel,
  disabled,
  slotProps,
  ...props
}: NumberStepperProps) {
  const { t } = useTranslation()
  const current = wholeNumber(value)
  const upper = Math.max(min, max)
  const step = (delta: number) => {
    const from = current ?? (delta > 0 ? min - 1 : upper + 1)
    onChange(String(Math.min(upper, Math.max(min, from + delta))))
  }
  return (
    <TextField
      {...props}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      disabled={disabled}
      slotProps={{
        ...slotProps,
        htmlInput: {
          ...(slotProps?.htmlInput as object),
          role: 'spinbutton',
          'aria-valuemin': min,
          'aria-valuemax': upper,
          'aria-valuenow': current,
          inputMode: 'numeric',
          autoComplete: 'off',
          style: { textAlign: 'center' },
          onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => {
            if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
              e.preventDefault()
              step(e.key === 'ArrowUp' ? 1 : -1)
            }
          },
        },
        input: {
          sx: { px: 0.5 },
          startAdornment: (
            <InputAdornment position="start" sx={{ mr: 0 }}>
              <IconButton
                aria-label={t('stepper.decrease', { what: stepLabel })}
                onClick={() => step(-1)}
                disabled={disabled || (current !== undefined && current <= min)}
              >
                <RemoveIcon fontSize="small" />
              </IconButton>
            </InputAdornment>
          ),
          endAdornment: (
            <InputAdornment position="end" sx={{ ml: 0 }}>
              <IconButton
                aria-label={t('stepper.increase', { what: stepLabel })}
                onClick={() => step(1)}
                disabled={disabled || (current !== undefined && current >= upper)}
              >
                <AddIcon fontSize="small" />
              </IconButton>
            </InputAdornment>
          ),
        },
      }}
    />
  )
}
