import { Button, type ButtonProps, Tooltip } from '@mui/material'

type ActionButtonProps = Omit<ButtonProps, 'disabled'> & {
  /** When set, the action is not allowed and this says why. */
  disabledReason?: string
}

/**
 * A button that, when not allowed, still says why: it stays focusable (aria-disabled) so the
 * reason can be read on hover and on keyboard focus, and it does nothing when pressed.
 */
export function ActionButton({ disabledReason, onClick, sx, ...props }: ActionButtonProps) {
  if (!disabledReason) return <Button onClick={onClick} sx={sx} {...props} />
  return (
    <Tooltip title={disabledReason}>
      <Button
        {...props}
        aria-disabled="true"
        onClick={(e) => e.preventDefault()}
        sx={[
          { color: 'text.disabled', cursor: 'not-allowed', '&:hover': { bgcolor: 'transparent' } },
          ...(Array.isArray(sx) ? sx : [sx]),
        ]}
      />
    </Tooltip>
  )
}
