import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { migrate, schemaVersion } from '../../../../../electron/core/db/migrate'
import { MIGRATIONS } from '../../../../../electron/core/db/migrations'
import type { WritableDB } from '../../../../../electron/core/db/types'
import { useTempDirs } from '../../../../helpers/temp-dir'
import { databaseAt } from './database-at'
import { seedRecords } from '../../vault/vault-fixture'

const VERSION = MIGRATIONS.findIndex((m) => m.name === 'delete-cascades') + 1
const BEFORE = MIGRATIONS.slice(0, 9)
const UP_TO = MIGRATIONS.slice(0, 10)

describe('migration 0010 delete-cascades (what goes when a record is deleted)', () => {
  const tempDir = useTempDirs()
  let db: WritableDB
  let userId: number
  let familyId: number
  let personId: number
  let childId: number

  beforeEach(() => {
    ;({ db, userId } = databaseAt(tempDir(), BEFORE))
    ;({ familyId, personId } = seedRecords(db, userId))
    childId = (
      db
        .prepare(
          `INSERT INTO person (family_id, household, role, given_name, family_name, name_key, date_of_birth, lives_with_person_id, source, created_at, created_by, updated_at)
           VALUES (?, 'resident', 'child', 'Zoë', 'Nowak', 'zoe nowak', '2018-06-01', ?, 'phone', 'now', ?, 'now') RETURNING id`,
        )
        .get(familyId, personId, userId) as { id: number }
    ).id
  })
  afterEach(() => db.close())

  const volunteer = (givenName: string) =>
    (
      db
        .prepare(
          `INSERT INTO volunteers (kind, given_name, family_name, started_on, created_at, created_by, updated_at)
           VALUES ('volunteer', ?, 'Pryce', '2024-01-10', 'now', ?, 'now') RETURNING id`,
        )
        .get(givenName, userId) as { id: number }
    ).id
  const role = (volunteerId: number, name: string) => db.prepare('INSERT INTO volunteer_role (volunteer_id, role) VALUES (?, ?)').run(volunteerId, name)
  let documents = 0
  const document = (category = 'hr_document') => {
    const id = (++documents).toString(16).padStart(32, 'a')
    db.prepare(
      `INSERT INTO documents (id, blob_name, wrapped_key, title, file_type, category, size_bytes, sha256, added_at, added_by)
       VALUES (?, ?, zeroblob(60), 'T', 'pdf', ?, 10, ?, 'now', ?)`,
    ).run(id, id.replace(/^a/, 'b'), category, 'e'.repeat(64), userId)
    return id
  }
  const link = (documentId: string, targetType: string, targetId: number) =>
    db
      .prepare('INSERT INTO document_links (document_id, target_type, target_id, linked_at, linked_by) VALUES (?, ?, ?, ?, ?)')
      .run(documentId, targetType, targetId, 'now', userId)
  const concern = (personIds: number[]) => {
    const { id } = db
      .prepare(
        `INSERT INTO safeguarding_concern (family_id, occurred_on, account, raised_at, raised_by, updated_at)
         VALUES (?, '2026-03-14', 'What I saw', '2026-03-14T10:00:00Z', ?, 'now') RETURNING id`,
      )
      .get(familyId, userId) as { id: number }
    for (const p of personIds) db.prepare('INSERT INTO safeguarding_concern_person (concern_id, person_id) VALUES (?, ?)').run(id, p)
    return id
  }
  const complaint = () =>
    (
      db
        .prepare(
          `INSERT INTO complaint (kind, received_on, channel, anonymous, from_name, about, summary, acknowledge_due_on, response_due_on, recorded_at, recorded_by, updated_at)
           VALUES ('complaint', '2026-03-01', 'letter', 0, 'Siân Nowak', 'service', 'Late start', '2026-03-06', '2026-03-29', 'now', ?, 'now') RETURNING id`,
        )
        .get(userId) as { id: number }
    ).id
  const all = (sql: string) => db.prepare(sql).all()
  const links = () => all('SELECT document_id, target_type, target_id FROM document_links ORDER BY document_id, target_type, target_id')

  it('upgrades a schema 9 database keeping every row, index and check, with every reference intact', () => {
    const gwen = volunteer('Gwen')
    role(gwen, 'session_volunteer')
    role(gwen, 'supervisor')
    const hr = document()
    link(hr, 'volunteer', gwen)
    link(hr, 'family', familyId)
    const first = concern([personId, childId])
    const second = concern([childId])
    db.prepare("INSERT INTO safeguarding_addendum (concern_id, text, written_at, written_by) VALUES (?, 'Later', 'now', ?)").run(first, userId)
    const before = {
      pairs: all('SELECT * FROM safeguarding_concern_person ORDER BY concern_id, person_id'),
      roles: all('SELECT * FROM volunteer_role ORDER BY volunteer_id, role'),
      links: links(),
    }
    const index = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'safeguarding_concern_person_by_person'").pluck().get()

    expect(VERSION).toBe(10)
    expect(migrate(db, UP_TO)).toEqual({ from: 9, to: 10 })
    expect(schemaVersion(db)).toBe(10)
    expect(before.pairs).toEqual([
      { concern_id: first, person_id: personId },
      { concern_id: first, person_id: childId },
      { concern_id: second, person_id: childId },
    ])
    expect(all('SELECT * FROM safeguarding_concern_person ORDER BY concern_id, person_id')).toEqual(before.pairs)
    expect(all('SELECT * FROM volunteer_role ORDER BY volunteer_id, role')).toEqual(before.roles)
    expect(links()).toEqual(before.links)
    expect(db.prepare("SELECT sql FROM sqlite_master WHERE name = 'safeguarding_concern_person_by_person'").pluck().get()).toBe(index)
    expect(db.prepare("SELECT strict, wr FROM pragma_table_list WHERE name = 'safeguarding_concern_person'").get()).toEqual({ strict: 1, wr: 1 })
    expect(all(`SELECT "from", "table", on_delete FROM pragma_foreign_key_list('safeguarding_concern_person') ORDER BY "from"`)).toEqual([
      { from: 'concern_id', table: 'safeguarding_concern', on_delete: 'CASCADE' },
      { from: 'person_id', table: 'person', on_delete: 'NO ACTION' },
    ])
    expect(() => db.prepare('INSERT INTO safeguarding_concern_person (concern_id, person_id) VALUES (?, ?)').run(first, childId)).toThrow(/UNIQUE/)
    expect(() => db.prepare('INSERT INTO safeguarding_concern_person (concern_id, person_id) VALUES (?, ?)').run(999, childId)).toThrow(/FOREIGN KEY/)
    expect(db.pragma('foreign_key_check')).toEqual([])
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
  })

  it('P11, P17: deleting a safeguarding concern takes the list of people it names with it, where schema 9 refused', () => {
    const first = concern([personId, childId])
    const second = concern([childId])
    expect(() => db.prepare('DELETE FROM safeguarding_concern WHERE id = ?').run(first)).toThrow(/FOREIGN KEY/)

    migrate(db, UP_TO)
    db.prepare('DELETE FROM safeguarding_concern WHERE id = ?').run(first)
    expect(all('SELECT * FROM safeguarding_concern_person')).toEqual([{ concern_id: second, person_id: childId }])
    expect(db.prepare('SELECT count(*) FROM person WHERE id IN (?, ?)').pluck().get(personId, childId)).toBe(2)
    expect(db.pragma('foreign_key_check')).toEqual([])
  })

  it('P23: deleting a volunteer, a complaint or a concern removes the links to it and keeps the documents, as for families and people', () => {
    migrate(db, UP_TO)
    const gwen = volunteer('Gwen')
    const rhys = volunteer('Rhys')
    const complained = complaint()
    const incident = concern([childId])
    const hr = document()
    const shared = document('other')
    link(hr, 'volunteer', gwen)
    link(shared, 'volunteer', gwen)
    link(shared, 'volunteer', rhys)
    link(shared, 'family', familyId)
    link(shared, 'complaint', complained)
    link(shared, 'incident', incident)

    db.prepare('DELETE FROM volunteers WHERE id = ?').run(gwen)
    db.prepare('DELETE FROM complaint WHERE id = ?').run(complained)
    db.prepare('DELETE FROM safeguarding_concern WHERE id = ?').run(incident)
    expect(links()).toEqual([
      { document_id: shared, target_type: 'family', target_id: familyId },
      { document_id: shared, target_type: 'volunteer', target_id: rhys },
    ])
    expect(db.prepare('SELECT id FROM documents ORDER BY id').pluck().all()).toEqual([hr, shared])
  })

  it('removes the links that volunteers, complaints and concerns deleted before the upgrade left behind, and no others', () => {
    const gone = volunteer('Gwen')
    const stays = volunteer('Rhys')
    const complained = complaint()
    const incident = concern([])
    const hr = document()
    link(hr, 'volunteer', gone)
    link(hr, 'volunteer', stays)
    link(hr, 'complaint', complained)
    link(hr, 'incident', incident)
    link(hr, 'person', personId)
    db.prepare('DELETE FROM volunteers WHERE id = ?').run(gone)
    db.prepare('DELETE FROM complaint WHERE id = ?').run(complained)
    db.prepare('DELETE FROM safeguarding_concern WHERE id = ?').run(incident)
    expect(links()).toHaveLength(5)

    migrate(db, UP_TO)
    expect(links()).toEqual([
      { document_id: hr, target_type: 'person', target_id: personId },
      { document_id: hr, target_type: 'volunteer', target_id: stays },
    ])
  })
})
