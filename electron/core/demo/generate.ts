import { Faker, base, en, en_GB } from '@faker-js/faker'
import { CabinetError } from '../errors'
import { readTemplate } from '../families/checklist'
import { sql } from '../db/statement-cache'
import { runOperation } from '../operations'

import type { NewFamilyInput, ReferralInput } from '../families/schemas'
import { MEDICAL_KINDS, REFERRAL_SOURCES, REFERRAL_STATUSES, type ReferralStatus } from '../families/types'
import { isRealIsoDate } from '../rules'
import type { Session } from '../session'
import { demoFamily, demoReferral } from './family'
import { CLOSE_REASONS, DECLINE_REASONS, MEDICAL_EXAMPLES, PATH_TO, WITHDRAW_REASONS, sourceFor, statusFor } from './plan'
import { demoSafeguarding } from './safeguarding'
import { generateDemoSessions, type DemoSessionsSummary } from './sessions'
import { demoRetention } from './retention'
import { addDays } from './synthetic'
import { MAX_DEMO_VOLUNTEERS, defaultVolunteerCount, generateDemoVolunteers } from './volunteers'

export interface DemoOptions {
  families: number
  seed: number
  /** How many volunteers and staff, over 20 years with leavers (default: in proportion to the families, at most 300). */
  volunteers?: number
  /** The demo's "today" (yyyy-MM-dd): every date is relative to it, so the output is the same on any day. */
  referenceDate?: string
}

export interface DemoSummary {
  seed: number
  referenceDate: string
  families: number
  people: number
  children: number
  referrals: number
  byStatus: Record<ReferralStatus, number>
  bySource: Record<string, number>
  confidentialAddresses: number
  consents: number
  medicalEntries: number
  previsits: number
  volunteers: number
  /** The centre's Saturdays: sessions, bookings and attendance (demo/sessions.ts). */
  sessions: DemoSessionsSummary
}

export const DEFAULT_REFERENCE_DATE = '2026-06-30'
export const MAX_DEMO_FAMILIES = 50_000

/**
 * Fill an empty Cabinet with a deterministic synthetic centre (faker en_GB, seeded): referrals of
 * every source and status reached through the real transition rules, both households, children,
 * confidential addresses, consents with medical information, and pre-visits. Everything goes
 * through the same core functions as real data, in ONE transaction (all or nothing, and fast).
 *
 * The audit log gets one `demo.generate` entry with the counts rather than an entry per
 * synthetic record: the log records what people did, and what was done here was "generate a
 * demo centre".
 */
export function generateDemoCentre(session: Session, opts: DemoOptions): DemoSummary {
  for (const p of ['families.edit', 'referrals.edit', 'previsits.edit', 'families.medical', 'volunteers.edit'] as const) session.require(p)
  if (!Number.isInteger(opts.families) || opts.families < 1 || opts.families > MAX_DEMO_FAMILIES) {
    throw new CabinetError('usage', `The number of families must be a whole number from 1 to ${MAX_DEMO_FAMILIES}.`, { field: 'families' })
  }
  if (!Number.isSafeInteger(opts.seed) || opts.seed < 0) throw new CabinetError('usage', 'The seed must be a whole number, 0 or more.', { field: 'seed' })
  const volunteers = opts.volunteers ?? defaultVolunteerCount(opts.families)
  if (!Number.isInteger(volunteers) || volunteers < 0 || volunteers > MAX_DEMO_VOLUNTEERS) {
    throw new CabinetError('usage', `The number of volunteers must be a whole number from 0 to ${MAX_DEMO_VOLUNTEERS}.`, { field: 'volunteers' })
  }
  const referenceDate = opts.referenceDate ?? DEFAULT_REFERENCE_DATE
  if (!isRealIsoDate(referenceDate)) {
    throw new CabinetError('usage', 'The reference date must be a date like 2026-06-30.', { field: 'referenceDate' })
  }
  const db = session.db
  if ((db.prepare('SELECT count(*) FROM family').pluck().get() as number) > 0) {
    throw new CabinetError('conflict', 'This Cabinet already has families: a demo centre is only generated into an empty one.')
  }

  const at = new Date(`${referenceDate}T12:00:00Z`)
  const quiet: Session = { ...session, now: () => at, audit: () => undefined }
  const f = new Faker({ locale: [en_GB, en, base], seed: opts.seed })
  f.setDefaultRefDate(at)
  const itemIds = readTemplate(db).items.map((t) => t.id)

  let sessionsSummary: DemoSessionsSummary = { sessions: 0, bookings: 0, attendances: 0, absences: 0, cancelledInAdvance: 0, notes: 0 }
  db.transaction(() => {
    for (let i = 0; i < opts.families; i++) {
      const status = statusFor(f, i)
      const source = sourceFor(f, i)
      const path = PATH_TO[status]
      // Room for every step (up to 40 days each) before the reference date; up to four years back.
      const receivedOn = addDays(referenceDate, -f.number.int({ min: path.length * 40 + 1, max: 4 * 365 }))
      const shape = demoFamily(f, receivedOn)
      const current = demoReferral(f, source, receivedOn, shape)
      // One family in ten came before and withdrew: its old referral keeps its own history.
      const earlier: ReferralInput | null =
        f.number.int({ min: 1, max: 10 }) === 1 ? { ...demoReferral(f, 'self', addDays(receivedOn, -f.number.int({ min: 200, max: 700 })), shape) } : null
      const input: NewFamilyInput = { ...shape.input, referral: earlier ?? current }
      const { familyId, referralId } = runOperation(quiet, 'families.create', input)
      let currentId = referralId!
      if (earlier) {
        runOperation(quiet, 'families.referrals.transition', {
          referralId: currentId,
          to: 'withdrawn',
          on: addDays(earlier.receivedOn, 30),
          reason: f.helpers.arrayElement(WITHDRAW_REASONS),
        })
        currentId = runOperation(quiet, 'families.referrals.create', { familyId, referral: current }).id
      }
      walk(quiet, f, currentId, receivedOn, path, shape.parentIds(db, familyId), itemIds)
      medical(quiet, f, db, familyId, receivedOn, referenceDate)
    }
    sessionsSummary = generateDemoSessions(db, f, session.user.id, referenceDate)
    generateDemoVolunteers(quiet, opts.seed, volunteers, referenceDate)
    demoSafeguarding(quiet, f, referenceDate)
    demoRetention(quiet)
  })()

  const summary = { ...summarise(session, opts.seed, referenceDate), sessions: sessionsSummary }
  session.audit({
    action: 'demo.generate',
    detail: { families: summary.families, referrals: summary.referrals, volunteers: summary.volunteers, seed: opts.seed },
  })
  return summary
}

function walk(s: Session, f: Faker, referralId: number, receivedOn: string, path: ReferralStatus[], parents: number[], itemIds: string[]): void {
  let on = receivedOn
  for (const to of path) {
    on = addDays(on, f.number.int({ min: 7, max: 40 }))
    const reason =
      to === 'declined'
        ? f.helpers.arrayElement(DECLINE_REASONS)
        : to === 'closed'
          ? f.helpers.arrayElement(CLOSE_REASONS)
          : to === 'withdrawn'
            ? f.helpers.arrayElement(WITHDRAW_REASONS)
            : null
    if (to === 'previsits_booked' && path.length === 1) {
      for (const personId of parents)
        runOperation(s, 'families.previsits.book', { referralId, personId, bookedFor: addDays(on, f.number.int({ min: 3, max: 14 })) })
    }
    if (to === 'previsits_done') {
      for (const personId of parents) {
        const ticked = f.number.int({ min: 1, max: 8 }) === 1 ? itemIds.slice(1) : itemIds
        runOperation(s, 'families.previsits.complete', {
          referralId,
          personId,
          completedOn: on,
          conductedBy: 'Coordinator',
          ticked,
          notes: f.number.int({ min: 1, max: 4 }) === 1 ? 'Shown round the rooms; questions answered.' : null,
        })
      }
    }
    runOperation(s, 'families.referrals.transition', { referralId, to: to as Exclude<ReferralStatus, 'received'>, on, reason })
  }
}

/** One child in five has medical information, under a consent; a few consents are later withdrawn. */
function medical(s: Session, f: Faker, db: Session['db'], familyId: number, receivedOn: string, referenceDate: string): void {
  const children = sql(db, `SELECT id FROM person WHERE family_id = ? AND role = 'child' ORDER BY id`).pluck().all(familyId) as number[]
  for (const personId of children) {
    if (f.number.int({ min: 1, max: 5 }) !== 1) continue
    const offered = addDays(receivedOn, f.number.int({ min: 0, max: 20 }))
    const givenOn = offered > referenceDate ? referenceDate : offered
    const consent = runOperation(s, 'families.consent.record', {
      personId,
      givenBy: 'Resident parent',
      givenOn,
      method: f.helpers.arrayElement(['written', 'verbal', 'email', 'form'] as const),
      source: 'previsit_checklist',
    })
    for (let n = f.number.int({ min: 1, max: 2 }); n > 0; n--) {
      const kind = f.helpers.arrayElement(MEDICAL_KINDS)
      runOperation(s, 'families.medical.add', { personId, kind, details: f.helpers.arrayElement(MEDICAL_EXAMPLES[kind]), source: 'previsit_checklist' })
    }
    const withdrawOn = addDays(givenOn, 60)
    if (f.number.int({ min: 1, max: 20 }) === 1 && withdrawOn <= referenceDate)
      runOperation(s, 'families.consent.withdraw', { consentId: consent.id, withdrawnOn: withdrawOn, method: 'email' })
  }
}

function summarise(session: Session, seed: number, referenceDate: string): Omit<DemoSummary, 'sessions'> {
  const db = session.db
  const count = (sql: string) => db.prepare(sql).pluck().get() as number
  const byStatus = Object.fromEntries(REFERRAL_STATUSES.map((st) => [st, 0])) as Record<ReferralStatus, number>
  for (const r of db.prepare('SELECT status, count(*) AS n FROM referral GROUP BY status').all() as { status: ReferralStatus; n: number }[])
    byStatus[r.status] = r.n
  const bySource = Object.fromEntries(REFERRAL_SOURCES.map((src) => [src, 0])) as Record<string, number>
  for (const r of db.prepare('SELECT source, count(*) AS n FROM referral GROUP BY source').all() as { source: string; n: number }[]) bySource[r.source] = r.n
  return {
    seed,
    referenceDate,
    families: count('SELECT count(*) FROM family'),
    people: count('SELECT count(*) FROM person'),
    children: count(`SELECT count(*) FROM person WHERE role = 'child'`),
    referrals: count('SELECT count(*) FROM referral'),
    byStatus,
    bySource,
    confidentialAddresses: count('SELECT count(*) FROM person WHERE address_confidential = 1'),
    consents: count('SELECT count(*) FROM consent'),
    medicalEntries: count('SELECT count(*) FROM medical_info'),
    previsits: count('SELECT count(*) FROM previsit'),
    volunteers: count('SELECT count(*) FROM volunteers'),
  }
}
