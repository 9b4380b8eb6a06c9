import { Switch, type SwitchProps } from '@mui/material'
import type { FieldPath, FieldValues } from 'react-hook-form'
import { type FormFieldProps, useFormField } from './use-form-field'

export type SwitchElementProps<T extends FieldValues, N extends FieldPath<T>, TT> = FormFieldProps<
  T,
  N,
  TT
> &
  Omit<SwitchProps, 'name' | 'checked' | 'defaultChecked' | 'onChange' | 'slotProps'> & {
    /** The control's id, for the `<label htmlFor>` that names it. */
    id: string
    /** Id of text that explains what the switch does. */
    describedBy?: string
    onValueChange?: (checked: boolean) => void
  }

/** A MUI Switch bound to a boolean react-hook-form field. */
export function SwitchElement<T extends FieldValues, N extends FieldPath<T>, TT = T>(
  allProps: SwitchElementProps<T, N, TT>,
) {
  const { field, rest } = useFormField<T, N, TT, SwitchElementProps<T, N, TT>>(allProps)
  const { id, onValueChange, describedBy, ...props } = rest
  return (
    <Switch
      {...props}
      id={id}
      name={field.name}
      checked={field.value === true}
      disabled={field.disabled}
      onChange={(_, checked) => {
        field.onChange(checked)
        onValueChange?.(checked)
      }}
      onBlur={field.onBlur}
      slotProps={{ input: { ref: field.ref, 'aria-describedby': describedBy } }}
    />
  )
}
