/*
 * The new-family form in three short steps (GOV.UK question pages). One form holds every step's
 * values; each step checks only its own fields before moving on, and shows only its own problems
 * in the error summary.
 */

export interface IntakeStep {
  title: string
  /** The form's top-level fields this step asks for (each with everything under it). */
  fields: readonly ('referral' | 'resident' | 'nonResident' | 'children')[]
}

export const INTAKE_STEPS: readonly IntakeStep[] = [
  { title: 'Referral', fields: ['referral'] },
  { title: 'Resident household', fields: ['resident'] },
  { title: 'Non-resident household and children', fields: ['nonResident', 'children'] },
]

/** The step (0-based) that asks for a field, by its form path ('resident.postcode', 'children.0'), or undefined. */
export function stepOfField(name: string): number | undefined {
  const top = name.split('.')[0]
  const index = INTAKE_STEPS.findIndex((s) => (s.fields as readonly string[]).includes(top))
  return index < 0 ? undefined : index
}

/** Does `step` ask for the field `name`? (The error summary's filter for that step.) */
export function inStep(step: number): (name: string) => boolean {
  return (name) => stepOfField(name) === step
}

/** The earliest step with a problem among these field paths, or undefined when none belongs to a step. */
export function firstStepWithError(names: readonly string[]): number | undefined {
  const steps = names.map(stepOfField).filter((s): s is number => s !== undefined)
  return steps.length > 0 ? Math.min(...steps) : undefined
}

/** "Step 2 of 3" */
export function stepCaption(step: number): string {
  return `Step ${step + 1} of ${INTAKE_STEPS.length}`
}
