import { describe, expect, it } from 'vitest'
import { useTempDirs } from '../../helpers/temp-dir'
import { closedCabinet } from '../core/host/fixture'
import { asCoordinator } from './harness'

describe('npm run cli -- volunteers due', () => {
  const tempDir = useTempDirs()

  it('lists what the volunteers area has due, as text or JSON, and refuses a bad --days before asking for a password', async () => {
    const dir = tempDir()
    closedCabinet(dir)
    expect((await asCoordinator(dir, ['volunteers', 'due'])).out.trim()).toBe('Nothing due.')
    expect((await asCoordinator(dir, ['demo', '--families', '2', '--volunteers', '12', '--seed', '2'])).code).toBe(0)
    const r = await asCoordinator(dir, ['volunteers', 'due', '--days', '366', '--json'])
    expect(r.code).toBe(0)
    const due = JSON.parse(r.out) as { source: string; dueOn: string; href: string }[]
    expect(due.length).toBeGreaterThan(0)
    expect(due.every((d) => d.source.startsWith('volunteers.') && d.href.startsWith('#/volunteers/'))).toBe(true)
    expect(due.map((d) => d.dueOn)).toEqual([...due.map((d) => d.dueOn)].sort())
    const bad = await asCoordinator(dir, ['volunteers', 'due', '--days', 'soon'])
    expect(bad.code).toBe(2)
    expect(bad.err).toContain('--days must be a whole number')
  })
})
