import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CabinetHost } from '../../../../electron/core/cabinet'
import { TEST_KDF, parseRecoveryKey } from '../../../../electron/core/keyring/keyring'
import { useTempDirs } from '../../../helpers/temp-dir'
import { CENTRE, COORDINATOR, errorOf, setUpCabinet } from './fixture'
import { runOperation } from '../../../../electron/core/operations'

describe('CabinetHost lifecycle', () => {
  const tempDir = useTempDirs()

  it('P28: setup creates the encrypted database, keyring and vault, logs the coordinator in and returns a recovery key', () => {
    const dir = join(tempDir(), 'new-folder')
    const host = CabinetHost.open(dir, { create: true, kdf: TEST_KDF })
    try {
      expect(host.state()).toEqual({ state: 'setup' })
      expect(host.session).toBeNull()
      const { recoveryKey, session } = host.setup({ centre: CENTRE, ...COORDINATOR })
      expect(parseRecoveryKey(recoveryKey)).toHaveLength(20)
      expect(host.state()).toEqual({
        state: 'unlocked',
        user: { id: 1, username: COORDINATOR.username, displayName: COORDINATOR.displayName, role: 'coordinator', confidentialityAckAt: null },
      })
      expect(host.session).toBe(session)
      expect(runOperation(host, 'app.centre.get', {})).toEqual(CENTRE)
      expect(
        runOperation(host, 'app.audit.list', {})
          .rows.map((r) => r.action)
          .reverse(),
      ).toEqual(['app.setup', 'user.create'])
      expect(statSync(dir).mode & 0o777).toBe(0o700)
      expect(statSync(join(dir, 'keyring.json')).isFile()).toBe(true)
      expect(statSync(join(dir, 'vault')).isDirectory()).toBe(true)
    } finally {
      host.close()
    }
    // The lock file stays (deleting it could let two processes lock two different files); closing released it.
    CabinetHost.open(dir).close()
  })

  it('lock still locks and wipes the keys when the audit row cannot be written', () => {
    const { host, session } = setUpCabinet(tempDir())
    try {
      const masterKey = (host as unknown as { unlocked: { masterKey: Buffer } }).unlocked.masterKey
      // Simulate a failing write (a full disk, a damaged page): the audit append throws.
      session.db.exec("CREATE TRIGGER fail_audit BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'disk full'); END")
      expect(() => host.lock()).not.toThrow()
      expect(host.state()).toEqual({ state: 'locked' })
      expect(host.session).toBeNull()
      expect(masterKey.every((b) => b === 0)).toBe(true)
    } finally {
      host.close()
    }
  })

  it('lock closes the database, zeroes the master key and subkeys, and leaves the host locked', () => {
    const { host, session } = setUpCabinet(tempDir())
    try {
      const masterKey = (host as unknown as { unlocked: { masterKey: Buffer } }).unlocked.masterKey
      const subkeys = Object.values(session.keys) as Buffer[]
      expect(masterKey.equals(Buffer.alloc(32))).toBe(false)
      host.lock()
      expect(host.state()).toEqual({ state: 'locked' })
      expect(host.session).toBeNull()
      expect(masterKey.equals(Buffer.alloc(32))).toBe(true)
      for (const k of subkeys) expect(k.equals(Buffer.alloc(32))).toBe(true)
      expect(session.db.open).toBe(false)
      expect(errorOf(() => runOperation(host, 'app.users.list', {})).code).toBe('locked')
      expect(errorOf(() => runOperation(host, 'app.centre.get', {})).message).toBe('Cabinet is locked. Log in to continue.')
      host.lock() // locking twice is harmless
      const again = host.login(COORDINATOR.username, COORDINATOR.password)
      expect(again.user.username).toBe(COORDINATOR.username)
      expect(runOperation(host, 'app.audit.list', { limit: 2 }).rows.map((r) => r.action)).toEqual(['auth.login', 'auth.lock'])
    } finally {
      host.close()
    }
  })

  it('refuses a second setup, a login while someone is logged in, and a login before setup', () => {
    const { host } = setUpCabinet(tempDir())
    try {
      expect(errorOf(() => host.setup({ centre: CENTRE, ...COORDINATOR })).code).toBe('conflict')
      const e = errorOf(() => host.login(COORDINATOR.username, COORDINATOR.password))
      expect(e.code).toBe('conflict')
      expect(e.message).toBe('coord is logged in; lock Cabinet first.')
    } finally {
      host.close()
    }
    const fresh = CabinetHost.open(tempDir(), { kdf: TEST_KDF })
    try {
      expect(errorOf(() => fresh.login('coord', 'whatever password')).message).toBe('This Cabinet has not been set up yet.')
    } finally {
      fresh.close()
    }
  })

  it('setup refuses bad input with the field at fault and leaves the folder empty for another try', () => {
    const dir = tempDir()
    const host = CabinetHost.open(dir, { kdf: TEST_KDF })
    try {
      const cases: [Partial<typeof COORDINATOR> & { centreName?: string }, string][] = [
        [{ username: 'a' }, 'username'],
        [{ username: 'has space' }, 'username'],
        [{ displayName: '   ' }, 'displayName'],
        [{ password: 'short' }, 'password'],
        [{ password: 'Coordcoord2024' }, 'password'],
        [{ centreName: ' ' }, 'name'],
      ]
      for (const [change, field] of cases) {
        const e = errorOf(() => host.setup({ centre: { ...CENTRE, name: change.centreName ?? CENTRE.name }, ...COORDINATOR, ...change }))
        expect({ change, code: e.code, field: e.field }).toEqual({ change, code: 'validation', field })
        expect(host.state()).toEqual({ state: 'setup' })
      }
      expect(readdirSync(dir).filter((n) => n !== 'cabinet-lock.db' && n !== 'vault')).toEqual([])
      host.setup({ centre: CENTRE, ...COORDINATOR })
      expect(host.state().state).toBe('unlocked')
    } finally {
      host.close()
    }
  })

  it('a closed host refuses further use', () => {
    const { host } = setUpCabinet(tempDir())
    host.close()
    host.close()
    // A closed host has no session: every operation is refused as locked.
    expect(errorOf(() => runOperation(host, 'app.users.list', {})).code).toBe('locked')
    expect(errorOf(() => host.login(COORDINATOR.username, COORDINATOR.password)).message).toBe('This Cabinet folder has been closed.')
  })
})
