import type { ReactNode } from 'react'
import { Button } from './Button'

export interface FormButtonsProps {
  /** The primary action's label: say what it does ("Save correction", "Destroy for good"). */
  submitLabel: ReactNode
  /** While the call runs: the primary button shows it and refuses a second press. */
  pending?: boolean
  /** Without it the primary button submits the form it sits in (so Enter in a field presses it). */
  onSubmit?: () => void
  /** 'danger' for an action that destroys something or cannot be undone. */
  tone?: 'primary' | 'danger'
  /** Leaves without doing anything. Leave it out when there is nothing to cancel (a "Done" footer). */
  onCancel?: () => void
  /** "Cancel" unless leaving means something more specific ("Keep the original"). */
  cancelLabel?: string
  /** Start with focus on Cancel: for confirmations, where the safe choice should be the default. */
  focusCancel?: boolean
}

/**
 * The foot of every dialog and form, in one order everywhere (GOV.UK): the one primary action
 * first, then Cancel. Nobody has to read the labels to find the way out.
 */
export function FormButtons({
  submitLabel,
  pending = false,
  onSubmit,
  tone = 'primary',
  onCancel,
  cancelLabel = 'Cancel',
  focusCancel = false,
}: FormButtonsProps) {
  return (
    <div className="button-row">
      <Button type={onSubmit ? 'button' : 'submit'} variant={tone} isPending={pending} onPress={onSubmit}>
        {submitLabel}
      </Button>
      {onCancel && (
        <Button variant="secondary" onPress={onCancel} autoFocus={focusCancel}>
          {cancelLabel}
        </Button>
      )}
    </div>
  )
}
