import { describe, expect, it } from 'vitest'
import {
  backFrom,
  changeAt,
  continueFrom,
  firstStepWithError,
  inStep,
  problemsShownAt,
  stepCaption,
  stepOfField,
  type FormStep,
} from '../../../../renderer/ui/form-steps'

const STEPS: readonly FormStep[] = [
  { title: 'Who they are', fields: ['givenName', 'roles'] },
  { title: 'Contact details', fields: ['phone', 'address'] },
  { title: 'Check your answers', fields: [] },
]

describe('a form in steps: which step asks for which field', () => {
  it('finds a field’s step by its top-level name, never by a prefix', () => {
    expect(stepOfField(STEPS, 'roles')).toBe(0)
    expect(stepOfField(STEPS, 'address.postcode')).toBe(1)
    expect(stepOfField(STEPS, 'phoneNumber')).toBeUndefined()
    expect(inStep(STEPS, 1)('phone')).toBe(true)
    expect(inStep(STEPS, 2)('phone')).toBe(false)
  })

  it('goes to the earliest step with a problem, and none for a field no step asks for', () => {
    expect(firstStepWithError(STEPS, ['address.town', 'givenName'])).toBe(0)
    expect(firstStepWithError(STEPS, ['sessionId'])).toBeUndefined()
  })

  it('summarises each step’s own problems, and on the last step any problem no step asks about, so a refused submit is never silent', () => {
    expect(problemsShownAt(STEPS, 0)('givenName')).toBe(true)
    expect(problemsShownAt(STEPS, 0)('phone')).toBe(false)
    expect(problemsShownAt(STEPS, 0)('sessionId')).toBe(false)
    expect(problemsShownAt(STEPS, 2)('sessionId')).toBe(true)
    expect(problemsShownAt(STEPS, 2)('phone')).toBe(false)
  })

  it('counts the check-answers page as a step', () => {
    expect(STEPS.map((_, i) => stepCaption(STEPS, i))).toEqual(['Step 1 of 3', 'Step 2 of 3', 'Step 3 of 3'])
  })
})

describe('a form in steps: where Continue, Back and Change lead', () => {
  it('continues to the next step and goes back to the one before, no further than the ends', () => {
    expect(continueFrom({ step: 0, returnTo: null }, 3)).toEqual({ step: 1, returnTo: null })
    expect(continueFrom({ step: 2, returnTo: null }, 3)).toEqual({ step: 2, returnTo: null })
    expect(backFrom({ step: 1, returnTo: null })).toEqual({ step: 0, returnTo: null })
    expect(backFrom({ step: 0, returnTo: null })).toEqual({ step: 0, returnTo: null })
  })

  it('after a Change on the check-answers page, Continue (or Back) returns there instead of walking every step again', () => {
    const changing = changeAt({ step: 2, returnTo: null }, 0)
    expect(changing).toEqual({ step: 0, returnTo: 2 })
    expect(continueFrom(changing, 3)).toEqual({ step: 2, returnTo: null })
    expect(backFrom(changing)).toEqual({ step: 2, returnTo: null })
  })
})
