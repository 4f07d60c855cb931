import type { OpContext } from '../operations/guard'
import type { ReadableDB } from '../db/types'
import { discloseTo, type Audience } from './disclosure'
import { PERSON_COLUMNS, type PersonRow } from './rows'
import { foldAccents } from './text-keys'
import type { ReferralStatus } from './types'
import type { FamilyListRow, FamilyPage } from './views'
import { sql } from '../db/statement-cache'
import { centreDate } from '../sessions/clock'
import { VOLUNTEER_FAMILY_IDS } from './session-scope'

/**
 * A user's search text → an FTS5 MATCH expression, every term a prefix ("sian now" finds
 * Siân Nowak-Wiśniewska). Tokens are cut out of the text with a letters-and-digits pattern, so
 * no FTS5 syntax from the user ever reaches the query. Returns null when nothing is searchable.
 */
export function matchExpression(query: string, columns?: readonly string[]): string | null {
  const parts: string[] = []
  for (const term of query.normalize('NFC').split(/\s+/).filter(Boolean).slice(0, 8)) {
    const tokens = foldAccents(term).match(/[\p{L}\p{N}]+/gu)
    if (!tokens) continue
    const phrase = `"${tokens.join(' ')}"*`
    // "o'neill" is indexed both as o + neill and as oneill; "R-2026-0042" as r 2026 0042 and r20260042.
    parts.push(tokens.length > 1 ? `(${phrase} OR "${tokens.join('')}"*)` : phrase)
  }
  if (parts.length === 0) return null
  const body = parts.join(' AND ')
  return columns ? `{${columns.join(' ')}} : (${body})` : body
}

/*
 * A page of matches in alphabetical order, two ways. Sorting fetches and sorts every match,
 * which is what a one-letter prefix made slow (thousands of matches sorted for 100 rows: 4–11 ms
 * on the 10,000-family demo). Walking reads families in sort_key order from their index and
 * keeps those in the set of matches, stopping at the page's last row: with many matches the page
 * fills after a few hundred entries, whatever the offset. With few matches the walk would read
 * the whole index, and sorting them is cheaper. EXPLAIN QUERY PLAN: SCAN f USING INDEX
 * family_by_sort_key + LIST SUBQUERY (FTS5), against SCAN family_fts + USE TEMP B-TREE FOR ORDER BY.
 */
const WALK_FROM = 500
const PAGE_BY_SORTING = `SELECT f.id, f.label FROM family_fts JOIN family f ON f.id = family_fts.rowid
  WHERE family_fts MATCH ? ORDER BY f.sort_key, f.id LIMIT ? OFFSET ?`
const PAGE_BY_WALKING = `SELECT f.id, f.label FROM family f INDEXED BY family_by_sort_key
  WHERE f.id IN (SELECT rowid FROM family_fts WHERE family_fts MATCH ?) ORDER BY f.sort_key, f.id LIMIT ? OFFSET ?`

/**
 * One page of the family list, alphabetical, filtered by `query` when it is not blank. The
 * renderer's virtualised list asks for the pages it is about to show.
 */
export function searchFamilies(input: { query: string; offset: number; limit: number }, { session }: OpContext): FamilyPage {
  const coordinator = session.can('referrals.view')
  // Volunteers find families by name only: references and postcodes are not theirs to search.
  const match = matchExpression(input.query, coordinator ? undefined : ['names'])
  const db = session.db
  if (input.query.trim() !== '' && match === null) return { total: 0, rows: [] }
  if (!coordinator) return volunteerSearch(db, match, input, session.user.id, centreDate(session.now()))
  let total: number
  let ids: { id: number; label: string }[]
  if (match === null) {
    total = sql(db, 'SELECT count(*) FROM family').pluck().get() as number
    ids = sql(db, 'SELECT id, label FROM family ORDER BY sort_key, id LIMIT ? OFFSET ?').all(input.limit, input.offset) as typeof ids
  } else {
    total = sql(db, 'SELECT count(*) FROM family_fts WHERE family_fts MATCH ?').pluck().get(match) as number
    ids = sql(db, total > WALK_FROM ? PAGE_BY_WALKING : PAGE_BY_SORTING).all(match, input.limit, input.offset) as typeof ids
  }
  return { total, rows: describeFamilies(db, ids, coordinator ? { kind: 'staff' } : { kind: 'volunteer' }, coordinator) }
}

/**
 * P27: a volunteer finds only the families booked into the sessions they are on duty for, today
 * (session-scope.ts); the rest of the centre's families are not theirs to list or search.
 */
function volunteerSearch(db: ReadableDB, match: string | null, input: { offset: number; limit: number }, userId: number, today: string): FamilyPage {
  const ids = (
    match === null
      ? sql(db, `SELECT id, label FROM family WHERE id IN (${VOLUNTEER_FAMILY_IDS}) ORDER BY sort_key, id`).all(today, userId)
      : sql(
          db,
          `SELECT f.id, f.label FROM family_fts JOIN family f ON f.id = family_fts.rowid
             WHERE family_fts MATCH ? AND f.id IN (${VOLUNTEER_FAMILY_IDS}) ORDER BY f.sort_key, f.id`,
        ).all(match, today, userId)
  ) as { id: number; label: string }[]
  return { total: ids.length, rows: describeFamilies(db, ids.slice(input.offset, input.offset + input.limit), { kind: 'volunteer' }, false) }
}

function describeFamilies(db: ReadableDB, families: { id: number; label: string }[], audience: Audience, withReferrals: boolean): FamilyListRow[] {
  if (families.length === 0) return []
  const ids = families.map((f) => f.id)
  const marks = ids.map(() => '?').join(',')
  const children = new Map<number, string[]>()
  for (const c of sql(
    db,
    `SELECT family_id AS familyId, given_name AS givenName FROM person WHERE family_id IN (${marks}) AND role = 'child' ORDER BY date_of_birth`,
  ).all(...ids) as { familyId: number; givenName: string }[]) {
    children.set(c.familyId, [...(children.get(c.familyId) ?? []), c.givenName])
  }
  const postcodes = new Map<number, string | null>()
  for (const p of sql(
    db,
    `SELECT ${PERSON_COLUMNS} FROM person WHERE family_id IN (${marks}) AND household = 'resident' AND role IN ('parent', 'carer') ORDER BY id DESC`,
  ).all(...ids) as PersonRow[]) {
    postcodes.set(p.familyId, discloseTo(audience, p).address?.postcode ?? null)
  }
  const latest = new Map<number, { reference: string; status: ReferralStatus }>()
  if (withReferrals) {
    for (const r of sql(db, `SELECT family_id AS familyId, reference, status FROM referral WHERE family_id IN (${marks}) ORDER BY received_on, id`).all(
      ...ids,
    ) as { familyId: number; reference: string; status: ReferralStatus }[]) {
      latest.set(r.familyId, r)
    }
  }
  return families.map((f) => ({
    id: f.id,
    label: f.label,
    children: children.get(f.id) ?? [],
    reference: latest.get(f.id)?.reference ?? null,
    status: latest.get(f.id)?.status ?? null,
    postcode: postcodes.get(f.id) ?? null,
  }))
}
