import { afterEach, describe, expect, it } from 'vitest'
import { subjectOfRowSql } from '../../../../electron/core/data-map/links'
import { generateAtScale } from '../../../../electron/core/demo/scale'
import { ownClassTables, subjectTable } from '../../../../electron/core/retention/gather'
import { useTempDirs } from '../../../helpers/temp-dir'
import { setUpCabinet, type SetUpCabinet } from '../host/fixture'

const tempDir = useTempDirs()
let cab: SetUpCabinet | undefined
afterEach(() => cab?.host.close())

/*
 * The retention sweep finds each row's family or volunteer by the map's subjectOfRow, in one pass
 * over the table; disposal, erasure and subject access find a subject's rows by `where`. The two
 * must agree row for row, or the sweep would propose a record under the wrong family (or none).
 */
describe('subjectOfRow and where agree', () => {
  it('P17: on a demo centre with every area, each row of every table with a class of its own finds the same family and volunteer both ways', () => {
    cab = setUpCabinet(tempDir())
    const db = cab.session.db
    generateAtScale(cab.session, { scale: 'large', seed: 7, divideBy: 100 })
    // Rows the generators do not make: a document attached to two families (the lower one counts),
    // one attached only to a volunteer, a hold on a child rather than on the family, and a complaint from a parent.
    const user = db.prepare('SELECT min(id) FROM users').pluck().get() as number
    const twoFamilies = db.prepare('SELECT id FROM person ORDER BY family_id DESC LIMIT 1').pluck().get() as number
    const lowest = db.prepare('SELECT min(id) FROM family').pluck().get() as number
    const [shared, volunteersOnly] = db.prepare('SELECT id FROM documents ORDER BY rowid LIMIT 2').pluck().all() as string[]
    db.prepare('DELETE FROM document_links WHERE document_id = ?').run(shared)
    db.prepare(
      "INSERT INTO document_links (document_id, target_type, target_id, linked_at, linked_by) VALUES (?, 'person', ?, '2026-01-01', ?), (?, 'family', ?, '2026-01-01', ?)",
    ).run(shared, twoFamilies, user, shared, lowest, user)
    db.prepare('DELETE FROM document_links WHERE document_id = ?').run(volunteersOnly)
    const volunteer = db.prepare('SELECT max(id) FROM volunteers').pluck().get() as number
    db.prepare("INSERT INTO document_links (document_id, target_type, target_id, linked_at, linked_by) VALUES (?, 'volunteer', ?, '2026-01-01', ?)").run(
      volunteersOnly,
      volunteer,
      user,
    )
    db.prepare(
      "INSERT INTO record_hold (subject_type, subject_id, kind, reason, set_at, set_by) VALUES ('person', ?, 'safeguarding', 'Concern raised', '2026-01-01T00:00:00Z', ?)",
    ).run(twoFamilies, user)

    db.prepare('UPDATE complaint SET from_person_id = ? WHERE id = (SELECT min(id) FROM complaint)').run(twoFamilies)

    const found = new Set<string>()
    for (const t of ownClassTables()) {
      for (const link of t.links) {
        if (link.subject !== 'family' && link.subject !== 'volunteer') continue
        const ids = db
          .prepare(`SELECT id FROM "${subjectTable(link.subject)!.table}" ORDER BY id`)
          .pluck()
          .all() as number[]
        const byWhere = new Map<number, number>()
        const find = db.prepare(`SELECT rowid FROM "${t.table}" WHERE (${link.where})`).pluck()
        for (const id of ids) for (const row of find.all({ subjectId: id }) as number[]) if (!byWhere.has(row)) byWhere.set(row, id)
        const rows = db
          .prepare(`SELECT rowid, (${subjectOfRowSql(link)}) FROM "${t.table}"`)
          .raw()
          .all() as [number, number | null][]
        const byRow = new Map(rows.filter(([, subject]) => subject !== null) as [number, number][])
        expect(byRow, `${t.table}'s ${link.subject} link`).toEqual(byWhere)
        if (byRow.size > 0) found.add(t.table)
      }
    }
    // Every table whose link is more than a column had rows to compare.
    for (const table of ['consent', 'medical_info', 'documents', 'record_hold', 'accident', 'complaint']) expect(found).toContain(table)
    const ofRow = (subject: 'family' | 'volunteer', table: string, where: string, ...params: unknown[]) => {
      const link = ownClassTables()
        .find((t) => t.table === table)!
        .links.find((l) => l.subject === subject)!
      return db
        .prepare(`SELECT (${subjectOfRowSql(link)}) FROM "${table}" WHERE ${where}`)
        .pluck()
        .get(...params)
    }
    expect(ofRow('family', 'documents', 'id = ?', shared)).toBe(lowest)
    expect(ofRow('family', 'documents', 'id = ?', volunteersOnly)).toBeNull()
    expect(ofRow('volunteer', 'documents', 'id = ?', volunteersOnly)).toBe(volunteer)
    expect(ofRow('family', 'record_hold', "subject_type = 'person' AND subject_id = ?", twoFamilies)).toBe(
      db.prepare('SELECT family_id FROM person WHERE id = ?').pluck().get(twoFamilies),
    )
  })
})
