import AddIcon from '@mui/icons-material/Add'
import RemoveIcon from '@mui/icons-material/Remove'
import { IconButton, InputAdornment, TextField, type TextFieldProps } from '@mui/material'
import type { ReactNode } from 'react'
import {
  type FieldPath,
  type FieldValues,
  useController,
  type UseControllerProps,
} from 'react-hook-form'

export type NumberFieldElementProps<
  T extends FieldValues,
  N extends FieldPath<T>,
  TT,
> = UseControllerProps<T, N, TT> &
  Omit<
    TextFieldProps,
    'name' | 'value' | 'defaultValue' | 'onChange' | 'error' | 'inputRef' | 'type'
  > & {
    min: number
    max: number
    /** Names the − and + buttons: "Decrease {stepLabel}", "Increase {stepLabel}". */
    stepLabel: string
    helperText?: ReactNode
  }

/**
 * A whole-number field with − and + buttons (and the arrow keys), bound to a react-hook-form field
 * that holds the text as typed (the schema parses it), so a half-typed value is never silently
 * rewritten. It is a text input with the spinbutton role rather than `type="number"`, which would
 * accept "1e3" and report anything unparsable as empty.
 */
export function NumberFieldElement<T extends FieldValues, N extends FieldPath<T>, TT = T>({
  control,
  name,
  rules,
  shouldUnregister,
  defaultValue,
  disabled,
  min,
  max,
  stepLabel,
  helperText,
  slotProps,
  ...props
}: NumberFieldElementProps<T, N, TT>) {
  const { field, fieldState } = useController({
    control,
    name,
    rules,
    shouldUnregister,
    defaultValue,
    disabled,
  })
  const text =
    typeof field.value === 'string' || typeof field.value === 'number' ? String(field.value) : ''
  const current = /^\s*\d+\s*$/.test(text) ? Number(text) : undefined
  const step = (delta: number) => {
    const from = current ?? (delta > 0 ? min - 1 : max + 1)
    field.onChange(String(Math.min(max, Math.max(min, from + delta))))
  }
  const upper = Math.max(min, max)
  return (
    <TextField
      {...props}
      name={field.name}
      value={text}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      disabled={field.disabled}
      error={Boolean(fieldState.error)}
      helperText={fieldState.error?.message ?? helperText}
      slotProps={{
        ...slotProps,
        htmlInput: {
          role: 'spinbutton',
          'aria-valuemin': min,
          'aria-valuemax': upper,
          'aria-valuenow': current,
          inputMode: 'numeric',
          autoComplete: 'off',
          style: { textAlign: 'center' },
          onKeyDown: (e: React.KeyboardEvent<HTMLInputElement>) => {
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
                aria-label={`Decrease ${stepLabel}`}
                onClick={() => step(-1)}
                disabled={field.disabled || (current !== undefined && current <= min)}
              >
                <RemoveIcon fontSize="small" />
              </IconButton>
            </InputAdornment>
          ),
          endAdornment: (
            <InputAdornment position="end" sx={{ ml: 0 }}>
              <IconButton
                aria-label={`Increase ${stepLabel}`}
                onClick={() => step(1)}
                disabled={field.disabled || (current !== undefined && current >= upper)}
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
