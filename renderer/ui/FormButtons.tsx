import type { ReactNode } from 'react'
import { Button } from './Button'

export interface FormButtonsProps {
  /** The submit button's label: say what it does ("Save correction", "Export"). */
  submitLabel: ReactNode
  /** While the call runs: the submit button shows it and refuses a second press. */
  pending: boolean
  onCancel: () => void
}

/**
 * A form's footer: submit first, as the one primary action (Enter in a field presses it), then
 * Cancel, which leaves without saving anything.
 */
export function FormButtons({ submitLabel, pending, onCancel }: FormButtonsProps) {
  return (
    <div className="button-row">
      <Button type="submit" variant="primary" isPending={pending}>
        {submitLabel}
      </Button>
      <Button variant="secondary" onPress={onCancel}>
        Cancel
      </Button>
    </div>
  )
}
