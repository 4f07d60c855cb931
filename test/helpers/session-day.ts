import { runOperation } from '../../electron/core/operations'
import type { Session } from '../../electron/core/session'
import { centreDate } from '../../electron/core/sessions/clock'

/** A user id as letters (names take no digits): 1 → "B", 27 → "BB". */
function lettersFor(id: number): string {
  let out = ''
  for (let n = id; ; n = Math.floor(n / 26) - 1) {
    out = String.fromCharCode(65 + (n % 26)) + out
    if (n < 26) return out.charAt(0) + out.slice(1).toLowerCase()
  }
}

/**
 * Make a test user fit to be put on duty (dutyReadiness): a volunteer record linked to their
 * login, with the centre requiring no recruitment steps before a first session. Tests of duty
 * itself, and of what a volunteer on duty sees, start here; the volunteers area's own tests
 * cover the required steps.
 */
export function readyForDuty(coordinator: Session, user: Session): void {
  const settings = runOperation(coordinator, 'volunteers.settings.get', {})
  if (settings.requiredSteps.length > 0) runOperation(coordinator, 'volunteers.settings.update', { ...settings, requiredSteps: [] })
  const linked = coordinator.db.prepare('SELECT 1 FROM volunteers WHERE user_id = ?').get(user.user.id)
  if (linked) return
  runOperation(coordinator, 'volunteers.create', {
    kind: 'volunteer',
    givenName: 'Duty',
    familyName: `Volunteer ${lettersFor(user.user.id)}`,
    dateOfBirth: '1970-05-04',
    email: `duty${user.user.id}@example.org`,
    phone: '07700 900321',
    roles: ['session_volunteer'],
    startedOn: '2020-09-01',
    confidentialitySignedOn: null,
    userId: user.user.id,
  })
}

/**
 * P27: a volunteer sees only the families booked into the sessions they are on duty for, today.
 * Tests of what a volunteer sees of a family first put these families in a session today (by
 * the coordinator's clock), with the volunteer on duty, as a coordinator would on a Saturday.
 */
export function bookForVolunteerToday(coordinator: Session, volunteer: Session, familyIds: readonly number[]): void {
  const { session } = runOperation(coordinator, 'sessions.create', {
    onDate: centreDate(coordinator.now()),
    startsAt: '10:00',
    endsAt: '12:00',
    kind: 'supported',
  })
  for (const familyId of familyIds) {
    const referralId = coordinator.db.prepare('SELECT id FROM referral WHERE family_id = ? ORDER BY id DESC').pluck().get(familyId) as number
    runOperation(coordinator, 'sessions.bookings.create', { sessionId: session.id, referralId, confirmed: true })
  }
  readyForDuty(coordinator, volunteer)
  runOperation(coordinator, 'sessions.duty.set', { sessionId: session.id, userIds: [volunteer.user.id] })
}
