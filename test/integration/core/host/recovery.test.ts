import { copyFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CabinetHost } from '../../../../electron/core/cabinet'
import { TEST_KDF, formatRecoveryKey } from '../../../../electron/core/keyring/keyring'
import { useTempDirs } from '../../../helpers/temp-dir'
import { CENTRE, COORDINATOR, VOLUNTEER, errorOf, setUpCabinet } from './fixture'
import { runOperation } from '../../../../electron/core/operations'

const NEW_PASSWORD = 'Copper Lighthouse Fern 58'

describe('P28: recovery with the printed recovery key', () => {
  const tempDir = useTempDirs()

  it('P28: sets the coordinator’s new password and logs in; the old password no longer works', () => {
    const { host, recoveryKey } = setUpCabinet(tempDir())
    try {
      host.lock()
      // Typed sloppily: lower case, spaces instead of dashes.
      const s = host.recover(recoveryKey.toLowerCase().replace(/-/g, ' '), NEW_PASSWORD)
      expect(s.user).toMatchObject({ username: COORDINATOR.username, role: 'coordinator' })
      expect(runOperation(host, 'app.audit.list', { limit: 2 }).rows.map((r) => [r.action, r.detail])).toEqual([
        ['user.password_reset', '{"by":"recovery-key"}'],
        ['auth.recovery_unlock', null],
      ])
      host.lock()
      expect(errorOf(() => host.login(COORDINATOR.username, COORDINATOR.password)).code).toBe('auth')
      expect(host.login(COORDINATOR.username, NEW_PASSWORD).user.username).toBe(COORDINATOR.username)
    } finally {
      host.close()
    }
  })

  it('P28: works after every password is forgotten, on a copy of the folder restored to another PC', () => {
    const original = tempDir()
    const { host, recoveryKey } = setUpCabinet(original, { withVolunteer: true })
    runOperation(host, 'app.centre.update', { ...CENTRE, name: 'Restored Centre' })
    host.close()

    const otherPc = join(tempDir(), 'restored')
    mkdirSync(otherPc)
    for (const f of ['cabinet.db', 'keyring.json']) copyFileSync(join(original, f), join(otherPc, f))
    mkdirSync(join(otherPc, 'vault'))

    const restored = CabinetHost.open(otherPc, { kdf: TEST_KDF })
    try {
      expect(restored.state()).toEqual({ state: 'locked' })
      restored.recover(recoveryKey, NEW_PASSWORD)
      expect(runOperation(restored, 'app.centre.get', {}).name).toBe('Restored Centre')
      expect(runOperation(restored, 'app.users.list', {}).map((u) => u.username)).toEqual([COORDINATOR.username, VOLUNTEER.username])
      restored.lock()
      expect(restored.login(COORDINATOR.username, NEW_PASSWORD).user.role).toBe('coordinator')
      // The volunteer's own password still works on the copy.
      restored.lock()
      expect(restored.login(VOLUNTEER.username, VOLUNTEER.password).user.role).toBe('volunteer')
    } finally {
      restored.close()
    }
  })

  it('recovers a named coordinator, but not a volunteer, a disabled coordinator or an unknown user', () => {
    const { host, recoveryKey } = setUpCabinet(tempDir(), { withVolunteer: true })
    try {
      const other = runOperation(host, 'app.users.add', {
        username: 'other',
        displayName: 'Other Coordinator',
        role: 'coordinator',
        password: 'Amber Orchard Tide 19',
      })
      host.lock()
      const vol = errorOf(() => host.recover(recoveryKey, NEW_PASSWORD, VOLUNTEER.username))
      expect({ code: vol.code, field: vol.field, message: vol.message }).toEqual({
        code: 'conflict',
        field: 'username',
        message: "The recovery key resets an active coordinator's password; vol is not one.",
      })
      const unknown = errorOf(() => host.recover(recoveryKey, NEW_PASSWORD, 'ghost'))
      expect({ code: unknown.code, field: unknown.field }).toEqual({ code: 'not_found', field: 'username' })
      expect(host.state()).toEqual({ state: 'locked' })
      expect(host.recover(recoveryKey, NEW_PASSWORD, 'other').user.id).toBe(other.id)
      runOperation(host, 'app.users.disable', { userId: 1 })
      host.lock()
      expect(errorOf(() => host.recover(recoveryKey, NEW_PASSWORD, COORDINATOR.username)).code).toBe('conflict')
    } finally {
      host.close()
    }
  })

  it('refuses a wrong, mistyped or weak-password recovery, leaving the host locked and passwords unchanged', () => {
    const { host, recoveryKey } = setUpCabinet(tempDir())
    try {
      host.lock()
      const wrong = errorOf(() => host.recover(formatRecoveryKey(Buffer.alloc(20, 7)), NEW_PASSWORD))
      expect({ code: wrong.code, field: wrong.field }).toEqual({ code: 'auth', field: 'recoveryKey' })
      const typo = errorOf(() => host.recover(recoveryKey.slice(0, -1) + (recoveryKey.endsWith('0') ? '1' : '0'), NEW_PASSWORD))
      expect({ code: typo.code, field: typo.field }).toEqual({ code: 'validation', field: 'recoveryKey' })
      const weak = errorOf(() => host.recover(recoveryKey, 'weak'))
      expect({ code: weak.code, field: weak.field }).toEqual({ code: 'validation', field: 'newPassword' })
      expect(host.state()).toEqual({ state: 'locked' })
      expect(host.session).toBeNull()
      expect(host.login(COORDINATOR.username, COORDINATOR.password).user.username).toBe(COORDINATOR.username)
    } finally {
      host.close()
    }
  })
})
