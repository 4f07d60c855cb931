import { describe, expect, it } from 'vitest'
import { generateDemoCentre } from '../../../electron/core/demo/generate'
import { useTempDirs } from '../../helpers/temp-dir'
import { setUpCabinet } from '../core/host/fixture'
import { asCoordinator } from './harness'

describe('retention report from the command line', () => {
  const tempDir = useTempDirs()

  function demoFolder(): string {
    const dir = tempDir()
    const { host, session } = setUpCabinet(dir)
    generateDemoCentre(session, { families: 12, seed: 4 })
    host.close()
    return dir
  }

  it('P17: says what is due, why and what is held as of a day, and never disposes of anything', async () => {
    const dir = demoFolder()
    const run = await asCoordinator(dir, ['retention', 'report', '--json', '--as-of', '2031-01-01'])
    expect(run.err).toBe('')
    expect(run.code).toBe(0)
    const report = JSON.parse(run.out) as {
      asOf: string
      scheduleVersion: number
      counts: Record<string, number>
      records: { state: string; table: string; reason: string; holdIds: number[] }[]
    }
    expect(report).toMatchObject({ asOf: '2031-01-01', scheduleVersion: 1 })
    expect(report.counts.due).toBeGreaterThan(0)
    expect(report.counts.held).toBeGreaterThan(0)
    const due = report.records.filter((r) => r.state === 'due')
    for (const r of due) expect(r.reason).toMatch(/: due \d{2}\/\d{2}\/\d{4}/)
    for (const r of report.records.filter((x) => x.state === 'held')) expect(r.holdIds.length).toBeGreaterThan(0)

    // Asking again gives the same answer: nothing was removed.
    const again = await asCoordinator(dir, ['retention', 'report', '--json', '--as-of', '2031-01-01'])
    expect(JSON.parse(again.out).records).toEqual(report.records)
    const text = await asCoordinator(dir, ['retention', 'report', '--as-of', '2031-01-01'])
    expect(text.out).toMatch(/^As of 2031-01-01, schedule version 1: \d+ due/)
    expect(text.out).toMatch(/Nothing was disposed of/)
  })

  it('refuses an --as-of that is not a real date, before asking for a password', async () => {
    const run = await asCoordinator(tempDir(), ['retention', 'report', '--as-of', '2031-02-30'])
    expect(run.code).not.toBe(0)
    expect(run.err).toMatch(/--as-of must be a real date written yyyy-MM-dd/)
  })
})
