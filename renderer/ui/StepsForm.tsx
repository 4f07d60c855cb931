import { useId, type ReactNode } from 'react'
import type { FieldValues, UseFormReturn } from 'react-hook-form'
import { Button } from './Button'
import { FormErrorSummary } from './ErrorSummary'
import type { FormSteps } from './useFormSteps'
import './steps.css'

export interface StepsFormProps<T extends FieldValues, C, TT> {
  form: UseFormReturn<T, C, TT>
  steps: FormSteps<TT>
  /** Called with the checked values when the last step is submitted. */
  onSave: (values: TT) => Promise<void>
  /** The last step's button: say what it does ("Send to the coordinator"). Every other step's is Continue. */
  submitLabel: ReactNode
  /** Shown under the error summary: a refused call's banner. */
  banner?: ReactNode
  onCancel?: () => void
  className?: string
  /** The step on screen's questions (and anything else it shows above the buttons). */
  children: ReactNode
}

/**
 * A form in steps (GOV.UK question pages): the step's problems summarised at the top, then the
 * step as a card headed "Step 2 of 4" and its title (one heading, so both are read together),
 * its questions, and Continue (the form's submit, so Enter in a field continues), Back and Cancel.
 */
export function StepsForm<T extends FieldValues, C, TT>({ form, steps, onSave, submitLabel, banner, onCancel, className, children }: StepsFormProps<T, C, TT>) {
  const headingId = useId()
  return (
    <form onSubmit={(e) => void steps.submit(onSave)(e)} noValidate className={className}>
      <FormErrorSummary form={form} only={steps.only} focusKey={steps.focusKey} />
      {banner}
      <section className="card" aria-labelledby={headingId}>
        <h2 id={headingId} ref={steps.heading} tabIndex={-1} className="step-heading">
          {/* GOV.UK's caption: read as part of the heading, "Step 2 of 3 Resident household". */}
          <span className="step-heading__caption">{steps.caption}</span> {steps.current.title}
        </h2>
        {children}
        <div className="button-row">
          <Button type="submit" variant="primary" isPending={form.formState.isSubmitting}>
            {steps.isLast ? submitLabel : 'Continue'}
          </Button>
          {steps.step > 0 && (
            <Button variant="secondary" onPress={steps.back}>
              Back
            </Button>
          )}
          {onCancel && (
            <Button variant="quiet" onPress={onCancel}>
              Cancel
            </Button>
          )}
        </div>
      </section>
    </form>
  )
}
