import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { generateAtScale } from '../../../../electron/core/demo/scale'
import type { WritableDB } from '../../../../electron/core/db/types'
import { runOperation } from '../../../../electron/core/operations'
import { lastIndexActivity } from '../../../../electron/core/retention/archive-index'
import { ownClassTables, rowsSql } from '../../../../electron/core/retention/gather'
import { assessArchive, sweepArchive } from '../../../../electron/core/retention/report'
import { columnsRead, tablesRead } from '../../../../electron/core/retention/watch'
import { useTempDirs } from '../../../helpers/temp-dir'
import { masterKeyOf, openRawDatabase, setUpCabinet, type SetUpCabinet } from '../host/fixture'

/*
 * The retention index keeps every record's settled due date between sweeps and reads again only
 * what a write could have changed. It must always give exactly what reading everything afresh
 * gives (assessArchive, the engine without the index): after any write, a rolled-back one, a
 * write from another connection, and with its watch gone.
 */
const tempDir = useTempDirs()
let cab: SetUpCabinet | undefined
afterEach(() => cab?.host.close())

const DAYS = ['2026-11-29', '2029-03-01', '2034-07-01']

function expectAgreement(db: WritableDB): void {
  for (const day of DAYS) {
    const fresh = assessArchive(db, day).assessments
    const swept = sweepArchive(db, day)
    expect(swept.assessments).toEqual(fresh)
    const counts = { due: 0, upcoming: 0, deferred: 0, held: 0, running: 0 }
    for (const a of fresh) if (a.state !== 'kept') counts[a.state]++
    expect(swept.counts).toEqual(counts)
  }
}

function demoCentre(): WritableDB {
  cab = setUpCabinet(tempDir())
  generateAtScale(cab.session, { scale: 'large', seed: 11, divideBy: 250 })
  return cab.session.db
}

const ids = (db: WritableDB, sql: string) => db.prepare(sql).pluck().all() as number[]

/** Writes that change what the sweep reads: a trigger date, a class, whose a record is, a hold or a deferral. */
function writes(db: WritableDB) {
  const people = ids(db, 'SELECT id FROM person')
  const families = ids(db, 'SELECT id FROM family')
  const referrals = ids(db, 'SELECT id FROM referral')
  const volunteers = ids(db, 'SELECT id FROM volunteers')
  const complaints = ids(db, 'SELECT id FROM complaint')
  const concerns = ids(db, 'SELECT id FROM safeguarding_concern')
  const documents = db.prepare('SELECT id FROM documents').pluck().all() as string[]
  const user = db.prepare('SELECT min(id) FROM users').pluck().get() as number
  const date = fc.integer({ min: 0, max: 365 * 30 }).map((d) => new Date(Date.UTC(2005, 0, 1) + d * 86_400_000).toISOString().slice(0, 10))
  const pick = <T>(list: readonly T[]) => fc.constantFrom(...list)
  // Any column of any table the sweep reads, given another row's value: the watch must miss none that matters.
  const readTables = [...new Set(ownClassTables().flatMap((t) => tablesRead(db, rowsSql(t))))].filter(
    (t) =>
      db.prepare("SELECT 1 FROM sqlite_master WHERE name = ? AND sql NOT LIKE '%WITHOUT ROWID%'").get(t) !== undefined &&
      db.prepare(`SELECT 1 FROM "${t}" LIMIT 1`).get() !== undefined,
  )
  const anyColumn = pick(readTables).chain((table) =>
    fc
      .tuple(
        pick(db.prepare('SELECT name FROM pragma_table_info(?) WHERE pk = 0').pluck().all(table) as string[]),
        pick(ids(db, `SELECT rowid FROM "${table}" LIMIT 200`)),
        pick(ids(db, `SELECT rowid FROM "${table}" LIMIT 200`)),
      )
      .map(
        ([column, to, from]) => [`UPDATE "${table}" SET "${column}" = (SELECT "${column}" FROM "${table}" WHERE rowid = ?) WHERE rowid = ?`, from, to] as const,
      ),
  )
  return fc.oneof(
    anyColumn,
    anyColumn,
    fc.tuple(pick(referrals), date).map(([id, on]) => ["UPDATE referral SET status = 'closed', closed_on = ? WHERE id = ?", on, id] as const),
    fc.tuple(pick(referrals), fc.boolean()).map(([id, court]) => ['UPDATE referral SET court_order = ? WHERE id = ?', court ? 1 : 0, id] as const),
    fc.tuple(pick(people), date).map(([id, on]) => ['UPDATE person SET date_of_birth = ? WHERE id = ?', on, id] as const),
    fc.tuple(pick(people), pick(families)).map(([id, family]) => ['UPDATE person SET family_id = ? WHERE id = ?', family, id] as const),
    fc
      .tuple(pick(people), pick(families))
      .map(([id, family]) => ['UPDATE person SET mobile_phone = ? WHERE id = ?', `07700 9${String(family).padStart(5, '0')}`, id] as const),
    fc
      .tuple(pick(documents), pick(families))
      .map(
        ([doc, family]) =>
          [
            "INSERT OR IGNORE INTO document_links (document_id, target_type, target_id, linked_at, linked_by) VALUES (?, 'family', ?, '2026-01-01', ?)",
            doc,
            family,
            user,
          ] as const,
      ),
    pick(documents).map((doc) => ['DELETE FROM document_links WHERE document_id = ?', doc] as const),
    fc
      .tuple(pick(documents), fc.constantFrom('safeguarding_record', 'hr_document', 'complaint_correspondence', 'court_order'))
      .map(([doc, category]) => ['UPDATE documents SET category = ? WHERE id = ?', category, doc] as const),
    fc.tuple(pick(volunteers), fc.option(date)).map(([id, on]) => ['UPDATE volunteers SET ended_on = ? WHERE id = ?', on, id] as const),
    fc.tuple(pick(complaints), fc.option(date)).map(([id, on]) => ['UPDATE complaint SET resolved_on = ? WHERE id = ?', on, id] as const),
    fc.tuple(pick(concerns), date).map(([id, on]) => ["UPDATE safeguarding_concern SET status = 'closed', closed_on = ? WHERE id = ?", on, id] as const),
    pick(people).map((id) => ['DELETE FROM consent WHERE person_id = ?', id] as const),
    fc
      .tuple(pick(families), date)
      .map(
        ([id, on]) =>
          [
            "INSERT INTO record_hold (subject_type, subject_id, kind, reason, set_at, set_by) VALUES ('family', ?, 'legal', 'Solicitor’s letter', ?, ?)",
            id,
            `${on}T09:00:00Z`,
            user,
          ] as const,
      ),
    fc
      .tuple(pick(families), date)
      .map(
        ([id, on]) =>
          [
            "INSERT INTO retention_deferral (subject_type, subject_id, record_class, until_on, reason, set_at, set_by) VALUES ('family', ?, 'referral.self', ?, 'Court hearing pending', '2026-01-01T09:00:00Z', ?)",
            id,
            on,
            user,
          ] as const,
      ),
  )
}

function apply(db: WritableDB, [sql, ...params]: readonly [string, ...unknown[]]): void {
  try {
    db.prepare(sql).run(...params)
  } catch {
    // A write the schema refuses (a check, a foreign key) changes nothing: the index must still agree.
  }
}

describe('the retention index', () => {
  it('P17: agrees with reading everything afresh, after any sequence of writes to what the sweep reads', () => {
    const db = demoCentre()
    expectAgreement(db)
    expect(lastIndexActivity(db)?.built).toBe(false)
    fc.assert(
      fc.property(fc.array(writes(db), { minLength: 1, maxLength: 4 }), (steps) => {
        for (const step of steps) apply(db, step)
        expectAgreement(db)
      }),
      { numRuns: 40, seed: 42 },
    )
  })

  it('P17: agrees after disposals and a new schedule, made through the operations', async () => {
    let clock = new Date('2026-11-29T10:00:00Z')
    cab = setUpCabinet(tempDir(), { now: () => clock })
    generateAtScale(cab.session, { scale: 'large', seed: 3, divideBy: 250 })
    const db = cab.session.db
    expectAgreement(db)
    clock = new Date('2034-07-01T10:00:00Z')
    const review = runOperation(cab.host, 'retention.review', {})
    const groups = review.due.slice(0, 5).flatMap((s) => s.groups.map((g) => ({ subject: g.subject, recordClass: g.recordClass })))
    expect(groups.length).toBeGreaterThan(0)
    await runOperation(cab.host, 'retention.dispose', { groups, password: 'Quiet Meadow Lantern 42' })
    expectAgreement(db)
    runOperation(cab.host, 'retention.schedule.adopt', { preset: 'ce' })
    expectAgreement(db)
  })

  it('reads nothing again after writes to tables no retention SQL reads, and only the tables a write could change otherwise', () => {
    const db = demoCentre()
    sweepArchive(db, DAYS[0])
    db.prepare('UPDATE attendance SET late = 1 WHERE id = (SELECT min(id) FROM attendance)').run()
    sweepArchive(db, DAYS[0])
    expect(lastIndexActivity(db)).toEqual({ built: false, reread: [], resettled: 0 })

    const referral = db.prepare('SELECT id, family_id FROM referral WHERE closed_on IS NULL LIMIT 1').get() as { id: number; family_id: number }
    db.prepare("UPDATE referral SET status = 'closed', closed_on = '2026-01-31' WHERE id = ?").run(referral.id)
    sweepArchive(db, DAYS[0])
    const activity = lastIndexActivity(db)!
    expect(activity.built).toBe(false)
    expect(activity.reread).toEqual(['referral'])
    expect(activity.resettled).toBe(1)

    const child = db.prepare("SELECT id FROM person WHERE role = 'child' LIMIT 1").pluck().get() as number
    db.prepare("UPDATE person SET date_of_birth = '2019-02-03' WHERE id = ?").run(child)
    sweepArchive(db, DAYS[0])
    expect(lastIndexActivity(db)?.reread).toEqual(expect.arrayContaining(['accident', 'documents', 'safeguarding_concern']))
    expect(lastIndexActivity(db)?.reread).not.toContain('referral')
    expectAgreement(db)
  })

  it('agrees after a write in a transaction that rolled back, though a sweep inside it saw the write', () => {
    const db = demoCentre()
    sweepArchive(db, DAYS[1])
    const referral = db.prepare('SELECT id FROM referral WHERE closed_on IS NULL LIMIT 1').pluck().get() as number
    const before = sweepArchive(db, DAYS[1]).counts
    expect(() =>
      db.transaction(() => {
        db.prepare("UPDATE referral SET status = 'closed', closed_on = '2020-01-31' WHERE id = ?").run(referral)
        expect(sweepArchive(db, DAYS[1]).counts).not.toEqual(before)
        throw new Error('rolled back')
      })(),
    ).toThrow('rolled back')
    expect(sweepArchive(db, DAYS[1]).counts).toEqual(before)
    expectAgreement(db)
  })

  it('agrees when a new schedule rolled back and another, with other rules, took its version number', () => {
    const db = demoCentre()
    const { current } = runOperation(cab!.host, 'retention.schedule.get', {})
    const withRule = (years: number) => {
      const schedule = structuredClone(current!.schedule)
      schedule.preset = 'custom'
      schedule.rules['referral.self'].keep = { kind: 'period', years, months: 0 }
      return schedule
    }
    expect(() =>
      db.transaction(() => {
        expect(runOperation(cab!.host, 'retention.schedule.save', { schedule: withRule(9), note: 'Nine years' }).current?.version).toBe(2)
        sweepArchive(db, DAYS[2])
        throw new Error('rolled back')
      })(),
    ).toThrow('rolled back')
    expect(runOperation(cab!.host, 'retention.schedule.save', { schedule: withRule(2), note: 'Two years' }).current?.version).toBe(2)
    expectAgreement(db)
  })

  it('sees a write made by another connection, which its watch cannot see', () => {
    const dir = tempDir()
    cab = setUpCabinet(dir)
    const recoveryKey = cab.recoveryKey
    generateAtScale(cab.session, { scale: 'large', seed: 5, divideBy: 250 })
    const db = cab.session.db
    sweepArchive(db, DAYS[1])
    const other = openRawDatabase(dir, masterKeyOf(dir, recoveryKey))
    try {
      other.prepare("UPDATE referral SET status = 'closed', closed_on = '2020-01-31' WHERE closed_on IS NULL").run()
    } finally {
      other.close()
    }
    sweepArchive(db, DAYS[1])
    expect(lastIndexActivity(db)?.built).toBe(true)
    expectAgreement(db)
  })

  it('reads everything afresh, and agrees, where the connection’s watch is gone', () => {
    const db = demoCentre()
    sweepArchive(db, DAYS[1])
    const watchTrigger = db
      .prepare("SELECT name FROM sqlite_temp_master WHERE type = 'trigger' AND sql LIKE '%ON main.\"referral\"%' LIMIT 1")
      .pluck()
      .get() as string
    db.exec(`DROP TRIGGER temp.${watchTrigger}`)
    db.prepare("UPDATE referral SET status = 'closed', closed_on = '2020-01-31' WHERE closed_on IS NULL").run()
    expectAgreement(db)
  })

  it('finds the tables and columns a query reads from SQLite’s own plan, index keys included', () => {
    const db = demoCentre()
    expect(tablesRead(db, "SELECT id FROM documents WHERE category = 'x'")).toEqual(['documents'])
    const sql = `SELECT (SELECT family_id FROM person WHERE id = l.target_id) FROM document_links l JOIN volunteers v ON v.id = l.target_id`
    expect(tablesRead(db, sql)).toEqual(['document_links', 'person', 'volunteers'])
    const read = columnsRead(db, 'SELECT closed_on, (SELECT family_id FROM person WHERE id = r.family_id) FROM referral r')
    expect([...(read.get('referral') ?? [])].sort()).toEqual(['closed_on', 'family_id'])
    expect([...(read.get('person') ?? [])]).toEqual(['family_id'])
    // A lookup through an index depends on the index's keys, though no column of them is taken.
    const byIndex = columnsRead(db, "SELECT count(*) FROM document_links WHERE document_id = 'x'")
    expect(byIndex.get('document_links')).toContain('document_id')
  })
})
