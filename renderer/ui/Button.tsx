import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components'

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet'

export interface ButtonProps extends Omit<AriaButtonProps, 'className'> {
  variant?: ButtonVariant
  className?: string
}

/** The one button: large click target, visible focus ring, a pending state that blocks double submits. */
export function Button({ variant = 'secondary', className, ...props }: ButtonProps) {
  const classes = ['button', `button--${variant}`, className].filter(Boolean).join(' ')
  return <AriaButton {...props} className={classes} />
}
