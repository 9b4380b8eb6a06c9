import { Box, FormHelperText } from '@mui/material'
import { type ReactNode, useId } from 'react'
import { Description } from '@/components/description-list'
import { NumberStepper } from '@/components/form/number-stepper'
import type { FieldMessage } from './scale-model'

/** One fact of the pool at the top of the dialog (a `dt`/`dd` pair, label above value). */
export const Fact = ({ label, children }: { label: string; children: ReactNode }) => (
  <Description label={label} stacked>
    {children}
  </Description>
)

/** A target node count with its stepper and the message the plan gives it. */
export function TargetField({
  label,
  stepLabel,
  value,
  message,
  min,
  max,
  disabled,
  onChange,
  wide = false,
}: {
  label: string
  /** What the stepper's buttons add or take away ("Increase nodes"). */
  stepLabel: string
  /** Room for a flavor's name in the label (a pool of several entries). */
  wide?: boolean
  value: string
  message: FieldMessage | undefined
  min: number
  max: number
  disabled: boolean
  onChange: (value: string) => void
}) {
  const helpId = useId()
  return (
    <Box>
      <NumberStepper
        label={label}
        value={value}
        onChange={onChange}
        min={min}
        max={max}
        stepLabel={stepLabel}
        error={message?.tone === 'error'}
        disabled={disabled}
        fullWidth={false}
        sx={{ width: wide ? 'min(100%, 360px)' : 168 }}
        slotProps={{ htmlInput: { 'aria-describedby': helpId } }}
      />
      <FormHelperText
        id={helpId}
        error={message?.tone === 'error'}
        aria-live="polite"
        sx={{
          mx: 0,
          mt: 0.75,
          minHeight: 20,
          ...(message?.tone === 'todo' && { color: 'warning.dark', fontWeight: 600 }),
        }}
      >
        {message?.text}
      </FormHelperText>
    </Box>
  )
}
