import { afterEach, describe, expect, it } from 'vitest'
import { declarationOf } from '../../../../electron/core/data-map'
import { runOperation } from '../../../../electron/core/operations'
import { addYearsLikeSqlite, keptAtLeastUntil } from '../../../../electron/core/safeguarding/retention'
import type { TestCabinet } from '../../../helpers/session'
import { useTempDirs } from '../../../helpers/temp-dir'
import { safeguardingCabinet } from './safeguarding-fixture'

const tempDir = useTempDirs()
let cab: TestCabinet | undefined
afterEach(() => cab?.close())

function triggerOf(table: string): string {
  const d = declarationOf(table)
  if (!d?.personal || !d.trigger) throw new Error(`${table} has no trigger`)
  return d.trigger.sql
}

describe('P11: safeguarding papers and accident-book entries about a child are kept at least until the child is 25', () => {
  it('P11: the leap-day rule: a child born 29/02/2016 turns 25 on 01/03/2041, in TypeScript and in SQLite alike', () => {
    expect(keptAtLeastUntil('2016-02-29')).toBe('2041-03-01')
    expect(addYearsLikeSqlite('2016-02-29', 24)).toBe('2040-02-29')
    expect(keptAtLeastUntil('2018-06-01')).toBe('2043-06-01')
  })

  it('P11: the accident-book class for a child born 29/02/2016 runs from their birth to 01/03/2041', () => {
    const f = safeguardingCabinet(tempDir())
    cab = f.cab
    const ava = f.otherFamily.children[0]
    const entry = runOperation(f.s, 'accidents.record', {
      occurredOn: '2026-03-10',
      location: 'Garden',
      injuredKind: 'child',
      personId: ava.id,
      whatHappened: 'Tripped on the step',
      injury: 'Grazed knee',
    })
    expect(entry.keptAtLeastUntil).toBe('2041-03-01')
    const trigger = f.s.db
      .prepare(`SELECT (${triggerOf('accident')}) FROM accident WHERE id = ?`)
      .pluck()
      .get(entry.id) as string
    expect(trigger).toBe('2016-02-29')
    expect(f.s.db.prepare("SELECT date(?, '+25 years')").pluck().get(trigger)).toBe('2041-03-01')
    expect(declarationOf('accident')).toMatchObject({ retention: 'safeguarding' })
  })

  it('P11: a concern’s clock starts only when it is closed, from the youngest child it names', () => {
    const f = safeguardingCabinet(tempDir())
    cab = f.cab
    runOperation(f.s, 'safeguarding.raise', f.concern({ personIds: [f.zoe.id, f.jan.id, f.sian.id] }))
    const trigger = () =>
      f.s.db
        .prepare(`SELECT (${triggerOf('safeguarding_concern')}) FROM safeguarding_concern`)
        .pluck()
        .get()
    expect(trigger()).toBeNull()
    runOperation(f.s, 'safeguarding.status', { concernId: 1, status: 'closed', closedOn: '2026-03-16', outcome: 'Resolved' })
    expect(trigger()).toBe('2020-09-15')
  })

  it('P10: a complaint is kept for its class from the day it is resolved', () => {
    expect(declarationOf('complaint')).toMatchObject({ retention: 'complaint', trigger: { sql: 'resolved_on' } })
  })
})
