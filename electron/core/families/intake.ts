import type { z } from 'zod'
import { CabinetError } from '../errors'
import type { ReadableDB } from '../db/types'
import type { OpContext } from '../operations/guard'
import type { intakeInput, IntakeView, previsitCheckInput, PrevisitCheckView } from './intake/schemas'
import { bit, bool, loadReferral } from './rows'
import { touchFamily } from './writes'
import { sql } from '../db/statement-cache'
import type { IdentityDocument } from '../sessions/vocab'

export function loadIntake(db: ReadableDB, referralId: number): IntakeView {
  const previsits = sql(db, 'SELECT id FROM previsit WHERE referral_id = ? ORDER BY id').pluck().all(referralId) as number[]
  const r = sql(
    db,
    `SELECT order_about_contact AS orderAboutContact, order_review_on AS orderReviewOn, cafcass_officer AS cafcassOfficer, solicitor,
            child_may_leave_with_others AS leave FROM referral_intake WHERE referral_id = ?`,
  ).get(referralId) as (Omit<IntakeView, 'referralId' | 'parties' | 'childMayLeaveWithOthers'> & { leave: 0 | 1 }) | undefined
  const parties = sql(
    db,
    `SELECT person_id AS personId, parental_responsibility AS parentalResponsibility, responsibility_order AS responsibilityOrder,
            permitted, may_bring AS mayBring, may_collect AS mayCollect, availability, consent_on AS consentOn, consent_method AS consentMethod
       FROM referral_party WHERE referral_id = ? ORDER BY person_id`,
  ).all(referralId) as (Omit<IntakeView['parties'][number], 'permitted' | 'mayBring' | 'mayCollect'> & {
    permitted: 0 | 1
    mayBring: 0 | 1
    mayCollect: 0 | 1
  })[]
  return {
    referralId,
    orderAboutContact: r?.orderAboutContact ?? null,
    orderReviewOn: r?.orderReviewOn ?? null,
    cafcassOfficer: r?.cafcassOfficer ?? null,
    solicitor: r?.solicitor ?? null,
    childMayLeaveWithOthers: r ? bool(r.leave) : false,
    parties: parties.map((p) => ({ ...p, permitted: bool(p.permitted), mayBring: bool(p.mayBring), mayCollect: bool(p.mayCollect) })),
    previsitChecks: previsits.flatMap((id) => loadPrevisitCheck(db, id) ?? []),
  }
}

export function getIntake(input: { referralId: number }, ctx: OpContext): IntakeView {
  loadReferral(ctx.session.db, input.referralId)
  ctx.auditRecord('referral', input.referralId)
  return loadIntake(ctx.session.db, input.referralId)
}

/** Save the intake details and each adult's part in the referral (every adult listed replaces what was there). */
export function saveIntake(input: z.output<typeof intakeInput>, ctx: OpContext): IntakeView {
  const { session } = ctx
  const db = session.db
  const referral = loadReferral(db, input.referralId)
  const at = session.now().toISOString()
  input.parties.forEach((p, i) => {
    const person = sql(db, 'SELECT family_id AS familyId, role FROM person WHERE id = ?').get(p.personId) as { familyId: number; role: string } | undefined
    if (!person || person.familyId !== referral.familyId)
      throw new CabinetError('validation', 'This person is not in the family the referral is for.', { field: `parties.${i}.personId` })
    if (person.role === 'child')
      throw new CabinetError('validation', 'Parental responsibility and consent are recorded for adults, not children.', { field: `parties.${i}.personId` })
  })
  sql(
    db,
    `INSERT INTO referral_intake (referral_id, order_about_contact, order_review_on, cafcass_officer, solicitor, child_may_leave_with_others, updated_at, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (referral_id) DO UPDATE SET order_about_contact = excluded.order_about_contact, order_review_on = excluded.order_review_on,
         cafcass_officer = excluded.cafcass_officer, solicitor = excluded.solicitor, child_may_leave_with_others = excluded.child_may_leave_with_others,
         updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run(
    referral.id,
    input.orderAboutContact,
    input.orderReviewOn,
    input.cafcassOfficer,
    input.solicitor,
    bit(input.childMayLeaveWithOthers),
    at,
    session.user.id,
  )
  for (const p of input.parties) {
    sql(
      db,
      `INSERT INTO referral_party (referral_id, person_id, parental_responsibility, responsibility_order, permitted, may_bring, may_collect,
         availability, consent_on, consent_method, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (referral_id, person_id) DO UPDATE SET parental_responsibility = excluded.parental_responsibility,
         responsibility_order = excluded.responsibility_order, permitted = excluded.permitted, may_bring = excluded.may_bring,
         may_collect = excluded.may_collect, availability = excluded.availability, consent_on = excluded.consent_on,
         consent_method = excluded.consent_method, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    ).run(
      referral.id,
      p.personId,
      p.parentalResponsibility,
      p.responsibilityOrder,
      bit(p.permitted),
      bit(p.mayBring),
      bit(p.mayCollect),
      p.availability,
      p.consentOn,
      p.consentMethod,
      at,
      session.user.id,
    )
  }
  touchFamily(session, referral.familyId)
  ctx.auditRecord('referral', referral.id, { parties: input.parties.length })
  return loadIntake(db, referral.id)
}

/** What was seen and done at a pre-visit: identity (the kind of document, never its number), rules signed, risk assessed. */
export function savePrevisitCheck(input: z.output<typeof previsitCheckInput>, ctx: OpContext) {
  const { session } = ctx
  const db = session.db
  const previsit = sql(
    db,
    'SELECT p.id, r.family_id AS familyId, p.referral_id AS referralId FROM previsit p JOIN referral r ON r.id = p.referral_id WHERE p.id = ?',
  ).get(input.previsitId) as { id: number; familyId: number; referralId: number } | undefined
  if (!previsit) throw new CabinetError('not_found', `There is no pre-visit with id ${input.previsitId}.`, { field: 'previsitId' })
  sql(
    db,
    `INSERT INTO previsit_check (previsit_id, identity_document, rules_signed_on, risk_assessed, with_children, updated_at, updated_by)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (previsit_id) DO UPDATE SET identity_document = excluded.identity_document, rules_signed_on = excluded.rules_signed_on,
         risk_assessed = excluded.risk_assessed, with_children = excluded.with_children, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run(
    previsit.id,
    input.identityDocument,
    input.rulesSignedOn,
    bit(input.riskAssessed),
    bit(input.withChildren),
    session.now().toISOString(),
    session.user.id,
  )
  touchFamily(session, previsit.familyId)
  ctx.auditRecord('referral', previsit.referralId, { previsitId: previsit.id })
  return loadPrevisitCheck(db, previsit.id)!
}

export function loadPrevisitCheck(db: ReadableDB, previsitId: number): PrevisitCheckView | null {
  const r = sql(
    db,
    `SELECT previsit_id AS previsitId, identity_document AS identityDocument, rules_signed_on AS rulesSignedOn, risk_assessed AS riskAssessed,
            with_children AS withChildren FROM previsit_check WHERE previsit_id = ?`,
  ).get(previsitId) as
    { previsitId: number; identityDocument: IdentityDocument | null; rulesSignedOn: string | null; riskAssessed: 0 | 1; withChildren: 0 | 1 } | undefined
  return r ? { ...r, riskAssessed: bool(r.riskAssessed), withChildren: bool(r.withChildren) } : null
}
