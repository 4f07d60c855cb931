import { CabinetError } from '../errors'
import type { PersonRow } from './rows'
import type { Household } from './types'
import type { PersonView } from './views'

/**
 * Who an output is for. Every path that shows or hands out a person's details — the family
 * page, the family list, an audited reveal, the pre-visit checklist print, and later exports
 * and subject-access packs (P21) — goes through `discloseTo`, so the rule below is enforced in
 * exactly one place:
 *
 *   A confidential address never appears in anything addressed or shown to the other
 *   household, and is masked on a staff screen until a coordinator reveals it (audited).
 */
export type Audience =
  /** A coordinator on screen: everything, but confidential addresses masked. */
  | { kind: 'staff' }
  /** A coordinator after an audited reveal (families.revealAddress) of this person's address. */
  | { kind: 'staff-revealed' }
  /** A volunteer on a session day: names, children's ages, language and access needs only. */
  | { kind: 'volunteer' }
  /** A print, export or pack addressed to one household of one family. */
  | { kind: 'household'; familyId: number; household: Household }

/** The audience of an output addressed to `recipient`: their own household. */
export function audienceFor(recipient: PersonRow): Audience {
  return { kind: 'household', familyId: recipient.familyId, household: recipient.household }
}

export function discloseTo(audience: Audience, p: PersonRow): PersonView {
  const confidential = p.addressConfidential === 1
  const hasAddress = p.addressLine1 !== null || p.postcode !== null
  const full: PersonView = {
    id: p.id,
    familyId: p.familyId,
    household: p.household,
    role: p.role,
    relationship: p.relationship,
    givenName: p.givenName,
    familyName: p.familyName,
    dateOfBirth: p.dateOfBirth,
    address: hasAddress ? { line1: p.addressLine1, line2: p.addressLine2, town: p.town, postcode: p.postcode } : null,
    addressConfidential: confidential,
    addressWithheld: false,
    mobilePhone: p.mobilePhone,
    otherPhone: p.otherPhone,
    email: p.email,
    preferredContact: p.preferredContact,
    language: p.language,
    interpreterNeeded: p.interpreterNeeded === 1,
    accessNeeds: p.accessNeeds,
    livesWithPersonId: p.livesWithPersonId,
    source: p.source,
  }
  switch (audience.kind) {
    case 'staff-revealed':
      return full
    case 'staff':
      return confidential && hasAddress ? { ...full, address: null, addressWithheld: true } : full
    case 'volunteer':
      // Session-day work needs who is who and how to communicate, not how to reach anyone.
      return {
        ...nameOnly(full),
        dateOfBirth: p.role === 'child' ? p.dateOfBirth : null,
        language: p.language,
        interpreterNeeded: p.interpreterNeeded === 1,
        accessNeeds: p.accessNeeds,
      }
    case 'household':
      if (audience.familyId !== p.familyId) {
        throw new CabinetError('forbidden', 'An output for one family cannot include a person from another family.')
      }
      if (p.household === audience.household) return full
      // The other household: children are both parents' children (names and dates of birth),
      // but no adult's address, phone or email ever crosses over, confidential or not.
      return p.role === 'child' ? { ...nameOnly(full), dateOfBirth: p.dateOfBirth } : nameOnly(full)
  }
}

function nameOnly(full: PersonView): PersonView {
  return {
    ...full,
    dateOfBirth: null,
    address: null,
    addressConfidential: false,
    addressWithheld: false,
    mobilePhone: null,
    otherPhone: null,
    email: null,
    preferredContact: null,
    language: null,
    interpreterNeeded: false,
    accessNeeds: null,
  }
}
