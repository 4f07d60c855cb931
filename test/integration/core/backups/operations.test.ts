import { mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { dailyBackupDue, startDailyBackups } from '../../../../electron/core/backups/daily'
import { settled } from '../../../../electron/core/backups/jobs'
import { readRegister } from '../../../../electron/core/backups/register'
import type { CabinetHost } from '../../../../electron/core/cabinet'
import { runOperation } from '../../../../electron/core/operations'
import { refusalOf } from '../../../helpers/errors'
import { useTempDirs } from '../../../helpers/temp-dir'
import { COORDINATOR, VOLUNTEER, setUpCabinet } from '../host/fixture'
import { fillCabinet } from './fixture'

const tempDir = useTempDirs()
const hosts: CabinetHost[] = []
afterEach(() => {
  for (const h of hosts.splice(0)) h.close()
})

async function cabinet(opts: { now?: () => Date } = {}) {
  const root = tempDir()
  const made = setUpCabinet(join(root, 'data'), { withVolunteer: true, now: opts.now })
  hosts.push(made.host)
  await fillCabinet(made.host, { families: 2, documentSizes: [1000] })
  const usb = join(root, 'usb')
  mkdirSync(usb)
  return { ...made, usb, root }
}

async function backUp(host: CabinetHost, folder: string) {
  const job = runOperation(host, 'backups.start', { folder })
  return settled(job.id, undefined, 20)
}

describe('P28: backups through the one door', () => {
  it('P28: a coordinator’s backup is audited and registered; the register then says all is well', async () => {
    const c = await cabinet()
    expect(runOperation(c.host, 'backups.status', {}).warning).toMatch(/^No backup has been made yet/)
    const job = await backUp(c.host, c.usb)
    expect(job).toMatchObject({ state: 'done', kind: 'backup', outcome: expect.stringMatching(/^Saved riverside-.*\.cabinet-backup \(.+\) and checked it\.$/) })
    const status = runOperation(c.host, 'backups.status', {})
    expect(status.warning).toBeNull()
    expect(status.backups).toEqual([expect.objectContaining({ folder: c.usb, by: 'app', heldDestroyed: false })])
    const audit = runOperation(c.host, 'app.audit.list', { limit: 5 })
    expect(audit.rows.map((r) => r.action)).toContain('backup.create')
  })

  it('P27: a volunteer may not make, check or restore backups, nor see the register', async () => {
    const c = await cabinet()
    c.host.lock()
    c.host.login(VOLUNTEER.username, VOLUNTEER.password)
    expect((await refusalOf(() => runOperation(c.host, 'backups.start', { folder: c.usb }))).code).toBe('forbidden')
    expect((await refusalOf(() => runOperation(c.host, 'backups.status', {}))).code).toBe('forbidden')
    expect((await refusalOf(() => runOperation(c.host, 'backups.restore', { file: join(c.usb, 'x.cabinet-backup'), recoveryKey: c.recoveryKey }))).code).toBe(
      'conflict',
    )
  })

  it('with nobody logged in a backup still runs (a scheduled one), registered as from the command line', async () => {
    const c = await cabinet()
    c.host.lock()
    const job = await backUp(c.host, c.usb)
    expect(job.state).toBe('done')
    expect(readRegister(c.host.paths).backups).toEqual([expect.objectContaining({ by: 'command line' })])
  })

  it('one job at a time; a cancelled backup leaves nothing on the drive', async () => {
    const c = await cabinet()
    const first = runOperation(c.host, 'backups.start', { folder: c.usb })
    expect((await refusalOf(() => runOperation(c.host, 'backups.start', { folder: c.usb }))).message).toMatch(/already running/)
    runOperation(c.host, 'backups.cancel', { jobId: first.id })
    const ended = await settled(first.id, undefined, 20)
    expect(ended.state).toBe('cancelled')
    expect(readdirSync(c.usb)).toEqual([])
  })

  it('a folder typed without its drive is refused naming the field', async () => {
    const c = await cabinet()
    const e = await refusalOf(() => runOperation(c.host, 'backups.start', { folder: 'usb stick' }))
    expect([e.code, e.field, e.message]).toEqual(['validation', 'folder', expect.stringContaining('starting with a drive letter')])
  })

  it('P17 P28: a backup made before a document was destroyed is flagged: it still holds the document', async () => {
    const c = await cabinet()
    await backUp(c.host, c.usb)
    const [doc] = runOperation(c.host, 'documents.list', {})
    await new Promise((r) => setTimeout(r, 5))
    await runOperation(c.host, 'documents.destroy', { id: doc.id, reason: 'retention_due' })
    const status = runOperation(c.host, 'backups.status', {})
    expect(status.backups[0].heldDestroyed).toBe(true)
    expect(status.lastDisposalAt).not.toBeNull()
  })

  it('overdue after the days the coordinator set (default 7)', async () => {
    let now = new Date('2026-11-01T09:00:00Z')
    const c = await cabinet({ now: () => now })
    await backUp(c.host, c.usb)
    const made = readRegister(c.host.paths).backups[0].createdAt
    now = new Date(Date.parse(made) + 6 * 86_400_000)
    expect(runOperation(c.host, 'backups.status', {}).warning).toBeNull()
    now = new Date(Date.parse(made) + 8 * 86_400_000)
    expect(runOperation(c.host, 'backups.status', {}).warning).toBe('The last backup was made 8 days ago. Make a backup now.')
    runOperation(c.host, 'backups.settings.update', { dailyFolder: null, warnAfterDays: 14 })
    expect(runOperation(c.host, 'backups.status', {}).warning).toBeNull()
  })

  it('P28: a backup passphrase opens backups made after it was set; a wrong one is refused naming the field', async () => {
    const c = await cabinet()
    runOperation(c.host, 'backups.passphrase.set', { passphrase: 'Seven orange lanterns by the weir' })
    expect(runOperation(c.host, 'backups.status', {}).hasPassphrase).toBe(true)
    await backUp(c.host, c.usb)
    const [file] = readdirSync(c.usb)
    c.host.lock()
    const wrong = runOperation(c.host, 'backups.restore', { file: join(c.usb, file), passphrase: 'Seven orange lanterns by the pier' })
    const refused = await settled(wrong.id, undefined, 20)
    expect(refused).toMatchObject({ state: 'failed', error: { code: 'auth', field: 'passphrase' } })
    const right = await settled(
      runOperation(c.host, 'backups.restore', { file: join(c.usb, file), passphrase: 'Seven orange lanterns by the weir' }).id,
      undefined,
      20,
    )
    expect(right.state).toBe('done')
    expect(c.host.login(COORDINATOR.username, COORDINATOR.password).user.username).toBe(COORDINATOR.username)
  })

  it('the daily backup runs when its drive is there, once a day, whoever is logged in', async () => {
    let now = new Date()
    const c = await cabinet({ now: () => now })
    const daily = join(c.root, 'daily-stick')
    runOperation(c.host, 'backups.settings.update', { dailyFolder: daily, warnAfterDays: 7 })
    expect(dailyBackupDue(c.host, now)).toBeNull() // not plugged in
    mkdirSync(daily)
    expect(dailyBackupDue(c.host, now)).toBe(daily)
    const scheduler = startDailyBackups(() => c.host, { now: () => now, everyMs: 3_600_000 })
    try {
      const job = scheduler.check()
      expect(job).not.toBeNull()
      expect((await settled(job!.id, undefined, 20)).state).toBe('done')
      expect(scheduler.check()).toBeNull() // made today already
      now = new Date(now.getTime() + 21 * 3_600_000)
      expect(dailyBackupDue(c.host, now)).toBe(daily)
      rmSync(daily, { recursive: true })
      expect(dailyBackupDue(c.host, now)).toBeNull()
    } finally {
      scheduler.stop()
    }
    expect(readRegister(c.host.paths).backups).toEqual([expect.objectContaining({ by: 'daily', folder: daily })])
  })
})
