import { sql } from '../db/statement-cache'
import type { z } from 'zod'
import { CabinetError } from '../errors'
import type { OpContext } from '../operations/guard'
import { volunteerPage } from './page'
import { touch } from './recruitment'
import { loadVolunteer } from './rows'
import type { addFinanceInput, addParentalLeaveInput, addTrainingInput } from './schemas'
import { financialYearEndFor } from './schedule'
import { readVolunteerSettings } from './settings'
import type { VolunteerView } from './views'

/** Training: induction, safeguarding (with its level), first aid and the centre's own courses, each with its expiry. */
export function addTraining(input: z.output<typeof addTrainingInput>, { session, auditRecord }: OpContext): VolunteerView {
  const db = session.db
  const v = loadVolunteer(db, input.volunteerId)
  const { id } = sql(
    db,
    'INSERT INTO volunteer_training (volunteer_id, kind, title, level, completed_on, expires_on) VALUES (?, ?, ?, ?, ?, ?) RETURNING id',
  ).get(v.id, input.kind, input.kind === 'other' ? input.title : null, input.level, input.completedOn, input.expiresOn) as { id: number }
  touch(session, v.id)
  auditRecord('volunteer', v.id, { trainingId: id, kind: input.kind })
  return volunteerPage(db, loadVolunteer(db, v.id), session.now())
}

/** P14: a finance record keeps the end of its financial year, the date its six years run from. */
export function addFinance(input: z.output<typeof addFinanceInput>, { session, auditRecord }: OpContext): VolunteerView {
  const db = session.db
  const settings = readVolunteerSettings(db)
  if (!settings.holdsFinance)
    throw new CabinetError('conflict', 'The centre’s settings say it holds no finance records (no paid staff). Change that in Settings first if it now does.')
  const v = loadVolunteer(db, input.volunteerId)
  const yearEnds = financialYearEndFor(input.relatesToOn, settings.financialYearEnd)
  const { id } = sql(
    db,
    `INSERT INTO volunteer_finance (volunteer_id, kind, description, relates_to_on, amount_pence, financial_year_ends_on)
       VALUES (?, ?, ?, ?, ?, ?) RETURNING id`,
  ).get(v.id, input.kind, input.description, input.relatesToOn, input.amountPence, yearEnds) as { id: number }
  touch(session, v.id)
  auditRecord('volunteer', v.id, { financeId: id })
  return volunteerPage(db, loadVolunteer(db, v.id), session.now())
}

/** P15: parental leave, kept 5 years from the birth or adoption, 18 where a disability allowance is paid. */
export function addParentalLeave(input: z.output<typeof addParentalLeaveInput>, { session, auditRecord }: OpContext): VolunteerView {
  const db = session.db
  if (!readVolunteerSettings(db).holdsParentalLeave)
    throw new CabinetError('conflict', 'The centre’s settings say it holds no parental-leave records. Change that in Settings first if it now does.')
  const v = loadVolunteer(db, input.volunteerId)
  if (v.kind !== 'staff') throw new CabinetError('validation', 'Parental leave is recorded for paid staff only.', { field: 'volunteerId' })
  const { id } = sql(
    db,
    `INSERT INTO volunteer_parental_leave (volunteer_id, kind, child_born_on, starts_on, ends_on, disability_allowance, notes)
       VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`,
  ).get(v.id, input.kind, input.childBornOn, input.startsOn, input.endsOn, input.disabilityAllowance ? 1 : 0, input.notes) as { id: number }
  touch(session, v.id)
  auditRecord('volunteer', v.id, { parentalLeaveId: id })
  return volunteerPage(db, loadVolunteer(db, v.id), session.now())
}
