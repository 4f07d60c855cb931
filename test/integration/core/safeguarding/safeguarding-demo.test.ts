import { afterEach, describe, expect, it } from 'vitest'
import { generateDemoCentre } from '../../../../electron/core/demo/generate'
import { runOperation } from '../../../../electron/core/operations'
import { openTestCabinet, type TestCabinet } from '../../../helpers/session'
import { useTempDirs } from '../../../helpers/temp-dir'

const tempDir = useTempDirs()
let cab: TestCabinet | undefined
afterEach(() => cab?.close())

describe('the demo centre’s safeguarding concerns, accidents, complaints and feedback', () => {
  it('spreads them over several years through the real operations, with holds on the children concerns name', () => {
    cab = openTestCabinet(tempDir())
    const s = cab.as('coordinator')
    generateDemoCentre(s, { families: 60, seed: 7 })
    const years = (table: string, column: string) => cab!.db.prepare(`SELECT count(DISTINCT substr(${column}, 1, 4)) FROM ${table}`).pluck().get() as number
    const count = (table: string) => cab!.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number
    expect(count('safeguarding_concern')).toBeGreaterThanOrEqual(4)
    expect(count('accident')).toBeGreaterThanOrEqual(6)
    expect(count('complaint')).toBeGreaterThanOrEqual(6)
    expect(count('feedback_response')).toBe(120)
    for (const [table, column] of [
      ['safeguarding_concern', 'occurred_on'],
      ['accident', 'occurred_on'],
      ['complaint', 'received_on'],
      ['feedback_response', 'given_on'],
    ]) {
      expect(years(table, column), table).toBeGreaterThanOrEqual(2)
    }
    const holds = cab.db.prepare("SELECT count(*) FROM record_hold WHERE source_type = 'safeguarding_concern'").pluck().get() as number
    expect(holds).toBe(count('safeguarding_concern'))
    expect(runOperation(s, 'complaints.list', {}).some((c) => c.about === 'data_protection')).toBe(true)
    const report = runOperation(s, 'reports.summary', { from: '2023-07-01', to: '2026-06-30' })
    // The demo's reports show real numbers, not only withheld ones (P06 withholds 1 to 4).
    expect(report.feedback.responses).toEqual({ shown: expect.any(Number) })
    expect(report.feedback.questions.flatMap((q) => q.counts).filter((c) => 'shown' in c.count && c.count.shown > 0).length).toBeGreaterThan(5)
    expect(report.complaints.received).toEqual({ shown: expect.any(Number) })
  })
})
