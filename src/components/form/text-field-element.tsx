import { Box, TextField, type TextFieldProps } from '@mui/material'
import type { ReactNode } from 'react'
import {
  type FieldPath,
  type FieldValues,
  useController,
  type UseControllerProps,
} from 'react-hook-form'

export type TextFieldElementProps<
  T extends FieldValues,
  N extends FieldPath<T>,
  TT,
> = UseControllerProps<T, N, TT> &
  Omit<TextFieldProps, 'name' | 'value' | 'defaultValue' | 'onChange' | 'error' | 'inputRef'> & {
    /** Shown under the field until there is an error to show instead. */
    helperText?: ReactNode
    /** Shows "used/max" characters at the right of the helper line. */
    counter?: number
  }

/** A MUI TextField bound to a react-hook-form field by name; its error replaces the helper text. */
export function TextFieldElement<T extends FieldValues, N extends FieldPath<T>, TT = T>({
  control,
  name,
  rules,
  shouldUnregister,
  defaultValue,
  disabled,
  helperText,
  counter,
  onBlur,
  ...props
}: TextFieldElementProps<T, N, TT>) {
  const { field, fieldState } = useController({
    control,
    name,
    rules,
    shouldUnregister,
    defaultValue,
    disabled,
  })
  const value =
    typeof field.value === 'string' || typeof field.value === 'number' ? String(field.value) : ''
  const message: ReactNode = fieldState.error?.message ?? helperText
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
      error={Boolean(fieldState.error)}
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
