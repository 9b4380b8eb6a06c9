import type { ReactNode } from 'react'
import {
  type FieldPath,
  type FieldValues,
  useController,
  type UseControllerProps,
} from 'react-hook-form'

/** What every field adapter takes: react-hook-form's controller props and a helper line. */
export type FormFieldProps<T extends FieldValues, N extends FieldPath<T>, TT> = UseControllerProps<
  T,
  N,
  TT
> & {
  /** Shown under the field until there is an error to show instead. */
  helperText?: ReactNode
}

/**
 * The one binding of a field adapter to react-hook-form: splits the controller's props from the
 * component's, and says what to show under the field (the error, else the helper text) and
 * what its text value is.
 */
export function useFormField<
  T extends FieldValues,
  N extends FieldPath<T>,
  TT,
  P extends FormFieldProps<T, N, TT>,
>(props: P) {
  const { control, name, rules, shouldUnregister, defaultValue, disabled, helperText, ...rest } =
    props
  const { field, fieldState } = useController({
    control,
    name,
    rules,
    shouldUnregister,
    defaultValue,
    disabled,
  } as UseControllerProps<T, N, TT>)
  const value: unknown = field.value
  return {
    field,
    error: fieldState.error,
    /** The error, else the helper text. */
    message: (fieldState.error?.message ?? helperText) as ReactNode,
    /** The value as text: what a text input shows. */
    text: typeof value === 'string' || typeof value === 'number' ? String(value) : '',
    rest: rest as Omit<P, keyof FormFieldProps<T, N, TT>>,
  }
}
