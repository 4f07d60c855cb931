import type { NewVolunteerInput } from '../../../../electron/core/volunteers/schemas'
import type { ArgsOf } from '../../../../electron/contract'

/** A fixed "today" for volunteers tests (a leap year: 2028-02-29 exists). */
export const TODAY = new Date('2026-03-16T10:00:00Z')

/** A clock a test can move: `clock.set('2029-01-01')`. */
export function movableClock(start = TODAY) {
  let at = start
  return {
    now: () => at,
    set(isoDay: string) {
      at = new Date(`${isoDay}T10:00:00Z`)
    },
  }
}

export function newVolunteer(overrides: Partial<NewVolunteerInput> = {}): NewVolunteerInput {
  return {
    kind: 'volunteer',
    givenName: 'Gwen',
    familyName: 'Ap Rhys',
    dateOfBirth: '1970-05-04',
    email: 'gwen.aprhys@example.org',
    phone: '07700 900321',
    roles: ['session_volunteer'],
    startedOn: '2025-09-01',
    confidentialitySignedOn: null,
    userId: null,
    ...overrides,
  }
}

export const CERTIFICATE = '001234567890'

export function dbsCheck(volunteerId: number, overrides: Partial<ArgsOf<'volunteers.dbs.record'>> = {}): ArgsOf<'volunteers.dbs.record'> {
  return {
    volunteerId,
    checkedOn: '2025-08-01',
    certificateNumber: CERTIFICATE,
    level: 'enhanced_barred',
    workforce: 'child',
    seenBy: 'Test coordinator',
    seenOn: '2025-08-05',
    disclosure: 'none',
    decision: 'cleared',
    outcome: null,
    updateServiceId: null,
    ...overrides,
  }
}
