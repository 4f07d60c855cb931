/*
 * A long form asked one thing per step (GOV.UK question pages): which step asks for which field,
 * and where Continue, Back and a check-answers page's Change lead. Pure, so it is tested on its
 * own; useFormSteps holds the position and StepsForm draws the step.
 */

export interface FormStep {
  /** The step's heading, read after its caption: "Step 2 of 4 Contact details". */
  title: string
  /** The form's top-level fields this step asks for (each with everything under it). None for a check-answers step. */
  fields: readonly string[]
}

/** The step (0-based) that asks for a field, by its form path ('resident.postcode', 'children.0'), or undefined. */
export function stepOfField(steps: readonly FormStep[], name: string): number | undefined {
  const top = name.split('.')[0]
  const index = steps.findIndex((s) => s.fields.includes(top))
  return index < 0 ? undefined : index
}

/** Does `step` ask for the field `name`? (The error summary's filter for that step.) */
export function inStep(steps: readonly FormStep[], step: number): (name: string) => boolean {
  return (name) => stepOfField(steps, name) === step
}

/**
 * The error summary's filter on a step: its own fields' problems and, on the last step (where the
 * whole form is submitted), any problem no step asks about, so a refused submit is never silent.
 */
export function problemsShownAt(steps: readonly FormStep[], step: number): (name: string) => boolean {
  const last = step === steps.length - 1
  return (name) => {
    const owner = stepOfField(steps, name)
    return owner === step || (last && owner === undefined)
  }
}

/** The earliest step with a problem among these field paths, or undefined when none belongs to a step. */
export function firstStepWithError(steps: readonly FormStep[], names: readonly string[]): number | undefined {
  const found = names.map((name) => stepOfField(steps, name)).filter((s): s is number => s !== undefined)
  return found.length > 0 ? Math.min(...found) : undefined
}

/** "Step 2 of 3" */
export function stepCaption(steps: readonly FormStep[], step: number): string {
  return `Step ${step + 1} of ${steps.length}`
}

/**
 * Where the user is: the step on screen and, after a check-answers page's Change, the step to go
 * back to (GOV.UK: a changed answer returns to the check-answers page, not through every step again).
 */
export interface StepPosition {
  step: number
  returnTo: number | null
}

/** Continue from a step that passed its checks: on to the next, or back to the answers being checked. */
export function continueFrom(at: StepPosition, count: number): StepPosition {
  if (at.returnTo !== null) return { step: at.returnTo, returnTo: null }
  return { step: Math.min(at.step + 1, count - 1), returnTo: null }
}

/** Back: to the step before, or to the check-answers page the user came from to change an answer. */
export function backFrom(at: StepPosition): StepPosition {
  if (at.returnTo !== null) return { step: at.returnTo, returnTo: null }
  return { step: Math.max(at.step - 1, 0), returnTo: null }
}

/** A check-answers page's Change: to the step that asks it, coming back here after. */
export function changeAt(at: StepPosition, step: number): StepPosition {
  return { step, returnTo: at.step }
}
