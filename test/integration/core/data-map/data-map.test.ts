import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkDataMapAgainstSchema, schemaTables } from '../../../../electron/core/data-map/check-schema'
import {
  declarationOf,
  loginHooks,
  personalDataMap,
  recordClasses,
  recordClassesOf,
  RECORD_CLASS_INFO,
  tablesAbout,
  tablesOfRecordClass,
  type AreaDataMap,
} from '../../../../electron/core/data-map'
import { openEncryptedDatabase } from '../../../../electron/core/db/connection'
import { migrate } from '../../../../electron/core/db/migrate'
import { MIGRATIONS } from '../../../../electron/core/db/migrations'
import type { WritableDB } from '../../../../electron/core/db/types'
import { vocab } from '../../../../electron/core/vocab'
import { useTempDirs } from '../../../helpers/temp-dir'

const tempDir = useTempDirs()
let db: WritableDB

beforeEach(() => {
  db = openEncryptedDatabase(join(tempDir(), 'cabinet.db'), randomBytes(32), { create: true })
  migrate(db, MIGRATIONS)
})
afterEach(() => db.close())

/** A copy of the real map with one table's declaration changed. */
function withTable(table: string, change: (t: Record<string, unknown>) => Record<string, unknown>): AreaDataMap[] {
  return personalDataMap().map((a) => ({ ...a, tables: a.tables.map((t) => (t.table === table ? (change({ ...t }) as never) : t)) }))
}

describe('the personal-data map and the schema agree', () => {
  it('every table of a freshly migrated database is declared, and everything the map names exists and runs', () => {
    expect(checkDataMapAgainstSchema(db, personalDataMap())).toEqual([])
    expect(schemaTables(db)).toContain('family_fts')
    expect(schemaTables(db).some((t) => t.startsWith('family_fts_'))).toBe(false)
  })

  it('every vocabulary’s sqlCheck() output appears word for word in its table’s CHECK, so the two cannot drift', () => {
    const checks = personalDataMap().flatMap((a) =>
      a.tables.flatMap((t) => (t.checks ?? []).map((c) => ({ table: t.table, text: c.vocab.sqlCheck(c.column) }))),
    )
    expect(checks.length).toBeGreaterThanOrEqual(17)
    for (const { table, text } of checks) {
      const sql = (db.prepare('SELECT sql FROM sqlite_master WHERE name = ?').pluck().get(table) as string).replace(/\s+/g, ' ')
      expect(sql, `${table}: ${text}`).toContain(text)
    }
  })

  it('fails when a migration adds a table that no area’s map mentions', () => {
    db.exec('CREATE TABLE session_note (id INTEGER PRIMARY KEY, text TEXT NOT NULL) STRICT')
    expect(checkDataMapAgainstSchema(db, personalDataMap())).toEqual([
      expect.stringMatching(
        /^Table session_note is in the schema but in no area's data map: declare it in electron\/core\/db\/migrations\/NNNN-<area>\.data\.ts/,
      ),
    ])
  })

  it('fails when the map names a table or a column that does not exist, or SQL that does not run', () => {
    const ghost = personalDataMap().map((a, i) =>
      i === 0 ? { ...a, tables: [...a.tables, { table: 'volunteer', personal: false as const, about: 'none' as const, reason: 'x' }] } : a,
    )
    expect(checkDataMapAgainstSchema(db, ghost)).toEqual([
      'core data map, table volunteer: the schema has no such table; remove it from the map or fix the name.',
    ])

    const badColumn = withTable('medical_info', (t) => ({
      ...t,
      links: [
        {
          subject: 'person',
          where: 'person_id = :subjectId',
          erasure: { action: 'delete-rows' },
          subjectAccess: { take: ['kind', 'diagnosis'], discloseTo: false },
        },
      ],
    }))
    expect(checkDataMapAgainstSchema(db, badColumn)).toEqual([
      "families data map, table medical_info: the person link's subject access names column diagnosis, which the table does not have.",
    ])

    const badWhere = withTable('previsit', (t) => ({
      ...t,
      links: [{ subject: 'person', where: 'patient_id = :subjectId', erasure: { action: 'delete-rows' }, subjectAccess: { take: 'all', discloseTo: true } }],
    }))
    expect(checkDataMapAgainstSchema(db, badWhere)).toEqual([
      expect.stringMatching(/previsit: the person link's where clause does not run: no such column: patient_id/),
    ])

    const badFollows = withTable('previsit', (t) => ({ ...t, retention: { follows: 'referral', via: 'referal_id' } }))
    expect(checkDataMapAgainstSchema(db, badFollows)).toEqual([
      'families data map, table previsit: its retention names column referal_id, which the table does not have.',
    ])
  })

  it('P17: a table with a class of its own says how each row finds its family or volunteer in one pass (subjectOfRow), and that SQL runs', () => {
    const familyLink = (extra: Record<string, string>) =>
      withTable('consent', (t) => ({
        ...t,
        links: [{ subject: 'family', where: 'person_id IN (SELECT id FROM person WHERE family_id = :subjectId)', ...extra }, (t.links as unknown[])[1]],
      }))
    expect(checkDataMapAgainstSchema(db, familyLink({}))).toEqual([
      'families data map, table consent: the family link is not "<column> = :subjectId", so it must declare subjectOfRow: SQL over one row giving the id of the family whose row it is (the lowest, if several).',
    ])
    expect(checkDataMapAgainstSchema(db, familyLink({ subjectOfRow: '(SELECT family_id FROM person WHERE id = patient_id)' }))).toEqual([
      expect.stringMatching(/consent: the family link's subjectOfRow does not run: no such column: patient_id/),
    ])
    expect(checkDataMapAgainstSchema(db, familyLink({ subjectOfRow: '(SELECT family_id FROM person WHERE id = person_id)' }))).toEqual([])
  })

  it('P17: a table whose rows the database removes with their parent declares it (cascade), and the schema must agree', () => {
    expect(declarationOf('volunteer_role')).toMatchObject({ retention: { follows: 'volunteers', via: 'volunteer_id', cascade: true } })
    expect(declarationOf('safeguarding_concern_person')).toMatchObject({ retention: { follows: 'safeguarding_concern', via: 'concern_id', cascade: true } })

    const undeclared = withTable('volunteer_role', (t) => ({ ...t, retention: { follows: 'volunteers', via: 'volunteer_id' } }))
    expect(checkDataMapAgainstSchema(db, undeclared)).toEqual([
      'volunteers data map, table volunteer_role: it has no rowids, so disposal cannot name its rows; give volunteer_id a foreign key to volunteers with ON DELETE CASCADE and declare cascade: true.',
    ])
    const untrue = withTable('safeguarding_addendum', (t) => ({ ...t, retention: { follows: 'safeguarding_concern', via: 'concern_id', cascade: true } }))
    expect(checkDataMapAgainstSchema(db, untrue)).toEqual([
      'safeguarding data map, table safeguarding_addendum: it declares cascade, but its concern_id column has no foreign key to safeguarding_concern with ON DELETE CASCADE; add one (a new migration, rebuildTable) or remove cascade.',
    ])
    const orphaned = withTable('volunteer_step', (t) => ({ ...t, retention: { follows: 'volunteer_role', via: 'volunteer_id' } }))
    expect(checkDataMapAgainstSchema(db, orphaned)).toEqual([
      'volunteers data map, table volunteer_step: it follows volunteer_role, whose rows the database removes (cascade), so disposal would never find its rows; follow volunteer_role’s parent instead.',
    ])
  })

  it('every table with a record class of its own declares a retention trigger whose SQL runs; one that follows a parent declares none', () => {
    const own = personalDataMap()
      .flatMap((a) => a.tables)
      .filter((t) => t.personal && (typeof t.retention === 'string' || 'classes' in t.retention))
    expect(own.map((t) => t.table)).toEqual([
      'users',
      'audit_log',
      'family',
      'referral',
      'consent',
      'medical_info',
      'change_history',
      'documents',
      'record_hold',
      'volunteers',
      'volunteer_dbs',
      'volunteer_finance',
      'volunteer_parental_leave',
      'session_duty',
      'safeguarding_concern',
      'accident',
      'complaint',
      'retention_deferral',
    ])
    for (const t of own) expect(t.personal && t.trigger?.event, t.table).toBeTruthy()

    const missing = withTable('referral', (t) => ({ ...t, trigger: undefined }))
    expect(checkDataMapAgainstSchema(db, missing)).toEqual([
      'families data map, table referral: it has a record class of its own but no trigger; declare trigger: { sql, event } giving the date its retention period starts (NULL while it has not).',
    ])
    const broken = withTable('referral', (t) => ({ ...t, trigger: { sql: 'ended_on', event: 'ended' } }))
    expect(checkDataMapAgainstSchema(db, broken)).toEqual([
      expect.stringMatching(/^families data map, table referral: the retention trigger does not run: no such column: ended_on/),
    ])
    const following = withTable('previsit', (t) => ({ ...t, trigger: { sql: 'completed_on', event: 'completed' } }))
    expect(checkDataMapAgainstSchema(db, following)).toEqual([
      'families data map, table previsit: it follows referral, whose trigger it shares; remove its own trigger.',
    ])
    const badQuote = withTable('change_history', (t) => ({ ...t, quotes: [{ table: 'referral', where: 'referral_id = :recordId' }] }))
    expect(checkDataMapAgainstSchema(db, badQuote)).toEqual([
      expect.stringMatching(/change_history: its quotes of referral do not run: no such column: referral_id/),
    ])
  })

  it('fails when a CHECK list and its vocabulary differ, or a CHECK list has no vocabulary', () => {
    const widened = withTable('person', (t) => ({
      ...t,
      checks: [
        ...(t.checks as never[]).slice(0, 2),
        { column: 'preferred_contact', vocab: vocab({ phone: 'P', text: 'T', email: 'E', post: 'Post', fax: 'F' }) },
      ],
    }))
    expect(checkDataMapAgainstSchema(db, widened)).toEqual([
      "families data map, table person: the vocabulary for preferred_contact gives preferred_contact IN ('phone', 'text', 'email', 'post', 'fax'), but the schema's CHECK lists (phone, text, email, post); change the vocabulary, or the schema with a new migration (rebuildTable).",
      "families data map, table person: the schema's CHECK preferred_contact IN ('phone', 'text', 'email', 'post') matches no vocabulary in the map's checks; define it with vocab() and list it there.",
    ])
    const undeclared = withTable('users', (t) => ({ ...t, checks: [] }))
    expect(checkDataMapAgainstSchema(db, undeclared)).toEqual([
      "core data map, table users: the schema's CHECK role IN ('coordinator', 'volunteer', 'inspector') matches no vocabulary in the map's checks; define it with vocab() and list it there.",
    ])
  })
})

describe('the registry that retention, erasure and subject access read', () => {
  it('declares each table once, in migration order, with the areas today', () => {
    expect(personalDataMap().map((a) => [a.area, a.migration])).toEqual([
      ['core', '0001-core'],
      ['families', '0002-families'],
      ['vault', '0003-vault'],
      ['holds', '0005-holds'],
      ['volunteers', '0006-volunteers'],
      ['sessions', '0007-sessions'],
      ['safeguarding', '0008-safeguarding'],
      ['retention', '0009-retention'],
    ])
    const tables = personalDataMap().flatMap((a) => a.tables.map((t) => t.table))
    expect(new Set(tables).size).toBe(tables.length)
    expect(declarationOf('audit_head')).toMatchObject({ area: 'core', personal: false })
    expect(declarationOf('nothing')).toBeUndefined()
  })

  it('P23: erasing a person reaches their rows in every families, vault and holds table, and keeps the audit log', () => {
    const erased = Object.fromEntries(tablesAbout('person').map(({ table, link }) => [table.table, link.erasure.action]))
    expect(erased).toEqual({
      family: 'rebuild',
      person: 'delete-rows',
      referral: 'kept',
      referral_status_history: 'kept',
      previsit: 'delete-rows',
      consent: 'delete-rows',
      medical_info: 'delete-rows',
      change_history: 'delete-rows',
      family_fts: 'rebuild',
      documents: 'crypto-shred',
      document_links: 'delete-rows',
      document_exports: 'kept',
      record_hold: 'delete-rows',
      referral_intake: 'kept',
      referral_party: 'delete-rows',
      previsit_check: 'delete-rows',
      contact_offer: 'kept',
      booking: 'kept',
      attendance: 'delete-rows',
      progress_review: 'kept',
      supervised_note: 'kept',
      supervised_note_addendum: 'kept',
      // P11, P10: exempt from erasure while they must be kept; retention disposes of them.
      safeguarding_concern: 'kept',
      safeguarding_concern_person: 'kept',
      safeguarding_addendum: 'kept',
      safeguarding_referral: 'kept',
      accident: 'kept',
      complaint: 'kept',
      complaint_note: 'kept',
    })
    expect(tablesAbout('user').map(({ table, link }) => [table.table, link.erasure.action])).toEqual([
      ['users', 'set-columns'],
      ['audit_log', 'kept'],
      ['session_duty', 'kept'],
    ])
  })

  it('P23: the person links find exactly that person’s rows, including their corrections', () => {
    db.exec(`
      INSERT INTO family (id, label, sort_key, created_at, updated_at) VALUES (1, 'A / B', 'a', 'n', 'n'), (2, 'C', 'c', 'n', 'n');
      INSERT INTO person (id, family_id, household, role, given_name, family_name, name_key, source, created_at, updated_at)
        VALUES (10, 1, 'resident', 'parent', 'Ann', 'A', 'ann a', 'phone', 'n', 'n'), (11, 1, 'non_resident', 'parent', 'Bob', 'B', 'bob b', 'phone', 'n', 'n'),
               (20, 2, 'resident', 'parent', 'Cat', 'C', 'cat c', 'phone', 'n', 'n');
      INSERT INTO change_history (family_id, record_type, record_id, field, old_value, new_value, source, changed_at)
        VALUES (1, 'person', 10, 'givenName', 'Anne', 'Ann', 'phone', 'n'), (1, 'person', 11, 'givenName', 'Rob', 'Bob', 'phone', 'n'),
               (1, 'referral', 10, 'courtName', 'X', 'Y', 'phone', 'n');
    `)
    const count = (table: string, where: string, id: number) => db.prepare(`SELECT count(*) FROM "${table}" WHERE (${where})`).pluck().get({ subjectId: id })
    const links = Object.fromEntries(tablesAbout('person').map(({ table, link }) => [table.table, link.where]))
    expect(count('person', links.person, 10)).toBe(1)
    expect(count('family', links.family, 10)).toBe(1)
    // Ann's own correction, not Bob's, and not a referral's that happens to share the id.
    expect(count('change_history', links.change_history, 10)).toBe(1)
  })

  it('P21: a subject-access pack says what it takes from each table and which parts go through discloseTo', () => {
    const pack = tablesAbout('person').map(({ table, link }) => [
      table.table,
      link.subjectAccess.take === 'none' ? 'none' : link.subjectAccess.discloseTo ? 'discloseTo' : 'direct',
    ])
    expect(Object.fromEntries(pack)).toMatchObject({ person: 'discloseTo', referral: 'discloseTo', medical_info: 'direct', family_fts: 'none' })
    const person = tablesAbout('person').find((l) => l.table.table === 'person')!.link.subjectAccess
    // The duplicate-check key is derived, not data held about them.
    expect(person.take).not.toContain('name_key')
  })

  it('P07–P09: retention classes come from the referral’s source, court order and Cafcass flags, and pre-visits follow their referral', () => {
    db.exec(`INSERT INTO family (id, label, sort_key, created_at, updated_at) VALUES (1, 'F', 'f', 'n', 'n')`)
    const add = db.prepare(
      `INSERT INTO referral (family_id, reference, ref_year, ref_seq, source, record_source, received_on, court_order, cafcass_involved,
         contact_type, injunction_in_place, separate_arrival, status, status_on, created_at, updated_at)
       VALUES (1, ?, 2026, ?, ?, 'phone', '2026-01-01', ?, ?, 'supported', 0, 0, 'received', '2026-01-01', 'n', 'n')`,
    )
    const cases = [
      ['self', 0, 0, 'referral.self'],
      ['solicitor', 1, 0, 'referral.court'],
      ['local_authority', 0, 1, 'referral.court'],
      ['cafcass', 0, 0, 'referral.court'],
      ['srs', 0, 0, 'referral.srs.self'],
      ['srs', 0, 1, 'referral.srs.court'],
    ] as const
    cases.forEach(([source, court, cafcass], i) => add.run(`R${i}`, i, source, court, cafcass))
    const rule = declarationOf('referral')!
    if (!rule.personal || typeof rule.retention === 'string' || !('sql' in rule.retention)) throw new Error('referral has no record class rule')
    const got = db.prepare(`SELECT (${rule.retention.sql}) FROM referral ORDER BY ref_seq`).pluck().all()
    expect(got).toEqual(cases.map((c) => c[3]))

    expect(recordClassesOf('previsit')).toEqual(['referral.court', 'referral.self', 'referral.srs.court', 'referral.srs.self'])
    expect(tablesOfRecordClass('referral.self').map((t) => t.table)).toEqual([
      'referral',
      'referral_status_history',
      'previsit',
      'referral_intake',
      'referral_party',
      'previsit_check',
      'contact_offer',
      'booking',
      'attendance',
      'progress_review',
      'supervised_note',
      'supervised_note_addendum',
    ])
    expect(tablesOfRecordClass('family').map((t) => t.table)).toEqual(['family', 'person', 'family_fts', 'record_hold', 'retention_deferral'])
    expect(recordClassesOf('settings')).toEqual([])
  })

  it('every record class has a description, and those set by a promise name it (P07–P16)', () => {
    for (const c of recordClasses.values) expect(RECORD_CLASS_INFO[c].description.length, c).toBeGreaterThan(20)
    const promised = new Set(Object.values(RECORD_CLASS_INFO).flatMap((i) => i.promises))
    for (const p of ['P07', 'P08', 'P09', 'P10', 'P11', 'P12', 'P13', 'P14', 'P15', 'P16']) expect(promised, p).toContain(p)
  })

  it('the vault declares its login-time sweep as a hook', () => {
    expect(loginHooks().map((h) => [h.area, h.name])).toEqual([['vault', 'vault.sweep-orphans']])
  })
})
