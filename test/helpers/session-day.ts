import { runOperation } from '../../electron/core/operations'
import type { Session } from '../../electron/core/session'
import { centreDate } from '../../electron/core/sessions/clock'

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
  runOperation(coordinator, 'sessions.duty.set', { sessionId: session.id, userIds: [volunteer.user.id] })
}
