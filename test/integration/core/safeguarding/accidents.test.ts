import { afterEach, describe, expect, it } from 'vitest'
import { runOperation } from '../../../../electron/core/operations'
import type { TestCabinet } from '../../../helpers/session'
import { useTempDirs } from '../../../helpers/temp-dir'
import { safeguardingCabinet } from './safeguarding-fixture'

const tempDir = useTempDirs()
let cab: TestCabinet | undefined
afterEach(() => cab?.close())

describe('the accident book', () => {
  it('records an accident to a child of a family, with first aid, witnesses and who was told; a visitor is named in words', () => {
    const f = safeguardingCabinet(tempDir())
    cab = f.cab
    const entry = runOperation(f.s, 'accidents.record', {
      occurredOn: '2026-03-14',
      occurredTime: '11:20',
      location: 'Garden',
      injuredKind: 'child',
      personId: f.jan.id,
      whatHappened: 'Fell from the slide.',
      injury: 'Bump to the forehead',
      firstAid: 'Cold compress',
      firstAidBy: 'Test coordinator',
      witnesses: 'Two volunteers',
      informedWho: 'Resident parent',
      informedAt: '14/03/2026 11:30',
    })
    expect(entry).toMatchObject({ who: "Jan O'Neill", familyId: f.familyId, keptAtLeastUntil: '2045-09-15', riddorReportable: false })
    expect(() =>
      runOperation(f.s, 'accidents.record', {
        occurredOn: '2026-03-14',
        location: 'Hall',
        injuredKind: 'adult',
        personId: f.jan.id,
        whatHappened: 'x',
        injury: 'y',
      }),
    ).toThrow(expect.objectContaining({ code: 'validation', field: 'personId', message: 'Choose an adult of the family.' }))
    expect(() =>
      runOperation(f.s, 'accidents.record', { occurredOn: '2026-03-14', location: 'Hall', injuredKind: 'visitor', whatHappened: 'x', injury: 'y' }),
    ).toThrow(expect.objectContaining({ field: 'injuredName' }))
    const updated = runOperation(f.s, 'accidents.update', {
      id: entry.id,
      occurredOn: '2026-03-14',
      location: 'Garden',
      injuredKind: 'child',
      personId: f.jan.id,
      whatHappened: 'Fell from the slide.',
      injury: 'Bump to the forehead',
      followUp: 'Parent says he is fine.',
    })
    expect(updated.followUp).toBe('Parent says he is fine.')
    expect(runOperation(f.s, 'accidents.list', {})).toHaveLength(1)
    const print = runOperation(f.s, 'accidents.print', { id: entry.id })
    expect(print.centre.name).toBe('Test Contact Centre')
  })
})
