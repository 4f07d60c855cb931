import { CabinetError } from '../errors'
import { unlockWithPassword } from '../keyring/keyring'
import { implement, outsideTransaction } from '../operations/guard'
import { auditAction } from '../operations/spec'
import { isoDate } from '../rules'
import { deferDisposal } from './deferrals'
import { retentionApi } from './api'
import { disposeInTransaction, finishDisposal } from './disposal'
import { privacyNotice } from './notice'
import { disposalRecord, destructionRegister } from './register'
import { sweepArchive } from './report'
import { REPORT_PAGE_MAX, REPORTED_STATES } from './views'
import { reviewProposals } from './review'
import { latestReview, listReviews, recordReview } from './reviews'
import { adoptPreset, currentSchedule, saveSchedule, scheduleVersions } from './schedule-store'
import { readCentre } from '../settings/settings'
import type { Session } from '../session'
import type { OpContext } from '../operations/guard'
import { addPeriod } from './dates'

/** Retention's functions, each attached once to its spec in api.ts. */

function scheduleView(session: Session) {
  const versions = scheduleVersions(session.db)
  return {
    current: currentSchedule(session.db),
    history: versions.map(({ schedule, ...v }) => ({ ...v, preset: schedule.preset })),
  }
}

/** The coordinator's own password, checked as a login would (failures count towards the lock-out). */
function confirmPassword(ctx: OpContext, password: string): void {
  const keys = ctx.host.keyAccess()
  const { session } = ctx
  try {
    const check = unlockWithPassword(keys.keyringFile, session.user.username, password, session.now())
    check.masterKey.fill(0)
  } catch (e) {
    if (e instanceof CabinetError && e.code === 'auth')
      throw new CabinetError('auth', 'Your password is not right. Type the password you log in with.', { field: 'password' })
    throw e
  }
}

export const retentionOperations = implement(retentionApi, {
  'retention.report': ({ asOf, states = [...REPORTED_STATES], offset = 0, limit = REPORT_PAGE_MAX }, ctx) => {
    const today = asOf ?? isoDate(ctx.session.now())
    const listed = new Set<string>(states)
    const sweep = sweepArchive(ctx.session.db, today, { wanted: (state) => listed.has(state), offset, limit })
    ctx.auditRecord('retention', 'report', { asOf: today })
    return {
      asOf: today,
      scheduleVersion: sweep.schedule?.version ?? null,
      counts: sweep.counts,
      states,
      matched: sweep.matched,
      offset,
      records: sweep.assessments.map(({ holds, ...a }) => ({ ...a, holdIds: holds.map((h) => h.id) })),
    }
  },
  'retention.review': (_input, ctx) => {
    ctx.auditRecord('retention', 'review')
    return reviewProposals(ctx.session.db, isoDate(ctx.session.now()))
  },
  'retention.defer': (input, ctx) => {
    const id = deferDisposal(ctx.session, input)
    ctx.auditRecord('retention_deferral', id, { recordClass: input.recordClass, subjectType: input.subject.type, untilOn: input.untilOn })
    return { id }
  },
  'retention.dispose': outsideTransaction(async ({ groups, password }, ctx) => {
    const { session } = ctx
    confirmPassword(ctx, password)
    const outcome = session.db.transaction(() =>
      disposeInTransaction(session, groups, (disposalId, detail) =>
        session.audit({ action: auditAction(retentionApi['retention.dispose'].audit) as string, recordType: 'disposal', recordId: disposalId, detail }),
      ),
    )()
    ctx.skipAudit()
    await finishDisposal(session, outcome)
    return { disposalId: outcome.disposalId, records: outcome.records }
  }),
  'retention.register': (_input, ctx) => destructionRegister(ctx.session.db),
  'retention.certificate': ({ id }, ctx) => {
    const disposal = disposalRecord(ctx.session.db, id)
    const c = readCentre(ctx.session.db)
    ctx.auditRecord('disposal', id)
    return { centre: { name: c.name, address: c.address, dataController: c.dataController }, disposal }
  },
  'retention.schedule.get': (_input, ctx) => scheduleView(ctx.session),
  'retention.schedule.save': ({ schedule, note }, ctx) => {
    const version = saveSchedule(ctx.session, schedule, note)
    ctx.auditRecord('retention_schedule', version, { preset: schedule.preset })
    return scheduleView(ctx.session)
  },
  'retention.schedule.adopt': ({ preset }, ctx) => {
    const version = adoptPreset(ctx.session, preset)
    ctx.auditRecord('retention_schedule', version, { preset })
    return scheduleView(ctx.session)
  },
  'retention.notice': (_input, ctx) => privacyNotice(ctx.session.db),
  'retention.reviews.list': (_input, ctx) => {
    const every = currentSchedule(ctx.session.db)?.schedule.reviewEveryMonths ?? null
    const last = latestReview(ctx.session.db)
    return {
      reviewEveryMonths: every,
      nextDueOn: last?.nextDueOn ?? (last && every ? addPeriod(last.reviewedOn, 0, every) : null),
      reviews: listReviews(ctx.session.db),
    }
  },
  'retention.reviews.record': (input, ctx) => {
    const review = recordReview(ctx.session, input)
    ctx.auditRecord('policy_review', review.id)
    return review
  },
})
