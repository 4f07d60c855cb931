import type { ReadableDB } from '../db/types'
import { bool, type ReferralRow } from './rows'
import { TRANSITIONS } from './transitions'
import type { ReferralView, StatusChangeView } from './views'
import { sql } from '../db/statement-cache'

export function statusHistory(db: ReadableDB, referralId: number): StatusChangeView[] {
  return sql(
    db,
    `SELECT h.id, h.from_status AS fromStatus, h.to_status AS toStatus, h.effective_on AS effectiveOn, h.reason,
              h.recorded_at AS recordedAt,
              (SELECT display_name FROM users u WHERE u.id = h.recorded_by) AS recordedBy
       FROM referral_status_history h
       WHERE h.referral_id = ? ORDER BY h.id`,
  ).all(referralId) as StatusChangeView[]
}

export function referralView(db: ReadableDB, r: ReferralRow): ReferralView {
  return {
    ...r,
    courtOrder: bool(r.courtOrder),
    cafcassInvolved: bool(r.cafcassInvolved),
    injunctionInPlace: bool(r.injunctionInPlace),
    separateArrival: bool(r.separateArrival),
    allowedNext: [...TRANSITIONS[r.status]],
    history: statusHistory(db, r.id),
  }
}
