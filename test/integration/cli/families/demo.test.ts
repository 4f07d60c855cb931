import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../../../helpers/temp-dir'
import { VOLUNTEER, closedCabinet } from '../../core/host/fixture'
import { asCoordinator, cli } from '../harness'

describe('npm run cli -- demo', () => {
  const tempDir = useTempDirs()

  it('generates a demo centre and reports it (--json)', async () => {
    const dir = tempDir()
    closedCabinet(dir)
    const r = await asCoordinator(dir, ['demo', '--families', '25', '--seed', '4', '--json'])
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
    const summary = JSON.parse(r.out) as { families: number; seed: number; referenceDate: string; seconds: number }
    expect(summary).toMatchObject({ families: 25, seed: 4, referenceDate: '2026-06-30' })
    expect(typeof summary.seconds).toBe('number')
    const status = await asCoordinator(dir, ['status', '--json'])
    expect((JSON.parse(status.out) as { tables: Record<string, number> }).tables.family).toBe(25)
  })

  it('prints a readable summary, and refuses a second run into the same Cabinet (exit 2)', async () => {
    const dir = tempDir()
    closedCabinet(dir)
    const r = await asCoordinator(dir, ['demo', '--families', '8', '--seed', '1', '--reference-date', '2026-01-31'])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^Demo centre generated in [\d.]+ s \(seed 1, reference date 2026-01-31\): all synthetic data\.$/m)
    expect(r.out).toContain('8 families')
    const again = await asCoordinator(dir, ['demo', '--families', '8', '--seed', '1'])
    expect(again.code).toBe(2)
    expect(again.err).toContain('already has families')
  })

  it('reports bad arguments with the usage (exit 2) before asking for a password', async () => {
    const dir = tempDir()
    for (const args of [
      ['--seed', '1'],
      ['--families', 'ten', '--seed', '1'],
      ['--families', '0', '--seed', '1'],
      ['--families', '3', '--seed', '-2'],
    ]) {
      const r = await cli(['demo', '--data-dir', dir, ...args])
      expect(r.code).toBe(2)
      expect(r.err).toMatch(/--(families|seed)/)
      expect(r.err).toContain('Usage: demo --data-dir D')
    }
  })

  it('is refused for a volunteer (exit 3)', async () => {
    const dir = tempDir()
    closedCabinet(dir, { withVolunteer: true })
    const r = await cli(['demo', '--data-dir', dir, '--user', VOLUNTEER.username, '--password-stdin', '--families', '2', '--seed', '1'], {
      stdin: `${VOLUNTEER.password}\n`,
    })
    expect(r.code).toBe(3)
    expect(r.err).toContain('may not do this')
  })
})
