import { afterEach, describe, expect, it } from 'vitest'
import { generateDemoCentre } from '../../../../electron/core/demo/generate'
import type { WritableDB } from '../../../../electron/core/db/types'
import { matchExpression } from '../../../../electron/core/families/search'
import { runOperation } from '../../../../electron/core/operations'
import type { Session } from '../../../../electron/core/session'
import { openTestCabinet, type TestCabinet } from '../../../helpers/session'
import { useTempDirs } from '../../../helpers/temp-dir'

/*
 * Search as you type on a one-letter prefix (issue 15): thousands of matches must not all be
 * fetched and sorted for one page. With many matches the page is read by walking the sort_key
 * index; the answer is the same as sorting every match.
 */

const tempDir = useTempDirs()
let cab: TestCabinet
afterEach(() => cab?.close())

/** The SELECTs the search runs, as SQLite plans them. */
function plansOf(s: Session, query: string): string[][] {
  const texts: string[] = []
  const db = new Proxy(s.db, {
    get(target, prop) {
      if (prop === 'prepare') return (text: string) => (texts.push(text), target.prepare(text))
      const value = Reflect.get(target, prop, target) as unknown
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value
    },
  }) as WritableDB
  runOperation({ ...s, db }, 'families.search', { query, offset: 0, limit: 100 })
  return texts
    .filter((t) => /^\s*SELECT f\.id/.test(t))
    .map((t) => (s.db.prepare(`EXPLAIN QUERY PLAN ${t}`).all('"x"*', 1, 0) as { detail: string }[]).map((r) => r.detail))
}

/** Every match sorted, straight from the tables: what any page must agree with. */
function everyMatchSorted(db: WritableDB, query: string): number[] {
  return db
    .prepare(`SELECT f.id FROM family f WHERE f.id IN (SELECT rowid FROM family_fts WHERE family_fts MATCH ?) ORDER BY f.sort_key, f.id`)
    .pluck()
    .all(matchExpression(query)) as number[]
}

describe('family search: pages of a broad prefix', () => {
  it('walk the sort_key index rather than sorting every match, and give the same pages as sorting', () => {
    cab = openTestCabinet(tempDir())
    const s = cab.as('coordinator')
    generateDemoCentre(s, { families: 800, seed: 5 })
    const broad = ['a', 'b', 'j', 'r', 's'].filter((q) => everyMatchSorted(cab.db, q).length > 500)
    expect(broad.length).toBeGreaterThan(0)
    for (const q of broad) {
      const plan = plansOf(s, q).flat()
      expect(plan, q).toContain('SCAN f USING INDEX family_by_sort_key')
      expect(plan, q).not.toContain('USE TEMP B-TREE FOR ORDER BY')
    }
    for (const q of ['a', 'b', 'j', 'r', 's', 'sm', 'smith', 'zz']) {
      const all = everyMatchSorted(cab.db, q)
      for (const offset of [0, 100, 450, Math.max(0, all.length - 30)]) {
        const page = runOperation(s, 'families.search', { query: q, offset, limit: 100 })
        expect(page.total, q).toBe(all.length)
        expect(
          page.rows.map((r) => r.id),
          `${q} at ${offset}`,
        ).toEqual(all.slice(offset, offset + 100))
      }
    }
  })
})
