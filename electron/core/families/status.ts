import type { z } from 'zod'
import type { OpContext } from '../operations/guard'
import { CabinetError } from '../errors'
import { isoDate } from './fields'
import { recordCorrections } from './history'
import { loadReferral } from './rows'
import { correctClosureInput, transitionInput } from './schemas'
import { referralView } from './referral-view'
import { isEnded, listOr, REASON_REQUIRED, STATUS_LABELS, TRANSITIONS } from './transitions'
import type { ReferralView } from './views'
import { touchFamily } from './writes'
import { sql } from '../db/statement-cache'

/** Move a referral to its next status on a given date; illegal moves are refused with a reason. */
export function transitionReferral(input: z.output<typeof transitionInput>, ctx: OpContext): ReferralView {
  const { session } = ctx
  const db = session.db
  const r = loadReferral(db, input.referralId)
  const allowed = TRANSITIONS[r.status]
  if (!allowed.includes(input.to)) {
    throw new CabinetError(
      'conflict',
      allowed.length === 0
        ? `Referral ${r.reference} is ${STATUS_LABELS[r.status]}, so its status cannot change. A family that returns needs a new referral.`
        : `Referral ${r.reference} is ${STATUS_LABELS[r.status]}, so it cannot become ${STATUS_LABELS[input.to]}. From ${STATUS_LABELS[r.status]} it can become ${listOr(allowed)}.`,
      { field: 'to' },
    )
  }
  if (REASON_REQUIRED.includes(input.to) && !input.reason) {
    throw new CabinetError('validation', `Give the reason the referral is ${STATUS_LABELS[input.to]}.`, { field: 'reason' })
  }
  if (input.on > isoDate(session.now())) throw new CabinetError('validation', 'The date of the change cannot be in the future.', { field: 'on' })
  if (input.on < r.statusOn) {
    throw new CabinetError('validation', `The date of the change cannot be before the referral became ${STATUS_LABELS[r.status]} (${r.statusOn}).`, {
      field: 'on',
    })
  }
  const ended = isEnded(input.to)
  sql(db, 'UPDATE referral SET status = ?, status_on = ?, closed_on = ?, closed_reason = ?, updated_at = ? WHERE id = ?').run(
    input.to,
    input.on,
    ended ? input.on : null,
    ended ? input.reason : null,
    session.now().toISOString(),
    r.id,
  )
  sql(
    db,
    `INSERT INTO referral_status_history (referral_id, from_status, to_status, effective_on, reason, recorded_at, recorded_by)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(r.id, r.status, input.to, input.on, input.reason, session.now().toISOString(), session.user.id)
  touchFamily(session, r.familyId)
  ctx.auditRecord('referral', r.id, { from: r.status, to: input.to, on: input.on })
  return referralView(db, loadReferral(db, r.id))
}

/**
 * Correct the date (or reason) a referral ended. Retention counts from closed_on, so the
 * correction keeps its old value in the history and is audited with both dates.
 */
export function correctClosure(input: z.output<typeof correctClosureInput>, ctx: OpContext): ReferralView {
  const { session } = ctx
  const db = session.db
  const r = loadReferral(db, input.referralId)
  if (!isEnded(r.status) || r.closedOn === null) {
    throw new CabinetError('conflict', `Referral ${r.reference} is ${STATUS_LABELS[r.status]}: only an ended referral has a closing date to correct.`)
  }
  if (input.closedOn < r.receivedOn) {
    throw new CabinetError('validation', `A referral cannot end before it was received (${r.receivedOn}).`, { field: 'closedOn' })
  }
  if (REASON_REQUIRED.includes(r.status) && !input.reason) {
    throw new CabinetError('validation', `Give the reason the referral is ${STATUS_LABELS[r.status]}.`, { field: 'reason' })
  }
  const changed = recordCorrections(session, {
    familyId: r.familyId,
    recordType: 'referral',
    recordId: r.id,
    source: input.source,
    before: { closedOn: r.closedOn, closedReason: r.closedReason },
    after: { closedOn: input.closedOn, closedReason: input.reason },
    fields: ['closedOn', 'closedReason'],
  })
  if (changed.length > 0) {
    sql(db, 'UPDATE referral SET closed_on = ?, closed_reason = ?, status_on = ?, updated_at = ? WHERE id = ?').run(
      input.closedOn,
      input.reason,
      input.closedOn,
      session.now().toISOString(),
      r.id,
    )
    touchFamily(session, r.familyId)
    ctx.auditRecord('referral', r.id, { from: r.closedOn, to: input.closedOn, fields: changed.join(',') })
  } else {
    ctx.skipAudit()
  }
  return referralView(db, loadReferral(db, r.id))
}
