import { describe, expect, it } from 'vitest'
import type { JobView } from '../../../../renderer/features/backups/words'
import { ageWords, jobFraction, phaseWords, progressWords, timeLeftWords } from '../../../../renderer/features/backups/words'
import { restoreFormSchema, settingsFormSchema } from '../../../../renderer/features/backups/forms'

const MB = 1024 * 1024
const START = Date.parse('2026-03-16T10:00:00Z')

function job(over: Partial<JobView>): JobView {
  return {
    id: '6f1c2c4e-9d1b-4a55-8f0e-2a7c1b9d3e10',
    kind: 'backup',
    state: 'running',
    phase: 'writing',
    done: 0,
    total: 0,
    startedAt: new Date(START).toISOString(),
    outcome: null,
    error: null,
    ...over,
  }
}

describe('a backup or restore in progress, in words', () => {
  it('names the phase and the bytes done as Windows counts them', () => {
    expect(phaseWords(job({ phase: 'writing' }))).toBe('Writing the backup')
    expect(phaseWords(job({ phase: 'checking' }))).toBe('Checking the backup')
    expect(phaseWords(job({ kind: 'restore', phase: 'restoring' }))).toBe('Restoring the backup')
    expect(progressWords(job({ done: 12 * MB, total: 40 * MB }))).toBe('12 MB of 40 MB')
    // Checking reads a few bytes of the archive's own manifest beyond the data: never "more than all".
    expect(progressWords(job({ phase: 'checking', done: 40 * MB + 578, total: 40 * MB }))).toBe('40 MB of 40 MB')
    expect(progressWords(job({ total: 0 }))).toBe('Getting ready')
  })

  it('a backup is half writing and half checking; a restore is one pass', () => {
    expect(jobFraction(job({ total: 0 }))).toBeNull()
    expect(jobFraction(job({ done: 10, total: 40 }))).toBeCloseTo(0.125)
    expect(jobFraction(job({ phase: 'checking', done: 20, total: 40 }))).toBeCloseTo(0.75)
    expect(jobFraction(job({ kind: 'restore', phase: 'restoring', done: 20, total: 40 }))).toBeCloseTo(0.5)
  })

  it('estimates the time left from the rate so far, in round words', () => {
    const at = (seconds: number) => START + seconds * 1000
    // A quarter done after 30 s: about 90 s to go.
    expect(timeLeftWords(job({ done: 20, total: 40 }), at(30))).toBe('About 2 minutes left')
    expect(timeLeftWords(job({ done: 10, total: 40 }), at(60))).toBe('About 7 minutes left')
    expect(timeLeftWords(job({ phase: 'checking', done: 30, total: 40 }), at(70))).toBe('About 10 seconds left')
    expect(timeLeftWords(job({ phase: 'checking', done: 39, total: 40 }), at(70))).toBe('A few seconds left')
    expect(timeLeftWords(job({ kind: 'restore', phase: 'restoring', done: 1, total: 40 }), at(100))).toBe('About an hour left')
    expect(timeLeftWords(job({ kind: 'restore', phase: 'restoring', done: 1, total: 100 }), at(100))).toBe('About 3 hours left')
    expect(timeLeftWords(job({ done: 10, total: 40 }), at(90))).toBe('About 11 minutes left')
    expect(timeLeftWords(job({ done: 20, total: 40 }), at(20))).toBe('About a minute left')
  })

  it('does not guess before there is a rate to go on', () => {
    expect(timeLeftWords(job({ total: 0 }), START + 5000)).toBe('Working out the time left')
    expect(timeLeftWords(job({ done: 20, total: 40 }), START + 400)).toBe('Working out the time left')
  })

  it('says how long ago the last backup was', () => {
    expect(ageWords(0)).toBe('today')
    expect(ageWords(1)).toBe('yesterday')
    expect(ageWords(9)).toBe('9 days ago')
  })
})

describe('the backup forms’ own rules', () => {
  it('a blank daily folder means no daily backup; a typed one must be a whole path', () => {
    expect(settingsFormSchema.parse({ dailyFolder: '  ', warnAfterDays: 7 })).toEqual({ dailyFolder: null, warnAfterDays: 7 })
    expect(settingsFormSchema.parse({ dailyFolder: 'E:\\Backups', warnAfterDays: 7 })).toEqual({ dailyFolder: 'E:\\Backups', warnAfterDays: 7 })
    const bad = settingsFormSchema.safeParse({ dailyFolder: 'Backups', warnAfterDays: 0 })
    expect(bad.success).toBe(false)
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['dailyFolder', expect.stringContaining('starting with a drive letter')],
      ['warnAfterDays', 'Enter at least 1 day'],
    ])
  })

  it('a restore asks for the key or the passphrase the user chose, and sends only that', () => {
    const file = 'E:\\riverside-2026-03-16.cabinet-backup'
    expect(restoreFormSchema.parse({ file, method: 'recoveryKey', recoveryKey: ' ABCD-EFGH ', passphrase: 'ignored' })).toEqual({
      file,
      recoveryKey: 'ABCD-EFGH',
    })
    expect(restoreFormSchema.parse({ file, method: 'passphrase', recoveryKey: 'ignored', passphrase: 'Seven orange lanterns' })).toEqual({
      file,
      passphrase: 'Seven orange lanterns',
    })
    const missing = restoreFormSchema.safeParse({ file: 'backup.cabinet-backup', method: 'recoveryKey', recoveryKey: '', passphrase: '' })
    expect(missing.error?.issues.map((i) => i.path.join('.'))).toEqual(['file', 'recoveryKey'])
    const noPassphrase = restoreFormSchema.safeParse({ file, method: 'passphrase', recoveryKey: '', passphrase: '' })
    expect(noPassphrase.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['passphrase', 'Enter the backup passphrase']])
  })
})
