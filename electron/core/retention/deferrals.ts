import { CabinetError } from '../errors'
import { isoDate } from '../rules'
import type { Session } from '../session'
import type { GroupChoice } from './disposal'

/** Put a group's disposal off to a date, with the reason (inside the caller's transaction). */
export function deferDisposal(session: Session, input: GroupChoice & { untilOn: string; reason: string }): number {
  if (input.untilOn <= isoDate(session.now()))
    throw new CabinetError('validation', 'Enter a date after today to look at these records again.', { field: 'untilOn' })
  if ((input.subject.type === 'centre') !== (input.subject.id === null))
    throw new CabinetError('validation', 'Say which family or volunteer the records are about.', { field: 'subject' })
  const { id } = session.db
    .prepare(
      'INSERT INTO retention_deferral (subject_type, subject_id, record_class, until_on, reason, set_at, set_by) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id',
    )
    .get(input.subject.type, input.subject.id, input.recordClass, input.untilOn, input.reason, session.now().toISOString(), session.user.id) as { id: number }
  return id
}
