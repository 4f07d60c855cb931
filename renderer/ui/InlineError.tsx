import type { ReactNode } from 'react'

/**
 * An error that belongs to a group rather than one input (a list that needs at least one entry,
 * a step's required tick box): shown in place, announced to screen readers, nothing when empty.
 */
export function InlineError({ children }: { children?: ReactNode }) {
  if (!children) return null
  return (
    <p className="field__error" role="alert">
      {children}
    </p>
  )
}
