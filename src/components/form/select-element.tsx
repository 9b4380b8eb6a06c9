import { Box, MenuItem, TextField, type TextFieldProps } from '@mui/material'
import type { FieldPath, FieldValues } from 'react-hook-form'
import { type FormFieldProps, useFormField } from './use-form-field'

export interface SelectOption {
  value: string
  label: string
  /** A second, quieter line in the menu (a CIDR, a description). */
  detail?: string
  disabled?: boolean
}

export type SelectElementProps<T extends FieldValues, N extends FieldPath<T>, TT> = FormFieldProps<
  T,
  N,
  TT
> &
  Omit<
    TextFieldProps,
    'name' | 'value' | 'defaultValue' | 'onChange' | 'error' | 'select' | 'inputRef' | 'helperText'
  > & {
    options: readonly SelectOption[]
    /** Id of the visible label that names the select (it is a combobox, not a labelable input). */
    labelId: string
    /** Shown greyed while nothing is chosen. */
    placeholder?: string
    /** Called after the value changed, e.g. to reset fields that depend on it. */
    onValueChange?: (value: string) => void
  }

/** A MUI select bound to a react-hook-form field; its error replaces the helper text. */
export function SelectElement<T extends FieldValues, N extends FieldPath<T>, TT = T>(
  allProps: SelectElementProps<T, N, TT>,
) {
  const { field, error, message, rest } = useFormField<T, N, TT, SelectElementProps<T, N, TT>>(
    allProps,
  )
  const { options, labelId, placeholder, onValueChange, ...props } = rest
  const value = typeof field.value === 'string' ? field.value : ''
  // A value the options no longer hold (the list changed under it) shows as empty, not as an error.
  const shown = options.some((o) => o.value === value) ? value : ''
  return (
    <TextField
      {...props}
      select
      name={field.name}
      value={shown}
      onChange={(e) => {
        field.onChange(e.target.value)
        onValueChange?.(e.target.value)
      }}
      onBlur={field.onBlur}
      inputRef={field.ref}
      disabled={field.disabled}
      error={Boolean(error)}
      helperText={message}
      slotProps={{
        ...props.slotProps,
        select: {
          labelId,
          displayEmpty: true,
          renderValue: (v) =>
            v ? (
              (options.find((o) => o.value === v)?.label ?? String(v))
            ) : (
              <Box component="span" sx={{ color: 'text.disabled' }}>
                {placeholder}
              </Box>
            ),
        },
      }}
    >
      {options.map((o) => (
        <MenuItem key={o.value} value={o.value} disabled={o.disabled}>
          <Box>
            <Box>{o.label}</Box>
            {o.detail && (
              <Box
                component="span"
                sx={{ display: 'block', fontSize: '0.75rem', color: 'text.secondary' }}
              >
                {o.detail}
              </Box>
            )}
          </Box>
        </MenuItem>
      ))}
    </TextField>
  )
}
