/*
 * Builders for the subject links that the areas' data maps would otherwise write out table by
 * table. Most family records come in two kinds: rows that belong to a parent record of the family
 * (a referral's bookings, a concern's addenda), and rows that are one person's own (their
 * attendance, their accident). Each kind finds its rows for the family and for a person the same
 * way whichever table holds them, so one builder per kind writes both links.
 */
import type { Erasure, FamilyLink, RightsLink, SubjectAccess, SubjectLink } from './types'

/** What erasing a person does to the rows a link finds, and what their access pack takes from them. */
export interface PersonsRights {
  readonly erasure: Erasure
  readonly subjectAccess: SubjectAccess
}

/**
 * The records of one table that other tables' rows belong to (referrals, concerns, complaints):
 * SQL subqueries giving the ids of the family's (`:subjectId` is the family's id) and of those
 * about a person (`:subjectId` is theirs), and what erasing a person does to the rows that belong
 * to them, since those rows are kept or go as their parent record does.
 */
export interface ParentRecords {
  readonly ofFamily: string
  readonly ofPerson: string
  readonly erasure: Erasure
}

/** The records of `table` whose `column` holds the id of one of `parents` (a referral's bookings); their rows are erased as the parents' are. */
export function recordsUnder(table: string, column: string, parents: ParentRecords): ParentRecords {
  return {
    ofFamily: `(SELECT id FROM ${table} WHERE ${column} IN ${parents.ofFamily})`,
    ofPerson: `(SELECT id FROM ${table} WHERE ${column} IN ${parents.ofPerson})`,
    erasure: parents.erasure,
  }
}

/**
 * The links for rows that belong to a parent record through `column` (a booking's referral_id):
 * the family's rows are those of its records, a person's those of the records about them. Erasure
 * does to them what it does to their parent's rows unless `person.erasure` says otherwise.
 */
export function linksThrough(
  column: string,
  parent: ParentRecords,
  person: { readonly erasure?: Erasure; readonly subjectAccess: SubjectAccess },
): readonly [FamilyLink, RightsLink] {
  return [
    { subject: 'family', where: `${column} IN ${parent.ofFamily}` },
    { subject: 'person', where: `${column} IN ${parent.ofPerson}`, erasure: person.erasure ?? parent.erasure, subjectAccess: person.subjectAccess },
  ]
}

/**
 * The family link for rows that are one person's own and reach their family only through that
 * person (`column` holds their id): the rows of the family's people, and each row's family.
 */
export function familyThroughPerson(column: string): FamilyLink {
  return {
    subject: 'family',
    where: `${column} IN (SELECT id FROM person WHERE family_id = :subjectId)`,
    subjectOfRow: `(SELECT family_id FROM person WHERE id = ${column})`,
  }
}

/**
 * The links for rows that are one person's own (`column` holds their id); the family finds them
 * by `family` (SQL over the table with the family's id as `:subjectId`, or a whole link, such as
 * familyThroughPerson's).
 */
export function personsOwnLinks(column: string, family: string | FamilyLink, person: PersonsRights): readonly [FamilyLink, RightsLink] {
  return [
    typeof family === 'string' ? { subject: 'family', where: family } : family,
    { subject: 'person', where: `${column} = :subjectId`, erasure: person.erasure, subjectAccess: person.subjectAccess },
  ]
}

/** `<column> = :subjectId`: the column a link finds its subject's rows by, or undefined for any other condition. */
export function linkColumn(where: string): string | undefined {
  const simple = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*:subjectId\s*$/.exec(where)
  return simple ? (simple[1] === 'id' ? 'rowid' : simple[1]) : undefined
}

/** The SQL giving a row's subject id (see FamilyLink.subjectOfRow), or undefined where the link declares none and has no column. */
export function subjectOfRowSql(link: SubjectLink): string | undefined {
  return link.subjectOfRow ?? linkColumn(link.where)
}
