import type { TextFieldProps } from '@mui/material'
import type { FieldPath, FieldValues } from 'react-hook-form'
import { NumberStepper } from './number-stepper'
import { type FormFieldProps, useFormField } from './use-form-field'

export type NumberFieldElementProps<
  T extends FieldValues,
  N extends FieldPath<T>,
  TT,
> = FormFieldProps<T, N, TT> &
  Omit<
    TextFieldProps,
    'name' | 'value' | 'defaultValue' | 'onChange' | 'error' | 'inputRef' | 'type' | 'helperText'
  > & {
    min: number
    max: number
    /** Names the − and + buttons: "Decrease {stepLabel}", "Increase {stepLabel}". */
    stepLabel: string
  }

/** A NumberStepper bound to a react-hook-form field that holds the text as typed (the schema parses it). */
export function NumberFieldElement<T extends FieldValues, N extends FieldPath<T>, TT = T>(
  allProps: NumberFieldElementProps<T, N, TT>,
) {
  const { field, error, message, text, rest } = useFormField<
    T,
    N,
    TT,
    NumberFieldElementProps<T, N, TT>
  >(allProps)
  const { min, max, stepLabel, ...props } = rest
  return (
    <NumberStepper
      {...props}
      name={field.name}
      value={text}
      onChange={field.onChange}
      onBlur={field.onBlur}
      inputRef={field.ref}
      disabled={field.disabled}
      min={min}
      max={max}
      stepLabel={stepLabel}
      error={Boolean(error)}
      helperText={message}
    />
  )
}
