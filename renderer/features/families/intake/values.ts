import { isoDate } from '../../../../electron/core/families/fields'
import type { AdultInput, ReferralInput } from '../../../../electron/core/families/schemas'

/*
 * What the families forms start from, and what they send: blank strings (not undefined) so every
 * input is controlled, and the answers to questions the form has hidden left out, so a choice
 * changed back never saves details the user can no longer see.
 */

export type AdultRoleChoice = 'parent' | 'carer' | 'approved_adult'

/** Empty values for a new adult's fields. */
export function blankAdult(role: AdultRoleChoice) {
  return {
    role,
    relationship: '',
    givenName: '',
    familyName: '',
    dateOfBirth: '',
    addressLine1: '',
    addressLine2: '',
    town: '',
    postcode: '',
    addressConfidential: false,
    mobilePhone: '',
    otherPhone: '',
    email: '',
    preferredContact: null,
    language: '',
    interpreterNeeded: false,
    accessNeeds: '',
  } satisfies AdultInput
}

/**
 * A new referral: received today (the local date, as the coordinator's calendar shows it), as a
 * self-referral. The contact type is left unchosen on purpose.
 */
export function blankReferral(now: Date = new Date()) {
  return {
    source: 'self' as const,
    referrerName: '',
    referrerOrganisation: '',
    referrerEmail: '',
    referrerPhone: '',
    receivedOn: isoDate(now),
    courtOrder: false,
    courtName: '',
    courtOrderDate: '',
    courtCaseNumber: '',
    cafcassInvolved: false,
    injunctionInPlace: false,
    injunctionDetails: '',
    separateArrival: false,
    collectionArrangements: '',
  }
}

export function blankChild() {
  return { givenName: '', familyName: '', dateOfBirth: '', livesWith: 'resident' as const }
}

/** A new family's form: the referral (received today), both households' parents and one child. */
export function blankFamily(now: Date = new Date()) {
  return {
    referral: blankReferral(now),
    resident: blankAdult('parent'),
    nonResident: blankAdult('parent'),
    children: [blankChild()],
  }
}

/**
 * The referral as the form shows it: the referrer's details only when someone other than the
 * family referred, the court's only with a court order, the order's details only with one.
 */
export function withoutHiddenReferralAnswers<R extends Partial<ReferralInput>>(r: R): R {
  return {
    ...r,
    ...(r.source === 'self' && { referrerName: '', referrerOrganisation: '', referrerEmail: '', referrerPhone: '' }),
    ...(!r.courtOrder && { courtName: '', courtOrderDate: '', courtCaseNumber: '' }),
    ...(!r.injunctionInPlace && { injunctionDetails: '' }),
  }
}

/** An adult as the form shows them: a relationship only for a carer or another approved adult. */
export function withoutHiddenAdultAnswers<A extends Partial<AdultInput>>(a: A): A {
  return a.role === 'parent' ? { ...a, relationship: '' } : a
}

/** A new family's form values without the answers its hidden questions hold. */
export function withoutHiddenFamilyAnswers<
  F extends { referral?: Partial<ReferralInput> | null; resident?: Partial<AdultInput>; nonResident?: Partial<AdultInput> },
>(f: F): F {
  return {
    ...f,
    ...(f.referral && { referral: withoutHiddenReferralAnswers(f.referral) }),
    ...(f.resident && { resident: withoutHiddenAdultAnswers(f.resident) }),
    ...(f.nonResident && { nonResident: withoutHiddenAdultAnswers(f.nonResident) }),
  }
}
