import { afterEach, describe, expect, it } from 'vitest'
import { runOperation } from '../../../../electron/core/operations'
import { centreDate, centreTime, sessionInstant } from '../../../../electron/core/sessions/clock'
import type { TestCabinet } from '../../../helpers/session'
import { useTempDirs } from '../../../helpers/temp-dir'
import { openSessionsCabinet } from './fixtures'

const tempDir = useTempDirs()
let cab: TestCabinet
afterEach(() => cab?.close())

describe('sessions: recurring patterns', () => {
  it('every other Saturday across the October clock change stays at 10:00 local, and Boxing Day (a Saturday bank holiday) is skipped with its reason', () => {
    const opened = openSessionsCabinet(tempDir())
    cab = opened.cab
    const made = runOperation(opened.coordinator, 'sessions.createSeries', {
      firstOn: '2026-10-17',
      until: '2027-01-09',
      everyWeeks: 2,
      closures: ['2026-11-14'],
      startsAt: '10:00',
      endsAt: '12:00',
      room: 'Hall',
      kind: 'supported',
    })
    expect(made.created.map((s) => s.onDate)).toEqual(['2026-10-17', '2026-10-31', '2026-11-28', '2026-12-12', '2027-01-09'])
    expect(made.skipped).toEqual([
      { onDate: '2026-11-14', reason: 'Centre closed' },
      { onDate: '2026-12-26', reason: 'Boxing Day (bank holiday)' },
    ])
    expect(new Set(made.created.map((s) => s.seriesId)).size).toBe(1)
    expect(made.created.every((s) => s.startsAt === '10:00' && new Date(`${s.onDate}T12:00:00Z`).getUTCDay() === 6)).toBe(true)
    // The same local 10:00 is 09:00 UTC in BST (before 25 October) and 10:00 UTC in GMT after it.
    expect(sessionInstant('2026-10-17', '10:00').toISOString()).toBe('2026-10-17T09:00:00.000Z')
    expect(sessionInstant('2026-10-31', '10:00').toISOString()).toBe('2026-10-31T10:00:00.000Z')
    expect(centreTime(sessionInstant('2026-10-31', '10:00'))).toBe('10:00')
  })

  it('across the March clock change too: 10:00 GMT on 28 March, 10:00 BST on 11 April', () => {
    const opened = openSessionsCabinet(tempDir())
    cab = opened.cab
    const made = runOperation(opened.coordinator, 'sessions.createSeries', {
      firstOn: '2026-03-14',
      until: '2026-04-25',
      everyWeeks: 2,
      startsAt: '10:00',
      endsAt: '12:00',
      kind: 'supervised',
    })
    expect(made.created.map((s) => s.onDate)).toEqual(['2026-03-14', '2026-03-28', '2026-04-11', '2026-04-25'])
    expect(sessionInstant('2026-03-28', '10:00').toISOString()).toBe('2026-03-28T10:00:00.000Z')
    expect(sessionInstant('2026-04-11', '10:00').toISOString()).toBe('2026-04-11T09:00:00.000Z')
    // Just after midnight BST is still the previous evening in UTC: the centre's date is the local one.
    expect(centreDate(new Date('2026-04-10T23:30:00Z'))).toBe('2026-04-11')
  })

  it('refuses a pattern that ends before it starts, or where every date is a bank holiday or closure, naming the field', () => {
    const opened = openSessionsCabinet(tempDir())
    cab = opened.cab
    const base = { everyWeeks: 1, startsAt: '10:00', endsAt: '12:00', kind: 'supported' as const }
    expect(() => runOperation(opened.coordinator, 'sessions.createSeries', { ...base, firstOn: '2026-05-02', until: '2026-04-25' })).toThrow(
      expect.objectContaining({ field: 'until', message: 'The last session must be on or after the first.' }),
    )
    expect(() => runOperation(opened.coordinator, 'sessions.createSeries', { ...base, firstOn: '2026-12-26', until: '2026-12-26' })).toThrow(
      expect.objectContaining({ field: 'until', message: expect.stringMatching(/bank holiday or a closure/) }),
    )
    expect(() => runOperation(opened.coordinator, 'sessions.create', { onDate: '2026-05-02', startsAt: '12:00', endsAt: '10:00', kind: 'supported' })).toThrow(
      expect.objectContaining({ field: 'endsAt' }),
    )
  })
})
