import type { ReadableDB } from '../db/types'
import { CHECKLIST_SETTING } from '../families/checklist'
import { MAX_BYTES_KEY } from '../vault/vault-settings'
import { VOLUNTEER_SETTINGS_KEY } from '../volunteers/presets'

/*
 * The audit log stores who did what to which record as ids and codes only (P28): no name, title
 * or address is ever written into it. The audit log page shows them in words all the same, by
 * looking each id up here at the moment the log is viewed: the family's referral reference and
 * names, the document's title, the user's display name. A record deleted since (a document
 * destroyed, a family erased) has nothing left to show, and says so instead of showing an id.
 */

/** A record as the audit log page shows it: what it is, in words, and the app address of its page (null when it has none). */
export interface AuditRecordRef {
  label: string
  link: string | null
}

/** What the page needs of a stored row to describe it. */
export interface StoredAuditRow {
  actorUserId: number | null
  actor: string
  recordType: string | null
  recordId: string | null
}

/** The settings the log names, by their settings key; a setting without a page of its own has no link. */
const SETTINGS: Readonly<Record<string, AuditRecordRef>> = {
  centre: { label: 'the centre details', link: '/settings/centre' },
  preferences: { label: 'the automatic lock', link: '/settings/locking' },
  [CHECKLIST_SETTING]: { label: 'the pre-visit checklist', link: '/settings/checklist' },
  [MAX_BYTES_KEY]: { label: 'the largest document allowed', link: null },
  backups: { label: 'the backup settings', link: '/settings/backups' },
  'backup-passphrase': { label: 'the backup passphrase', link: '/settings/backups' },
  [VOLUNTEER_SETTINGS_KEY]: { label: 'the volunteer settings', link: '/settings/volunteers' },
  sessions: { label: 'the session settings', link: '/settings/sessions' },
  'complaints.targets': { label: 'the complaint targets', link: '/settings/complaints' },
}

/**
 * Records of issue 13, by number only: a safeguarding concern's label must not carry a child's
 * name into a list of log rows (the page itself is for coordinators, and opening it is audited).
 */
const NUMBERED: Readonly<Record<string, { one: string; list: string; path: string }>> = {
  concern: { one: 'safeguarding concern', list: 'the safeguarding concerns', path: '/concerns' },
  accident: { one: 'accident-book entry', list: 'the accident book', path: '/accidents' },
  complaint: { one: 'complaint', list: 'the complaints register', path: '/complaints' },
}

const SINCE_DELETED: Readonly<Record<string, string>> = {
  family: 'a family since deleted',
  person: 'a person since deleted',
  referral: 'a referral since deleted',
  document: 'a document since destroyed',
  user: 'a user since deleted',
  volunteer: 'a volunteer since removed',
  session: 'a session since deleted',
  supervised_note: 'a supervised contact note since deleted',
}

/**
 * Each row with `who` (the actor's display name) and `record` (its label and link, or null for
 * a row about no record), looked up in a handful of queries for the whole page.
 */
export function describeAuditRows<R extends StoredAuditRow>(db: ReadableDB, rows: readonly R[]): (R & { who: string; record: AuditRecordRef | null })[] {
  const ids = (type: string) => [...new Set(rows.filter((r) => r.recordType === type && r.recordId !== null).map((r) => r.recordId as string))]
  const userIds = [...new Set([...rows.flatMap((r) => (r.actorUserId === null ? [] : [String(r.actorUserId)])), ...ids('user')])]
  const lookup = {
    users: byId(db, 'SELECT id, display_name AS name FROM users', numeric(userIds)) as Map<string, { name: string }>,
    families: familyLabels(db, numeric(ids('family'))),
    people: personLabels(db, numeric(ids('person'))),
    referrals: referralLabels(db, numeric(ids('referral'))),
    documents: byId(db, 'SELECT id, title FROM documents', ids('document')) as Map<string, { title: string }>,
    volunteers: byId(db, 'SELECT id, given_name AS givenName, family_name AS familyName FROM volunteers', numeric(ids('volunteer'))) as Map<
      string,
      { givenName: string; familyName: string }
    >,
    sessions: byId(db, 'SELECT id, on_date AS onDate FROM contact_session', numeric(ids('session'))) as Map<string, { onDate: string }>,
    notes: byId(
      db,
      'SELECT * FROM (SELECT n.id AS id, r.reference, r.family_id AS familyId FROM supervised_note n JOIN booking b ON b.id = n.booking_id JOIN referral r ON r.id = b.referral_id)',
      numeric(ids('supervised_note')),
    ) as Map<string, { reference: string; familyId: number }>,
  }
  return rows.map((r) => ({ ...r, who: whoDidIt(r, lookup.users), record: describeRecord(r, lookup) }))
}

function whoDidIt(r: StoredAuditRow, users: Map<string, { name: string }>): string {
  if (r.actorUserId === null) return r.actor === 'system' ? 'Cabinet itself' : r.actor
  // A user row is never deleted (a leaver is disabled), so the username is only a fallback.
  return users.get(String(r.actorUserId))?.name ?? r.actor
}

interface Lookup {
  users: Map<string, { name: string }>
  families: Map<string, FamilyLabel>
  people: Map<string, AuditRecordRef>
  referrals: Map<string, AuditRecordRef>
  documents: Map<string, { title: string }>
  volunteers: Map<string, { givenName: string; familyName: string }>
  sessions: Map<string, { onDate: string }>
  notes: Map<string, { reference: string; familyId: number }>
}

function describeRecord(r: StoredAuditRow, lookup: Lookup): AuditRecordRef | null {
  if (r.recordType === null) return null
  const id = r.recordId ?? ''
  const gone = SINCE_DELETED[r.recordType]
  switch (r.recordType) {
    case 'family': {
      const f = lookup.families.get(id)
      return f ? { label: f.label, link: familyLink(f.id) } : { label: gone, link: null }
    }
    case 'person':
      return lookup.people.get(id) ?? { label: gone, link: null }
    case 'referral':
      return lookup.referrals.get(id) ?? { label: gone, link: null }
    case 'document': {
      const d = lookup.documents.get(id)
      return d ? { label: d.title, link: `/documents/${id}` } : { label: gone, link: null }
    }
    case 'user': {
      const u = lookup.users.get(id)
      return u ? { label: u.name, link: '/settings/users' } : { label: gone, link: null }
    }
    case 'volunteer': {
      const v = lookup.volunteers.get(id)
      return v ? { label: `${v.givenName} ${v.familyName}`, link: `/volunteers/${id}` } : { label: gone, link: null }
    }
    case 'volunteer_register':
      return { label: 'the DBS register', link: '/volunteers' }
    case 'settings':
      return SETTINGS[id] ?? { label: 'a setting', link: null }
    case 'session': {
      const s = lookup.sessions.get(id)
      return s ? { label: `the session on ${s.onDate}`, link: `/sessions/day/${s.onDate}` } : { label: gone, link: null }
    }
    case 'day':
      return /^\d{4}-\d{2}-\d{2}$/.test(id) ? { label: `the sessions of ${id}`, link: `/sessions/day/${id}` } : { label: 'a session day', link: null }
    case 'supervised_note': {
      const n = lookup.notes.get(id)
      return n ? { label: `a supervised contact note (${n.reference})`, link: familyLink(n.familyId) } : { label: gone, link: null }
    }
    case 'concern':
    case 'accident':
    case 'complaint': {
      const n = NUMBERED[r.recordType]
      return id === 'list' ? { label: n.list, link: n.path } : { label: `${n.one} ${id}`, link: `${n.path}/${id}` }
    }
    case 'feedback':
      return { label: 'an anonymous feedback questionnaire', link: null }
    case 'report':
      return { label: 'the reports', link: '/reports' }
    case 'disposal':
      return { label: `disposal ${id} in the destruction register`, link: '/retention/register' }
    case 'retention_schedule':
      return { label: `version ${id} of the retention schedule`, link: '/retention/schedule' }
    case 'retention':
      return { label: 'the records due for disposal', link: '/retention' }
    case 'policy_review':
      return { label: 'a review of the privacy policy', link: '/retention/notice' }
    case 'vault':
      return { label: 'the document store', link: null }
    case 'backup':
      // The backup's creation time or the kind of folder it went to: never a path.
      return { label: /^\d{4}-\d{2}-\d{2}T/.test(id) ? `the backup made on ${id.slice(0, 10)}` : 'a backup', link: '/settings/backups' }
    default:
      // A record type from a later version: say what kind it is, never its id.
      return { label: `a ${r.recordType.replace(/[_-]/g, ' ')} record`, link: null }
  }
}

function familyLink(familyId: number): string {
  return `/families/${familyId}`
}

/** Only whole positive numbers reach an IN list of integer ids; anything else cannot name a row. */
function numeric(ids: readonly string[]): number[] {
  return ids.filter((id) => /^[1-9]\d{0,15}$/.test(id)).map(Number)
}

/** `select` (with an `id` column) for the given ids, keyed by the id as the log stores it (text). */
function byId(db: ReadableDB, select: string, ids: readonly (string | number)[]): Map<string, Record<string, unknown>> {
  const found = new Map<string, Record<string, unknown>>()
  if (ids.length === 0) return found
  const rows = db.prepare(`${select} WHERE id IN (${ids.map(() => '?').join(', ')})`).all(...ids) as Record<string, unknown>[]
  for (const row of rows) found.set(String(row.id), row)
  return found
}

interface FamilyLabel {
  id: number
  /** "R-2026-0042 (Siân Nowak / Tomasz O’Neill)": the latest referral's reference, then the family's label. */
  label: string
  reference: string | null
}

function familyLabels(db: ReadableDB, familyIds: readonly number[]): Map<string, FamilyLabel> {
  const families = byId(db, 'SELECT id, label FROM family', familyIds) as Map<string, { id: number; label: string }>
  const latest = new Map<number, string>()
  if (familyIds.length > 0) {
    // The newest referral last, as the family list shows it.
    const refs = db
      .prepare(`SELECT family_id AS familyId, reference FROM referral WHERE family_id IN (${familyIds.map(() => '?').join(', ')}) ORDER BY received_on, id`)
      .all(...familyIds) as { familyId: number; reference: string }[]
    for (const r of refs) latest.set(r.familyId, r.reference)
  }
  const labels = new Map<string, FamilyLabel>()
  for (const [key, f] of families) {
    const reference = latest.get(f.id) ?? null
    labels.set(key, { id: f.id, reference, label: reference ? `${reference} (${f.label})` : f.label })
  }
  return labels
}

/** A person by name, with their family's reference; the link is the family's page, where the person is shown. */
function personLabels(db: ReadableDB, personIds: readonly number[]): Map<string, AuditRecordRef> {
  const people = byId(db, 'SELECT id, family_id AS familyId, given_name AS givenName, family_name AS familyName FROM person', personIds) as Map<
    string,
    { familyId: number; givenName: string; familyName: string }
  >
  const families = familyLabels(db, [...new Set([...people.values()].map((p) => p.familyId))])
  const labels = new Map<string, AuditRecordRef>()
  for (const [key, p] of people) {
    const reference = families.get(String(p.familyId))?.reference
    labels.set(key, { label: `${p.givenName} ${p.familyName}${reference ? ` (${reference})` : ''}`, link: familyLink(p.familyId) })
  }
  return labels
}

/** A referral by its reference and its family's label; the link is the family's page, where its referrals are. */
function referralLabels(db: ReadableDB, referralIds: readonly number[]): Map<string, AuditRecordRef> {
  const referrals = byId(db, 'SELECT id, family_id AS familyId, reference FROM referral', referralIds) as Map<string, { familyId: number; reference: string }>
  const families = byId(db, 'SELECT id, label FROM family', [...new Set([...referrals.values()].map((r) => r.familyId))]) as Map<string, { label: string }>
  const labels = new Map<string, AuditRecordRef>()
  for (const [key, r] of referrals) {
    const family = families.get(String(r.familyId))?.label
    labels.set(key, { label: `${r.reference}${family ? ` (${family})` : ''}`, link: familyLink(r.familyId) })
  }
  return labels
}
