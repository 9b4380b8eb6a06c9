import { Box, TextField, type TextFieldProps } from '@mui/material'
import type { FieldPath, FieldValues } from 'react-hook-form'
import { type FormFieldProps, useFormField } from './use-form-field'

export type TextFieldElementProps<
  T extends FieldValues,
  N extends FieldPath<T>,
  TT,
> = FormFieldProps<T, N, TT> &
  Omit<
    TextFieldProps,
    'name' | 'value' | 'defaultValue' | 'onChange' | 'error' | 'inputRef' | 'helperText'
  > & {
    /** Shows "used/max" characters at the right of the helper line. */
    counter?: number
  }

/** A MUI TextField bound to a react-hook-form field by name; its error replaces the helper text. */
export function TextFieldElement<T extends FieldValues, N extends FieldPath<T>, TT = T>(
  allProps: TextFieldElementProps<T, N, TT>,
) {
  const {
    field,
    error,
    message,
    text: value,
    rest,
  } = useFormField<T, N, TT, TextFieldElementProps<T, N, TT>>(allProps)
  const { counter, onBlur, ...props } = rest
  return (
    <TextField
      {...props}
      name={field.name}
      value={value}
      onChange={field.onChange}
      onBlur={(e) => {
        field.onBlur()
        onBlur?.(e)
      }}
      inputRef={field.ref}
      disabled={field.disabled}
      error={Boolean(error)}
      helperText={
        counter === undefined ? (
          message
        ) : (
          <Box component="span" sx={{ display: 'flex', gap: 2 }}>
            <Box component="span" sx={{ flex: 1 }}>
              {message}
            </Box>
            <Box
              component="span"
              aria-hidden
              sx={{
                color: value.length > counter ? 'error.main' : 'text.secondary',
                whiteSpace: 'nowrap',
              }}
            >
              {value.length}/{counter}
            </Box>
          </Box>
        )
      }
    />
  )
}
