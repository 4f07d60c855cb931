import type { AdultInput, NewFamilyInput, ReferralInput } from '../../../../electron/core/families/schemas'

/** A fixed "today" for families tests: dates below are relative to it. */
export const TODAY = new Date('2026-03-16T10:00:00Z')
export const fixedNow = () => TODAY

export function adult(overrides: Partial<AdultInput> = {}): AdultInput {
  return {
    role: 'parent',
    givenName: 'Siân',
    familyName: 'Nowak-Wiśniewska',
    dateOfBirth: '1988-04-02',
    addressLine1: '12 Orchard Way',
    town: 'Exampleton',
    postcode: 'ba14 8ab',
    mobilePhone: '07700 900123',
    email: 'sian@example.org',
    preferredContact: 'email',
    ...overrides,
  }
}

export function referral(overrides: Partial<ReferralInput> = {}): ReferralInput {
  return {
    source: 'self',
    receivedOn: '2026-01-10',
    contactType: 'supported',
    courtOrder: false,
    cafcassInvolved: false,
    separateArrival: true,
    collectionArrangements: 'Only the resident parent may collect the children.',
    ...overrides,
  }
}

/** Two households: Siân (resident, confidential address) and Tomasz O'Neill (non-resident). */
export function newFamily(overrides: Partial<NewFamilyInput> = {}): NewFamilyInput {
  return {
    source: 'self_referral_form',
    resident: adult({ addressConfidential: true, addressLine1: '7 Hidden Lane', postcode: 'SN12 6AB', mobilePhone: '07700 900111' }),
    nonResident: adult({
      givenName: 'Tomasz',
      familyName: "O'Neill",
      dateOfBirth: '1985-11-20',
      addressLine1: '3 Station Road',
      town: 'Chippenham',
      postcode: 'SN15 1AA',
      mobilePhone: '07700 900222',
      email: 'tomasz@example.org',
    }),
    children: [
      { givenName: 'Zoë', familyName: "O'Neill", dateOfBirth: '2018-06-01', livesWith: 'resident' },
      { givenName: 'Jan', familyName: "O'Neill", dateOfBirth: '2020-09-15', livesWith: 'resident' },
    ],
    referral: referral(),
    ...overrides,
  }
}
