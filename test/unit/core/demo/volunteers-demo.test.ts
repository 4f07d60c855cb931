import { afterEach, describe, expect, it } from 'vitest'
import { generateDemoCentre } from '../../../../electron/core/demo/generate'
import { defaultVolunteerCount } from '../../../../electron/core/demo/volunteers'
import { openTestCabinet, type TestCabinet } from '../../../helpers/session'
import { useTempDirs } from '../../../helpers/temp-dir'

const tempDir = useTempDirs()
const opened: TestCabinet[] = []
afterEach(() => {
  for (const c of opened.splice(0)) c.close()
})
function cabinet(): TestCabinet {
  const c = openTestCabinet(tempDir())
  opened.push(c)
  return c
}

describe('demo volunteers', () => {
  it('a handful for a small demo, 300 for the large centre, and as many as asked for', () => {
    expect(defaultVolunteerCount(40)).toBe(4)
    expect(defaultVolunteerCount(200)).toBe(6)
    expect(defaultVolunteerCount(10_000)).toBe(300)
    const c = cabinet()
    const summary = generateDemoCentre(c.as('coordinator'), { families: 3, seed: 5, volunteers: 45 })
    expect(summary.volunteers).toBe(45)
  })

  it('spread over 20 years with leavers, recruited through the steps, with DBS checks superseded and some falling due', () => {
    const c = cabinet()
    generateDemoCentre(c.as('coordinator'), { families: 2, seed: 9, volunteers: 60, referenceDate: '2026-06-30' })
    const one = (sql: string) => c.db.prepare(sql).pluck().get() as number | string
    expect(one('SELECT count(*) FROM volunteers WHERE ended_on IS NOT NULL')).toBeGreaterThanOrEqual(10)
    expect(one('SELECT count(*) FROM volunteers WHERE started_on IS NULL')).toBeGreaterThan(0)
    expect(one('SELECT min(started_on) FROM volunteers') as string).toMatch(/^200[6-9]|^201/)
    expect(one('SELECT count(*) FROM volunteer_dbs WHERE superseded_on IS NOT NULL')).toBeGreaterThan(0)
    expect(one("SELECT count(*) FROM volunteer_dbs WHERE certificate_number GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'")).toBe(
      one('SELECT count(*) FROM volunteer_dbs'),
    )
    expect(one('SELECT count(*) FROM volunteer_reference WHERE received_on IS NULL')).toBeGreaterThan(0)
  })

  it('leaves the families a seed gives unchanged, with or without volunteers', () => {
    const [a, b] = [cabinet(), cabinet()]
    generateDemoCentre(a.as('coordinator'), { families: 10, seed: 3, volunteers: 0 })
    generateDemoCentre(b.as('coordinator'), { families: 10, seed: 3, volunteers: 20 })
    const people = (c: TestCabinet) => c.db.prepare('SELECT given_name, family_name, date_of_birth FROM person ORDER BY id').all()
    expect(people(a)).toEqual(people(b))
    expect(a.db.prepare('SELECT count(*) FROM volunteers').pluck().get()).toBe(0)
  })
})
