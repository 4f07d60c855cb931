import * as formSteps from '../../../ui/form-steps'

/*
 * The new-family form in three short steps (GOV.UK question pages). One form holds every step's
 * values; each step checks only its own fields before moving on, and shows only its own problems
 * in the error summary (ui/form-steps and useFormSteps do that for any form in steps).
 */

export interface IntakeStep extends formSteps.FormStep {
  /** The form's top-level fields this step asks for (each with everything under it). */
  fields: readonly ('referral' | 'resident' | 'nonResident' | 'children')[]
}

export const INTAKE_STEPS: readonly IntakeStep[] = [
  { title: 'Referral', fields: ['referral'] },
  { title: 'Resident household', fields: ['resident'] },
  { title: 'Non-resident household and children', fields: ['nonResident', 'children'] },
]

/** The step (0-based) that asks for a field, by its form path ('resident.postcode', 'children.0'), or undefined. */
export const stepOfField = (name: string) => formSteps.stepOfField(INTAKE_STEPS, name)

/** Does `step` ask for the field `name`? (The error summary's filter for that step.) */
export const inStep = (step: number) => formSteps.inStep(INTAKE_STEPS, step)

/** The earliest step with a problem among these field paths, or undefined when none belongs to a step. */
export const firstStepWithError = (names: readonly string[]) => formSteps.firstStepWithError(INTAKE_STEPS, names)

/** "Step 2 of 3" */
export const stepCaption = (step: number) => formSteps.stepCaption(INTAKE_STEPS, step)
