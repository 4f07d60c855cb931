import { copyFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CabinetHost } from '../../../../electron/core/cabinet'
import { TEST_KDF } from '../../../../electron/core/keyring/keyring'
import { runOperation } from '../../../../electron/core/operations'
import { useTempDirs } from '../../../helpers/temp-dir'
import { asCoordinator } from '../../cli/harness'
import { COORDINATOR, errorOf, masterKeyOf, openRawDatabase, setUpCabinet } from '../host/fixture'

/**
 * P28: the audit log cannot be wiped or rolled back unnoticed by someone holding the database
 * key. The head is anchored in keyring.json under a subkey the database key cannot derive.
 */
describe('P28: the audit anchor', () => {
  const tempDir = useTempDirs()

  const auditChainCheck = async (host: CabinetHost) => (await runOperation(host, 'app.maintenance.verify', {})).checks.find((c) => c.name === 'audit chain')

  function someActions(host: CabinetHost, n: number): void {
    for (let i = 0; i < n; i++) runOperation(host, 'app.centre.get', {})
    runOperation(host, 'app.audit.list', { limit: 1 })
  }

  it('P28: normal use (logins, locks, closes, actions) passes verify', async () => {
    const { host } = setUpCabinet(tempDir())
    try {
      someActions(host, 3)
      host.lock()
      host.login(COORDINATOR.username, COORDINATOR.password)
      someActions(host, 2)
      expect(await auditChainCheck(host)).toEqual({ name: 'audit chain', ok: true, problems: [] })
    } finally {
      host.close()
    }
  })

  it('P28: wiping every audit row and the head is found by verify and refused at login', async () => {
    const dir = tempDir()
    const { host, session, recoveryKey } = setUpCabinet(dir)
    try {
      someActions(host, 2)
      // The attacker's view: the database key, so the triggers can be dropped and rows deleted.
      session.db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log; DELETE FROM audit_head;')
      const check = await auditChainCheck(host)
      expect(check?.ok).toBe(false)
      expect(check?.problems).toContain('the audit head record is missing: the audit log has been wiped or damaged')
      expect(check?.problems.join(' ')).toMatch(/the audit log has been wiped: the database has no audit head, but keyring\.json records row \d+/)
    } finally {
      host.close()
    }
    // Wiped again after the close (the lock row re-created a head): done on the closed folder.
    const db = openRawDatabase(dir, masterKeyOf(dir, recoveryKey))
    db.exec('DELETE FROM audit_log; DELETE FROM audit_head;')
    db.close()
    const again = CabinetHost.open(dir, { kdf: TEST_KDF })
    try {
      const e = errorOf(() => again.login(COORDINATOR.username, COORDINATOR.password))
      expect(e.code).toBe('integrity')
      expect(e.message).toMatch(/the audit log has been wiped/)
      expect(again.state()).toEqual({ state: 'locked' })
    } finally {
      again.close()
    }
  })

  it('P28: an earlier copy of cabinet.db put back after more work is reported as a rollback by login and by the CLI verify', async () => {
    const dir = tempDir()
    const { host } = setUpCabinet(dir)
    someActions(host, 3)
    host.close()
    const copy = join(tempDir(), 'cabinet.db')
    copyFileSync(join(dir, 'cabinet.db'), copy)

    const later = CabinetHost.open(dir, { kdf: TEST_KDF })
    later.login(COORDINATOR.username, COORDINATOR.password)
    someActions(later, 5)
    later.lock()
    later.close()

    for (const f of ['cabinet.db-wal', 'cabinet.db-shm']) rmSync(join(dir, f), { force: true })
    copyFileSync(copy, join(dir, 'cabinet.db'))
    const rolledBack = CabinetHost.open(dir, { kdf: TEST_KDF })
    try {
      const e = errorOf(() => rolledBack.login(COORDINATOR.username, COORDINATOR.password))
      expect(e.code).toBe('integrity')
      expect(e.message).toMatch(/the audit log ends at row \d+ but keyring\.json records row \d+: the database has been rolled back to an earlier copy/)
      expect(e.message).toContain('restore keyring.json from the same backup too')
    } finally {
      rolledBack.close()
    }
    const r = await asCoordinator(dir, ['verify'])
    expect(r.code).toBe(4)
    expect(r.err).toMatch(/rolled back to an earlier copy/)
  })
})
