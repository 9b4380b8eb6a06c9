import { Button, type ButtonProps, Tooltip } from '@mui/material'

type ActionButtonProps = Omit<ButtonProps, 'disabled'> & {
  /** When set, the action is not allowed and this says why. */
  disabledReason?: string
}

/**
 * A button that, when not allowed, still says why: it stays focusable (aria-disabled) so the
 * reason can be read on hover and on keyboard focus, and it does nothing when pressed. The element
 * tree is the same either way, so a status change never replaces the button under the user's
 * focus (a dialog closing returns focus to it).
 */
export function ActionButton({ disabledReason, onClick, sx, ...props }: ActionButtonProps) {
  const disabled = Boolean(disabledReason)
  return (
    <Tooltip title={disabledReason ?? ''}>
      <Button
        {...props}
        aria-disabled={disabled || undefined}
        onClick={disabled ? (e) => e.preventDefault() : onClick}
        sx={[
          disabled && {
            color: 'text.disabled',
            cursor: 'not-allowed',
            '&:hover': { bgcolor: 'transparent' },
          },
          ...(Array.isArray(sx) ? sx : [sx]),
        ]}
      />
    </Tooltip>
  )
}
