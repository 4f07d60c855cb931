import { afterEach, describe, expect, it } from 'vitest'
import { generateDemoCentre } from '../../../../electron/core/demo/generate'
import type { WritableDB } from '../../../../electron/core/db/types'
import { familyMedical } from '../../../../electron/core/families/consent'
import { runOperation } from '../../../../electron/core/operations'

import type { Session } from '../../../../electron/core/session'
import { openTestCabinet, type TestCabinet } from '../../../helpers/session'
import { useTempDirs } from '../../../helpers/temp-dir'
import { adult, fixedNow, newFamily } from './fixtures'

const tempDir = useTempDirs()
let cab: TestCabinet
afterEach(() => cab?.close())

interface Recorded {
  sql: string
  args: unknown[]
}

/** A session whose database records every statement the core runs, with its arguments. */
function recordingSession(s: Session, seen: Recorded[]): Session {
  const wrapStatement = (stmt: object, sql: string): object =>
    new Proxy(stmt, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver) as unknown
        if (typeof value !== 'function') return value
        return (...args: unknown[]) => {
          if (prop === 'all' || prop === 'get' || prop === 'iterate') seen.push({ sql, args })
          const out = (value as (...a: unknown[]) => unknown).apply(target, args)
          return out === target ? receiver : out
        }
      },
    })
  const db = new Proxy(s.db, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, target) as unknown
      if (prop === 'prepare') return (sql: string) => wrapStatement(target.prepare(sql), sql)
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value
      void receiver
    },
  }) as WritableDB
  return { ...s, db }
}

/** Plan lines that read a whole table: "SCAN person" (no index) — virtual tables and index scans aside. */
function fullScans(db: WritableDB, r: Recorded): string[] {
  const plan = db.prepare(`EXPLAIN QUERY PLAN ${r.sql}`).all(...r.args) as { detail: string }[]
  return plan.map((p) => p.detail).filter((d) => /^SCAN /.test(d) && !/VIRTUAL TABLE|USING (COVERING )?INDEX|CONSTANT ROW/.test(d))
}

describe('families: hot queries use indexes', () => {
  function hotQueries(s: Session): Recorded[] {
    const seen: Recorded[] = []
    const rs = recordingSession(s, seen)
    runOperation(rs, 'families.search', { query: '', offset: 10, limit: 10 })
    runOperation(rs, 'families.search', { query: 'anna sn15', offset: 0, limit: 10 })
    runOperation(rs, 'families.search', { query: 'R-2026-0001', offset: 0, limit: 10 })
    const f = runOperation(rs, 'families.get', { id: 7 })
    familyMedical(rs.db, 7)
    runOperation(rs, 'families.history', { familyId: 7 })
    runOperation(rs, 'families.checkDuplicates', { givenName: 'Siân', familyName: 'Nowak-Wiśniewska', dateOfBirth: '1988-04-02', phones: ['07700 900222'] })
    runOperation(rs, 'families.checklist.print', { personId: f.adults[1].id, blank: false })
    return seen.filter((r) => /^\s*(SELECT|WITH)/i.test(r.sql))
  }

  function offenders(selects: Recorded[]) {
    return selects.map((r) => ({ sql: r.sql.replace(/\s+/g, ' ').trim(), scans: fullScans(cab.db, r) })).filter((o) => o.scans.length > 0)
  }

  it('on a fresh database (no statistics yet)', () => {
    cab = openTestCabinet(tempDir(), { now: fixedNow })
    const s = cab.as('coordinator')
    for (let i = 0; i < 30; i++) runOperation(s, 'families.create', newFamily({ resident: adult({ givenName: `Anna${String.fromCharCode(97 + (i % 26))}` }) }))
    const selects = hotQueries(s)
    expect(selects.length).toBeGreaterThan(15)
    expect(offenders(selects)).toEqual([])
  })

  it('on a 500-family demo centre after ANALYZE', () => {
    cab = openTestCabinet(tempDir())
    const s = cab.as('coordinator')
    generateDemoCentre(s, { families: 500, seed: 11 })
    cab.db.exec('ANALYZE')
    const selects = hotQueries(s)
    expect(selects.length).toBeGreaterThan(15)
    expect(offenders(selects)).toEqual([])
  })
})
