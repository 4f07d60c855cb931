import type { z } from 'zod'
import type { OpContext } from '../operations/guard'
import { CabinetError } from '../errors'
import type { ReadableDB } from '../db/types'
import { readTemplate } from './checklist'
import { isoDate } from './fields'
import { loadPerson, loadReferral, type PersonRow, type ReferralRow } from './rows'
import { bookPrevisitInput, completePrevisitInput } from './schemas'
import type { PrevisitView } from './views'
import { touchFamily } from './writes'
import { sql } from '../db/statement-cache'

interface PrevisitRow extends Omit<PrevisitView, 'items'> {
  items: string | null
}

const PREVISIT_COLUMNS = `id, referral_id AS referralId, person_id AS personId, booked_for AS bookedFor, completed_on AS completedOn,
  conducted_by AS conductedBy, items, notes, source, recorded_at AS recordedAt`

function toView(r: PrevisitRow): PrevisitView {
  return { ...r, items: r.items === null ? null : (JSON.parse(r.items) as PrevisitView['items']) }
}

/**
 * The referral and the adult a pre-visit is for, checked to belong together, with the pre-visit's
 * date (`field` names it in the error) not before the referral arrived.
 */
function loadParties(
  db: ReadableDB,
  input: { referralId: number; personId: number },
  on: string,
  field: 'bookedFor' | 'completedOn',
): { referral: ReferralRow; person: PersonRow } {
  const referral = loadReferral(db, input.referralId)
  const person = loadPerson(db, input.personId)
  if (person.familyId !== referral.familyId)
    throw new CabinetError('validation', 'This person is not in the family the referral is for.', { field: 'personId' })
  if (person.role === 'child') throw new CabinetError('validation', 'Pre-visits are with a parent or another adult, not a child.', { field: 'personId' })
  if (on < referral.receivedOn)
    throw new CabinetError('validation', `A pre-visit cannot be before the referral was received (${referral.receivedOn}).`, { field })
  return { referral, person }
}

function loadPrevisit(db: ReadableDB, id: number): PrevisitView {
  return toView(sql(db, `SELECT ${PREVISIT_COLUMNS} FROM previsit WHERE id = ?`).get(id) as PrevisitRow)
}

export function bookPrevisit(input: z.output<typeof bookPrevisitInput>, ctx: OpContext): PrevisitView {
  const { session } = ctx
  const db = session.db
  const { referral, person } = loadParties(db, input, input.bookedFor, 'bookedFor')
  const at = session.now().toISOString()
  const { id } = sql(
    db,
    `INSERT INTO previsit (referral_id, person_id, booked_for, source, recorded_at, recorded_by, updated_at)
       VALUES (?, ?, ?, 'previsit_checklist', ?, ?, ?) RETURNING id`,
  ).get(referral.id, person.id, input.bookedFor, at, session.user.id, at) as { id: number }
  touchFamily(session, referral.familyId)
  ctx.auditRecord('referral', referral.id, { previsitId: id, personId: person.id })
  return loadPrevisit(db, id)
}

/**
 * Record a completed pre-visit: when, who held it, which checklist items were gone through
 * (a snapshot of the template's headings, so later edits to the template do not rewrite it)
 * and notes. Completes the parent's open booking for this referral if there is one.
 */
export function completePrevisit(input: z.output<typeof completePrevisitInput>, ctx: OpContext): PrevisitView {
  const { session } = ctx
  const db = session.db
  const { referral, person } = loadParties(db, input, input.completedOn, 'completedOn')
  if (input.completedOn > isoDate(session.now()))
    throw new CabinetError('validation', 'The date of the pre-visit cannot be in the future.', { field: 'completedOn' })
  const template = readTemplate(db)
  const known = new Set(template.items.map((i) => i.id))
  const unknown = input.ticked.find((t) => !known.has(t))
  if (unknown !== undefined) throw new CabinetError('validation', `"${unknown}" is not an item of the checklist.`, { field: 'ticked' })
  const items = JSON.stringify(template.items.map((i) => ({ id: i.id, heading: i.heading, ticked: input.ticked.includes(i.id) })))
  const at = session.now().toISOString()
  const booked = sql(db, 'SELECT id FROM previsit WHERE referral_id = ? AND person_id = ? AND completed_on IS NULL ORDER BY booked_for LIMIT 1')
    .pluck()
    .get(referral.id, person.id) as number | undefined
  let id: number
  if (booked !== undefined) {
    sql(db, 'UPDATE previsit SET completed_on = ?, conducted_by = ?, items = ?, notes = ?, updated_at = ? WHERE id = ?').run(
      input.completedOn,
      input.conductedBy,
      items,
      input.notes,
      at,
      booked,
    )
    id = booked
  } else {
    id = (
      sql(
        db,
        `INSERT INTO previsit (referral_id, person_id, completed_on, conducted_by, items, notes, source, recorded_at, recorded_by, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, 'previsit_checklist', ?, ?, ?) RETURNING id`,
      ).get(referral.id, person.id, input.completedOn, input.conductedBy, items, input.notes, at, session.user.id, at) as { id: number }
    ).id
  }
  touchFamily(session, referral.familyId)
  ctx.auditRecord('referral', referral.id, { previsitId: id, personId: person.id, ticked: input.ticked.length, items: template.items.length })
  return loadPrevisit(db, id)
}

export function familyPrevisits(db: ReadableDB, familyId: number): PrevisitView[] {
  return (
    sql(db, `SELECT ${PREVISIT_COLUMNS} FROM previsit WHERE referral_id IN (SELECT id FROM referral WHERE family_id = ?) ORDER BY id`).all(
      familyId,
    ) as PrevisitRow[]
  ).map(toView)
}
