import { Box, Chip, FormHelperText, Radio, RadioGroup, Typography } from '@mui/material'
import { alpha } from '@mui/material/styles'
import { type ReactNode, useId } from 'react'
import type { FieldPath, FieldValues } from 'react-hook-form'
import { type FormFieldProps, useFormField } from './use-form-field'

export interface RadioCardOption {
  value: string
  /** The option's accessible name, and its first line. */
  title: string
  /** Quieter lines under the title (identifiers, extra facts). */
  detail?: ReactNode
  /** A short status word shown as a chip, e.g. "Sold out". */
  badge?: string
  /** Why the option is unavailable or what to know about it; read out with the option. */
  note?: string
  disabled?: boolean
}

export interface RadioCardGroup {
  label: string
  options: readonly RadioCardOption[]
}

export type RadioCardsElementProps<
  T extends FieldValues,
  N extends FieldPath<T>,
  TT,
> = FormFieldProps<T, N, TT> & {
  groups: readonly RadioCardGroup[]
  /** Id of the legend that names the whole choice. */
  labelId: string
  /** An error to show even when the form has not flagged one (e.g. a choice that just sold out). */
  warning?: string
}

function RadioCard({
  option,
  name,
  checked,
  inputRef,
  onBlur,
}: {
  option: RadioCardOption
  name: string
  checked: boolean
  inputRef?: React.Ref<HTMLInputElement>
  onBlur: () => void
}) {
  const id = useId()
  const titleId = `${id}-title`
  const noteId = `${id}-note`
  const detailId = `${id}-detail`
  const describedBy = [option.note ? noteId : '', option.detail ? detailId : '']
    .filter(Boolean)
    .join(' ')
  return (
    <Box
      component="label"
      sx={(t) => ({
        display: 'flex',
        alignItems: 'flex-start',
        gap: 0.5,
        p: 1,
        pr: 1.5,
        border: 1,
        borderColor: checked ? (option.disabled ? 'error.main' : 'primary.main') : 'divider',
        boxShadow: checked
          ? `inset 0 0 0 1px ${option.disabled ? t.palette.error.main : t.palette.primary.main}`
          : 'none',
        borderRadius: 1,
        bgcolor: option.disabled
          ? '#f7f8fa'
          : checked
            ? alpha(t.palette.primary.main, 0.05)
            : 'background.paper',
        cursor: option.disabled ? 'not-allowed' : 'pointer',
        transition: 'border-color 120ms, background-color 120ms',
        '&:hover': option.disabled ? {} : { borderColor: 'primary.main' },
        '&:has(input:focus-visible)': {
          outline: `2px solid ${t.palette.primary.main}`,
          outlineOffset: 2,
        },
      })}
    >
      <Radio
        value={option.value}
        name={name}
        disabled={option.disabled}
        onBlur={onBlur}
        sx={{ p: 0.5, mt: '-2px' }}
        slotProps={{
          input: {
            ref: inputRef,
            'aria-labelledby': titleId,
            'aria-describedby': describedBy || undefined,
          },
        }}
      />
      <Box sx={{ minWidth: 0, flex: 1 }}>
        <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <Typography
            id={titleId}
            variant="body2"
            sx={{ fontWeight: 600, color: option.disabled ? 'text.secondary' : 'text.primary' }}
          >
            {option.title}
          </Typography>
          {option.badge && (
            <Chip
              label={option.badge}
              size="small"
              variant="outlined"
              color={option.disabled ? 'default' : 'warning'}
              sx={{ height: 20, fontSize: '0.6875rem', color: 'text.secondary' }}
            />
          )}
        </Box>
        {option.detail && (
          <Typography id={detailId} variant="caption" component="div" sx={{ mt: 0.25 }}>
            {option.detail}
          </Typography>
        )}
        {option.note && (
          <Typography
            id={noteId}
            variant="caption"
            component="div"
            sx={{
              mt: 0.5,
              color: option.disabled ? 'text.secondary' : 'warning.main',
              lineHeight: 1.4,
            }}
          >
            {option.note}
          </Typography>
        )}
      </Box>
    </Box>
  )
}

/**
 * A single choice among cards, grouped under small headings (e.g. GPU / CPU), bound to a
 * react-hook-form field. Disabled options stay visible with their reason. Put it in a FieldsetRow.
 */
export function RadioCardsElement<T extends FieldValues, N extends FieldPath<T>, TT = T>(
  allProps: RadioCardsElementProps<T, N, TT>,
) {
  const {
    field,
    error: fieldError,
    message: fieldMessage,
    rest,
  } = useFormField<T, N, TT, RadioCardsElementProps<T, N, TT>>(allProps)
  const { groups, labelId, warning } = rest
  const id = useId()
  const helperId = `${id}-helper`
  const value = typeof field.value === 'string' ? field.value : ''
  const all = groups.flatMap((g) => g.options)
  // Focusing the field (e.g. on a validation error) lands on the chosen card, else the first open one.
  const focusTarget =
    all.find((o) => o.value === value && !o.disabled) ?? all.find((o) => !o.disabled)
  // The field's error first, then a warning about the choice, then the helper text.
  const error = fieldError?.message ?? warning
  const message = error ?? fieldMessage
  return (
    <>
      <RadioGroup
        name={field.name}
        value={value}
        aria-labelledby={labelId}
        aria-describedby={message ? helperId : undefined}
        aria-invalid={error ? true : undefined}
        onChange={(_, v) => field.onChange(v)}
        sx={{ gap: 1.5, flexWrap: 'nowrap' }}
      >
        {groups.map((group) => (
          <Box key={group.label} role="group" aria-labelledby={`${id}-${group.label}`}>
            <Typography
              id={`${id}-${group.label}`}
              variant="overline"
              component="div"
              sx={{
                color: 'text.secondary',
                lineHeight: 2,
                fontWeight: 600,
                letterSpacing: '0.06em',
              }}
            >
              {group.label}
            </Typography>
            <Box
              sx={{
                display: 'grid',
                gridTemplateColumns: 'repeat(auto-fill, minmax(290px, 1fr))',
                gap: 1,
              }}
            >
              {group.options.map((o) => (
                <RadioCard
                  key={o.value}
                  option={o}
                  name={field.name}
                  checked={o.value === value}
                  inputRef={o === focusTarget ? field.ref : undefined}
                  onBlur={field.onBlur}
                />
              ))}
            </Box>
          </Box>
        ))}
      </RadioGroup>
      {message && (
        <FormHelperText id={helperId} error={Boolean(error)} sx={{ mx: 0, mt: 1 }}>
          {message}
        </FormHelperText>
      )}
    </>
  )
}
