import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../../../helpers/temp-dir'
import { closedCabinet } from '../../core/host/fixture'
import { asCoordinator } from '../harness'

describe('npm run cli -- sessions', () => {
  const tempDir = useTempDirs()

  it('adds a pattern of Saturdays from a script, skipping Boxing Day, and shows a day as JSON', async () => {
    const dir = tempDir()
    closedCabinet(dir)
    const args = ['sessions', 'add-pattern', '--from', '2026-12-12', '--until', '2027-01-09', '--every-weeks', '2', '--starts', '10:00', '--ends', '12:00']
    const r = await asCoordinator(dir, [...args, '--kind', 'supported', '--room', 'Hall'])
    expect(r).toEqual({
      code: 0,
      out: 'Added 2 sessions, 2026-12-12 to 2027-01-09.\n  skipped 2026-12-26: Boxing Day (bank holiday)',
      err: '',
    })
    const day = await asCoordinator(dir, ['sessions', 'day', '--date', '2026-12-12'])
    expect(JSON.parse(day.out)).toMatchObject({ onDate: '2026-12-12', sessions: [{ startsAt: '10:00', room: 'Hall', bookings: [] }] })
    const bad = await asCoordinator(dir, [...args, '--kind', 'weekly'])
    expect([bad.code, bad.err]).toEqual([2, expect.stringContaining('--kind must be one of supported, supervised, handover, indirect.')])
  })
})
