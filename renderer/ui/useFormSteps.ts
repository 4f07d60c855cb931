import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react'
import type { FieldErrors, FieldPath, FieldValues, UseFormReturn } from 'react-hook-form'
import type { CallError } from '../../electron/contract'
import { flattenErrors } from './ErrorSummary'
import { backFrom, changeAt, continueFrom, firstStepWithError, problemsShownAt, stepCaption, stepOfField, type FormStep, type StepPosition } from './form-steps'
import { useRecheckOnChange } from './forms'

/** A form in steps as its screen uses it: where the user is, and the moves StepsForm and CheckAnswers offer. */
export interface FormSteps<TT = unknown> {
  steps: readonly FormStep[]
  /** The step on screen (0-based). */
  step: number
  current: FormStep
  isLast: boolean
  /** "Step 2 of 4" */
  caption: string
  /** The step's heading: it takes focus on each move, so a screen reader reads "Step 2 of 4 Contact details". */
  heading: RefObject<HTMLHeadingElement | null>
  /** Changes on each failed Continue or submit: the error summary takes focus then. */
  focusKey: number
  /** The error summary's filter: the problems of the step on screen. */
  only: (name: string) => boolean
  back: () => void
  /** From a check-answers page: to the step that asks for it, returning after its Continue. */
  change: (step: number) => void
  /** Put a refused call's error on its field and go to the step that asks for it; or return it for a banner. */
  placeServerError: (error: CallError, fieldMap?: Readonly<Record<string, string>>) => CallError | undefined
  /** The form's submit: Continue checks only this step's fields; on the last step, the whole form is checked and `save` called. */
  submit: (save: (values: TT) => Promise<void>) => (event: FormEvent) => Promise<void>
}

/**
 * One react-hook-form form asked in steps. The form holds every step's values, so going back or
 * failing a step never loses what was typed; Continue checks only the step's own fields with the
 * form's one resolver (the contract's zod schema), and the error summary lists only its problems.
 * A failed submit, or a server error naming a field, goes to the earliest step with a problem.
 */
export function useFormSteps<T extends FieldValues, C, TT>(
  form: UseFormReturn<T, C, TT>,
  steps: readonly FormStep[],
  { startAt = 0 }: { startAt?: number } = {},
): FormSteps<TT> {
  const [at, setAt] = useState<StepPosition>({ step: startAt, returnTo: null })
  const [focusKey, setFocusKey] = useState(0)
  useRecheckOnChange(form)
  const last = steps.length - 1

  // A new step starts at its heading, unless a failed submit brought the user back to it: then
  // the error summary has focus, and keeps it. The first step leaves focus to the page's h1.
  const heading = useRef<HTMLHeadingElement>(null)
  const backForErrors = useRef(false)
  const firstRender = useRef(true)
  useEffect(() => {
    if (firstRender.current) firstRender.current = false
    else if (!backForErrors.current) heading.current?.focus()
    backForErrors.current = false
  }, [at])

  const showProblems = (names: readonly string[]) => {
    const first = firstStepWithError(steps, names)
    if (first !== undefined && first !== at.step) {
      backForErrors.current = true
      setAt({ step: first, returnTo: null })
    }
    setFocusKey((n) => n + 1)
  }

  const next = async () => {
    if (await form.trigger(steps[at.step].fields as FieldPath<T>[])) setAt(continueFrom(at, steps.length))
    else setFocusKey((n) => n + 1)
  }

  const submit = (save: (values: TT) => Promise<void>) => async (event: FormEvent) => {
    event.preventDefault()
    if (at.step < last) return next()
    let problems: string[] = []
    await form.handleSubmit(save, (errors) => {
      problems = flattenErrors(errors as FieldErrors).map((error) => error.name)
    })(event)
    // Only now are the errors on the form's state, for the summary to list and take focus.
    if (problems.length > 0) showProblems(problems)
  }

  const placeServerError = (error: CallError, fieldMap: Readonly<Record<string, string>> = {}) => {
    const field = error.field && (fieldMap[error.field] ?? error.field)
    if (!field || stepOfField(steps, field) === undefined) return error
    form.setError(field as FieldPath<T>, { type: 'server', message: error.message })
    showProblems([field])
    return undefined
  }

  return {
    steps,
    step: at.step,
    current: steps[at.step],
    isLast: at.step === last,
    caption: stepCaption(steps, at.step),
    heading,
    focusKey,
    only: problemsShownAt(steps, at.step),
    back: () => setAt(backFrom(at)),
    change: (step) => setAt(changeAt(at, step)),
    placeServerError,
    submit,
  }
}
