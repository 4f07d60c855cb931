import { describe, expect, it } from 'vitest'
import { firstStepWithError, inStep, INTAKE_STEPS, stepCaption, stepOfField } from '../../../../renderer/features/families/intake/steps'
import {
  blankAdult,
  blankFamily,
  blankReferral,
  withoutHiddenFamilyAnswers,
  withoutHiddenReferralAnswers,
} from '../../../../renderer/features/families/intake/values'

describe('the new-family form’s three steps', () => {
  it('asks for the referral, then the resident household, then the non-resident household and the children', () => {
    expect(INTAKE_STEPS.map((s) => s.title)).toEqual(['Referral', 'Resident household', 'Non-resident household and children'])
    expect(INTAKE_STEPS.map((_, i) => stepCaption(i))).toEqual(['Step 1 of 3', 'Step 2 of 3', 'Step 3 of 3'])
  })

  it('knows which step asks for each field, so each step shows only its own problems', () => {
    expect(stepOfField('referral.receivedOn')).toBe(0)
    expect(stepOfField('referral')).toBe(0)
    expect(stepOfField('resident.postcode')).toBe(1)
    expect(stepOfField('nonResident.mobilePhone')).toBe(2)
    expect(stepOfField('children.1.dateOfBirth')).toBe(2)
    expect(stepOfField('children')).toBe(2)
    // Not a prefix match: "residentX" is no field of the resident step.
    expect(stepOfField('residentX.postcode')).toBeUndefined()
    expect(stepOfField('source')).toBeUndefined()
    expect(inStep(1)('resident.givenName')).toBe(true)
    expect(inStep(1)('referral.source')).toBe(false)
  })

  it('goes back to the earliest step with a problem', () => {
    expect(firstStepWithError(['children.0.givenName', 'resident.postcode'])).toBe(1)
    expect(firstStepWithError(['source'])).toBeUndefined()
    expect(firstStepWithError([])).toBeUndefined()
  })
})

describe('what the families forms start from', () => {
  it('dates a new referral today, by the local calendar (late evening is still today)', () => {
    expect(blankReferral(new Date(2026, 2, 16, 23, 45)).receivedOn).toBe('2026-03-16')
    expect(blankReferral(new Date(2026, 0, 1, 0, 5)).receivedOn).toBe('2026-01-01')
    expect(blankFamily(new Date(2026, 5, 30, 9)).referral.receivedOn).toBe('2026-06-30')
  })

  it('starts a new family with a self-referral, two parents and one child', () => {
    const f = blankFamily(new Date(2026, 2, 16))
    expect(f.referral.source).toBe('self')
    expect([f.resident.role, f.nonResident.role]).toEqual(['parent', 'parent'])
    expect(f.children).toHaveLength(1)
    expect('source' in f).toBe(false)
  })
})

describe('answers to hidden questions are not sent', () => {
  const detailed = {
    ...blankReferral(new Date(2026, 2, 16)),
    source: 'self' as const,
    referrerName: 'A. Officer',
    referrerOrganisation: 'Cafcass',
    referrerEmail: 'officer@example.org',
    referrerPhone: '07700 900333',
    courtOrder: false,
    courtName: 'Swindon Family Court',
    courtCaseNumber: 'SN26F00012',
    injunctionInPlace: false,
    injunctionDetails: 'Non-molestation order',
  }

  it('drops the referrer, court and order details when the question that shows them is answered no', () => {
    expect(withoutHiddenReferralAnswers(detailed)).toMatchObject({
      referrerName: '',
      referrerOrganisation: '',
      referrerEmail: '',
      referrerPhone: '',
      courtName: '',
      courtCaseNumber: '',
      injunctionDetails: '',
    })
  })

  it('keeps them when the question shows them', () => {
    const shown = { ...detailed, source: 'cafcass' as const, courtOrder: true, injunctionInPlace: true }
    expect(withoutHiddenReferralAnswers(shown)).toEqual(shown)
  })

  it('drops a parent’s relationship (asked only of a carer or another adult)', () => {
    const family = {
      ...blankFamily(),
      resident: { ...blankAdult('parent'), relationship: 'aunt' },
      nonResident: { ...blankAdult('carer'), relationship: 'uncle' },
    }
    const sent = withoutHiddenFamilyAnswers(family)
    expect([sent.resident.relationship, sent.nonResident.relationship]).toEqual(['', 'uncle'])
  })
})
