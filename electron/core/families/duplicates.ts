import type { z } from 'zod'
import type { OpContext } from '../operations/guard'
import { normalisePhone } from './fields'
import { duplicateCheckInput } from './schemas'
import { nameKey } from './text-keys'
import type { DuplicateMatch } from './views'
import { sql } from '../db/statement-cache'

/**
 * People already on file who may be the person being entered: the same name (accents, case
 * and punctuation aside) and date of birth, or the same phone number. The form shows these
 * before saving; saving after the user has looked is their decision, so this only informs.
 */
export function findPossibleDuplicates(input: z.output<typeof duplicateCheckInput>, { session, auditRecord, skipAudit }: OpContext): DuplicateMatch[] {
  const db = session.db
  const exclude = input.excludePersonId ?? -1
  const found = new Map<number, DuplicateMatch>()
  const select = `SELECT p.id AS personId, p.family_id AS familyId, f.label AS familyLabel, p.given_name AS givenName,
                         p.family_name AS familyName, p.date_of_birth AS dateOfBirth
                  FROM person p JOIN family f ON f.id = p.family_id`
  const key = nameKey(input.givenName, input.familyName)
  if (key !== '' && input.dateOfBirth) {
    for (const row of sql(db, `${select} WHERE p.name_key = ? AND p.date_of_birth = ? AND p.id <> ? LIMIT 20`).all(key, input.dateOfBirth, exclude) as Omit<
      DuplicateMatch,
      'reason'
    >[]) {
      found.set(row.personId, { ...row, reason: 'name_and_date_of_birth' })
    }
  }
  const phones = [...new Set(input.phones.map((p) => normalisePhone(p)).filter((p): p is string => p !== null))]
  for (const phone of phones) {
    const rows = sql(db, `${select} WHERE p.mobile_phone = ? AND p.id <> ? UNION ${select} WHERE p.other_phone = ? AND p.id <> ? LIMIT 20`).all(
      phone,
      exclude,
      phone,
      exclude,
    ) as Omit<DuplicateMatch, 'reason'>[]
    for (const row of rows) if (!found.has(row.personId)) found.set(row.personId, { ...row, reason: 'phone' })
  }
  const matches = [...found.values()]
  // Only matches shown are a view of personal data; a check that found nobody leaves no row.
  if (matches.length > 0) auditRecord('person', matches[0].personId, { count: matches.length })
  else skipAudit()
  return matches
}
