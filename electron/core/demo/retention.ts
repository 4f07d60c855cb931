import { placeHold } from '../holds/holds'
import { adoptPreset, currentSchedule } from '../retention/schedule-store'
import type { Session } from '../session'

/**
 * The demo centre's retention: the West Wilts schedule (the demo's own centre has no policy of
 * its own), and one safeguarding hold on the family whose referral ended longest ago, so the
 * disposal review shows a held family beside the due ones.
 */
export function demoRetention(session: Session): void {
  if (!currentSchedule(session.db)) adoptPreset(session, 'ww')
  const family = session.db.prepare('SELECT family_id FROM referral WHERE closed_on IS NOT NULL ORDER BY closed_on, id LIMIT 1').pluck().get() as
    number | undefined
  if (family !== undefined)
    placeHold(session, { subject: { type: 'family', id: family }, kind: 'safeguarding', reason: 'Children’s services asked us to keep the records (demo)' })
}
