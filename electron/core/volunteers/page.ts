import { sql } from '../db/statement-cache'
import type { ReadableDB } from '../db/types'
import { isoDate } from '../rules'
import { findUserById } from '../users/user-queries'
import { readVolunteerSettings } from './settings'
import { dbsOf, financeOf, parentalLeaveOf, referencesOf, rolesOf, stepsOf, trainingOf, type DbsRow, type VolunteerRow } from './rows'
import { dbsNextDue, referenceChaseOn, trialReviewDates } from './schedule'
import { dueFor, dutyFlags, missingSteps, statusOf } from './status'
import type { DbsView, VolunteerView } from './views'

/** One person's whole file as their page shows it, worked out for the session's "today". */
export function volunteerPage(db: ReadableDB, v: VolunteerRow, now: Date): VolunteerView {
  const today = isoDate(now)
  const settings = readVolunteerSettings(db)
  const account = v.userId === null ? undefined : findUserById(db, v.userId)
  return {
    id: v.id,
    kind: v.kind,
    givenName: v.givenName,
    familyName: v.familyName,
    dateOfBirth: v.dateOfBirth,
    email: v.email,
    phone: v.phone,
    addressLine1: v.addressLine1,
    town: v.town,
    postcode: v.postcode,
    emergencyContactName: v.emergencyContactName,
    emergencyContactPhone: v.emergencyContactPhone,
    roles: rolesOf(db, v.id),
    status: statusOf(v, today),
    startedOn: v.startedOn,
    endedOn: v.endedOn,
    endReason: v.endReason,
    confidentialitySignedOn: v.confidentialitySignedOn,
    account: account ? { userId: account.id, username: account.username, disabled: account.disabled } : null,
    steps: stepsOf(db, v.id),
    trial: v.startedOn ? trialReviewDates(v.startedOn, settings.trialMonths) : null,
    references: referencesOf(db, v.id).map((r) => ({
      id: r.id,
      referee: r.referee,
      relationship: r.relationship,
      requestedOn: r.requestedOn,
      receivedOn: r.receivedOn,
      satisfactory: r.satisfactory === null ? null : r.satisfactory === 1,
      notes: r.notes,
      chaseOn: r.receivedOn === null ? referenceChaseOn(r.requestedOn) : null,
    })),
    dbs: dbsOf(db, v.id).map((d) => dbsView(db, d, settings)),
    training: trainingOf(db, v.id),
    finance: financeOf(db, v.id),
    parentalLeave: parentalLeaveOf(db, v.id).map((p) => ({ ...p, disabilityAllowance: p.disabilityAllowance === 1 })),
    readiness: { blockers: missingSteps(db, v, settings, today), flags: dutyFlags(db, v, settings, today) },
    due: dueFor(db, v, settings, today),
    holdsFinance: settings.holdsFinance,
    holdsParentalLeave: settings.holdsParentalLeave,
  }
}

interface AssessmentRow {
  relevance: string
  seriousness: string
  timeElapsed: string
  pattern: string
  circumstances: string
  personsAccount: string
  decidedOn: string
}

function dbsView(db: ReadableDB, d: DbsRow, settings: ReturnType<typeof readVolunteerSettings>): DbsView {
  const assessment = sql(
    db,
    `SELECT relevance, seriousness, time_elapsed AS timeElapsed, pattern, circumstances, persons_account AS personsAccount, decided_on AS decidedOn
       FROM volunteer_dbs_assessment WHERE dbs_id = ?`,
  ).get(d.id) as AssessmentRow | undefined
  const cleared = d.decision === 'cleared' || d.decision === 'cleared_after_assessment'
  return { ...d, next: d.supersededOn === null && cleared ? dbsNextDue(d, settings) : null, assessment: assessment ?? null }
}
