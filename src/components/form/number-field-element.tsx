import type { TextFieldProps } from '@mui/material'
import type { ReactNode } from 'react'
import {
  type FieldPath,
  type FieldValues,
  useController,
  type UseControllerProps,
} from 'react-hook-form'
import { NumberStepper } from './number-stepper'

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

/** A NumberStepper bound to a react-hook-form field that holds the text as typed (the schema parses it). */
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
      error={Boolean(fieldState.error)}
      helperText={fieldState.error?.message ?? helperText}
    />
  )
}
