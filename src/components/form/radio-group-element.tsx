import {
  FormControlLabel,
  FormHelperText,
  Radio,
  RadioGroup,
  type RadioGroupProps,
} from '@mui/material'
import { type ReactNode, useId } from 'react'
import type { FieldPath, FieldValues } from 'react-hook-form'
import { type FormFieldProps, useFormField } from './use-form-field'

export interface RadioOption {
  value: string
  label: ReactNode
  disabled?: boolean
}

export type RadioGroupElementProps<
  T extends FieldValues,
  N extends FieldPath<T>,
  TT,
> = FormFieldProps<T, N, TT> &
  Omit<RadioGroupProps, 'name' | 'value' | 'defaultValue' | 'onChange'> & {
    options: readonly RadioOption[]
    /** Id of the legend that names the group. */
    labelId: string
    onValueChange?: (value: string) => void
  }

/**
 * Radio buttons bound to a react-hook-form field. Put it inside a fieldset with a legend
 * (FieldsetRow); the field's ref lands on the checked radio so focusing the field focuses it.
 */
export function RadioGroupElement<T extends FieldValues, N extends FieldPath<T>, TT = T>(
  allProps: RadioGroupElementProps<T, N, TT>,
) {
  const { field, error, message, rest } = useFormField<T, N, TT, RadioGroupElementProps<T, N, TT>>(
    allProps,
  )
  const { options, labelId, onValueChange, ...props } = rest
  const helperId = useId()
  const value = typeof field.value === 'string' ? field.value : ''
  const focusTarget =
    options.find((o) => o.value === value && !o.disabled) ?? options.find((o) => !o.disabled)
  return (
    <>
      <RadioGroup
        {...props}
        name={field.name}
        value={value}
        aria-labelledby={labelId}
        aria-describedby={message ? helperId : undefined}
        onChange={(_, v) => {
          field.onChange(v)
          onValueChange?.(v)
        }}
      >
        {options.map((o) => (
          <FormControlLabel
            key={o.value}
            value={o.value}
            label={o.label}
            slotProps={{ typography: { variant: 'body2' } }}
            disabled={o.disabled || field.disabled}
            control={
              <Radio
                onBlur={field.onBlur}
                slotProps={{ input: { ref: o === focusTarget ? field.ref : undefined } }}
              />
            }
          />
        ))}
      </RadioGroup>
      {message && (
        <FormHelperText id={helperId} error={Boolean(error)} sx={{ mx: 0 }}>
          {message}
        </FormHelperText>
      )}
    </>
  )
}
