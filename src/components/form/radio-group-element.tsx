import {
  FormControlLabel,
  FormHelperText,
  Radio,
  RadioGroup,
  type RadioGroupProps,
} from '@mui/material'
import { type ReactNode, useId } from 'react'
import {
  type FieldPath,
  type FieldValues,
  useController,
  type UseControllerProps,
} from 'react-hook-form'

export interface RadioOption {
  value: string
  label: ReactNode
  disabled?: boolean
}

export type RadioGroupElementProps<
  T extends FieldValues,
  N extends FieldPath<T>,
  TT,
> = UseControllerProps<T, N, TT> &
  Omit<RadioGroupProps, 'name' | 'value' | 'defaultValue' | 'onChange'> & {
    options: readonly RadioOption[]
    /** Id of the legend that names the group. */
    labelId: string
    helperText?: ReactNode
    onValueChange?: (value: string) => void
  }

/**
 * Radio buttons bound to a react-hook-form field. Put it inside a fieldset with a legend
 * (FieldsetRow); the field's ref lands on the checked radio so focusing the field focuses it.
 */
export function RadioGroupElement<T extends FieldValues, N extends FieldPath<T>, TT = T>({
  control,
  name,
  rules,
  shouldUnregister,
  defaultValue,
  disabled,
  options,
  labelId,
  helperText,
  onValueChange,
  ...props
}: RadioGroupElementProps<T, N, TT>) {
  const { field, fieldState } = useController({
    control,
    name,
    rules,
    shouldUnregister,
    defaultValue,
    disabled,
  })
  const helperId = useId()
  const value = typeof field.value === 'string' ? field.value : ''
  const focusTarget =
    options.find((o) => o.value === value && !o.disabled) ?? options.find((o) => !o.disabled)
  const message = fieldState.error?.message ?? helperText
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
        <FormHelperText id={helperId} error={Boolean(fieldState.error)} sx={{ mx: 0 }}>
          {message}
        </FormHelperText>
      )}
    </>
  )
}
