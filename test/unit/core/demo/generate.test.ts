import { createHash } from 'node:crypto'
import { afterEach, describe, expect, it } from 'vitest'
import { generateDemoCentre } from '../../../../electron/core/demo/generate'
import type { WritableDB } from '../../../../electron/core/db/types'
import { normalisePhone, normalisePostcode } from '../../../../electron/core/families/fields'
import { REFERRAL_SOURCES, REFERRAL_STATUSES } from '../../../../electron/core/families/types'
import { openTestCabinet, type TestCabinet } from '../../../helpers/session'
import { useTempDirs } from '../../../helpers/temp-dir'

const tempDir = useTempDirs()
const open: TestCabinet[] = []
afterEach(() => {
  for (const c of open.splice(0)) c.close()
})
function cabinet(): TestCabinet {
  const c = openTestCabinet(tempDir())
  open.push(c)
  return c
}

/** A digest of every families table's rows, so two runs can be compared exactly. */
function digest(db: WritableDB): string {
  const h = createHash('sha256')
  for (const t of ['family', 'person', 'referral', 'referral_status_history', 'previsit', 'consent', 'medical_info', 'change_history']) {
    for (const row of db.prepare(`SELECT * FROM ${t} ORDER BY id`).raw().all()) h.update(JSON.stringify(row))
  }
  return h.digest('hex')
}

describe('demo centre generator', () => {
  it('is deterministic: the same seed gives the same centre, another seed another', () => {
    const [a, b, c] = [cabinet(), cabinet(), cabinet()]
    generateDemoCentre(a.as('coordinator'), { families: 40, seed: 7 })
    generateDemoCentre(b.as('coordinator'), { families: 40, seed: 7 })
    generateDemoCentre(c.as('coordinator'), { families: 40, seed: 8 })
    expect(digest(a.db)).toBe(digest(b.db))
    expect(digest(a.db)).not.toBe(digest(c.db))
  })

  it('covers every referral source and status, both households, confidential addresses, consents and pre-visits', () => {
    const c = cabinet()
    const summary = generateDemoCentre(c.as('coordinator'), { families: 60, seed: 1 })
    expect(summary.families).toBe(60)
    for (const st of REFERRAL_STATUSES) expect(summary.byStatus[st], st).toBeGreaterThan(0)
    for (const src of REFERRAL_SOURCES) expect(summary.bySource[src], src).toBeGreaterThan(0)
    expect(summary.confidentialAddresses).toBeGreaterThan(0)
    expect(summary.consents).toBeGreaterThan(0)
    expect(summary.medicalEntries).toBeGreaterThan(0)
    expect(summary.previsits).toBeGreaterThan(0)
    const households = c.db.prepare(`SELECT count(DISTINCT household) FROM person WHERE role <> 'child' GROUP BY family_id`).pluck().all() as number[]
    expect(households.every((n) => n === 2)).toBe(true)
    expect(c.db.prepare(`SELECT count(*) FROM referral WHERE court_order = 1`).pluck().get()).toBeGreaterThan(0)
    expect(c.db.prepare(`SELECT count(*) FROM referral WHERE cafcass_involved = 1`).pluck().get()).toBeGreaterThan(0)
    expect(c.db.prepare(`SELECT count(*) FROM (SELECT family_id FROM referral GROUP BY family_id HAVING count(*) > 1)`).pluck().get()).toBeGreaterThan(0)
    // Synthetic contact details are well formed and from reserved ranges.
    for (const p of c.db.prepare(`SELECT postcode, mobile_phone AS m, other_phone AS o, email FROM person WHERE role <> 'child'`).all() as {
      postcode: string
      m: string | null
      o: string | null
      email: string | null
    }[]) {
      expect(normalisePostcode(p.postcode)).toBe(p.postcode)
      if (p.m) expect(p.m).toMatch(/^\+447700900\d{3}$/)
      if (p.o) expect(normalisePhone(p.o)).toBe(p.o)
      if (p.email) expect(p.email).toMatch(/@example\.(org|com)$/)
    }
  })

  it('writes one audit entry for the generation, with counts only', () => {
    const c = cabinet()
    generateDemoCentre(c.as('coordinator'), { families: 5, seed: 3 })
    const rows = c.db.prepare(`SELECT action, detail FROM audit_log`).all() as { action: string; detail: string }[]
    expect(rows).toEqual([{ action: 'demo.generate', detail: expect.any(String) }])
    expect(JSON.parse(rows[0].detail)).toMatchObject({ families: 5, seed: 3 })
  })

  it('refuses a Cabinet that already has families, bad counts, and volunteers', () => {
    const c = cabinet()
    const s = c.as('coordinator')
    expect(() => generateDemoCentre(s, { families: 0, seed: 1 })).toThrow(expect.objectContaining({ code: 'usage', field: 'families' }))
    expect(() => generateDemoCentre(s, { families: 2.5, seed: 1 })).toThrow(expect.objectContaining({ code: 'usage' }))
    expect(() => generateDemoCentre(s, { families: 2, seed: -1 })).toThrow(expect.objectContaining({ code: 'usage', field: 'seed' }))
    expect(() => generateDemoCentre(s, { families: 2, seed: 1, referenceDate: '30/06/2026' })).toThrow(expect.objectContaining({ field: 'referenceDate' }))
    expect(() => generateDemoCentre(c.as('volunteer'), { families: 2, seed: 1 })).toThrow(expect.objectContaining({ code: 'forbidden' }))
    generateDemoCentre(s, { families: 2, seed: 1 })
    expect(() => generateDemoCentre(s, { families: 2, seed: 1 })).toThrow(expect.objectContaining({ code: 'conflict' }))
    expect(c.db.prepare('SELECT count(*) FROM family').pluck().get()).toBe(2)
  })
})
