import { describe, expect, it } from 'vitest'
import { CabinetHost } from '../../../../electron/core/cabinet'
import { LockedOutError, TEST_KDF } from '../../../../electron/core/keyring/keyring'
import { useTempDirs } from '../../../helpers/temp-dir'
import { COORDINATOR, VOLUNTEER, errorOf, setUpCabinet } from './fixture'
import { runOperation } from '../../../../electron/core/operations'

const WRONG = 'Wrong Password Entirely 1'

describe('CabinetHost login', () => {
  const tempDir = useTempDirs()

  it('P27: a wrong password or unknown user is refused with auth and the same message', () => {
    const { host } = setUpCabinet(tempDir())
    try {
      host.lock()
      for (const [user, pw] of [
        [COORDINATOR.username, WRONG],
        ['nobody', COORDINATOR.password],
      ]) {
        const e = errorOf(() => host.login(user, pw))
        expect(e.code).toBe('auth')
        expect(e.message).toBe('Wrong username or password.')
        expect(host.state()).toEqual({ state: 'locked' })
      }
      expect(host.login(`  ${COORDINATOR.username.toUpperCase()} `, COORDINATOR.password).user.username).toBe(COORDINATOR.username)
    } finally {
      host.close()
    }
  })

  it('P27: the fourth consecutive failure is locked out until a given time; the failures are audited at the next login', () => {
    let now = new Date('2025-06-02T10:00:00.000Z')
    const { host } = setUpCabinet(tempDir(), { now: () => now })
    try {
      host.lock()
      for (let i = 0; i < 3; i++) expect(errorOf(() => host.login(COORDINATOR.username, WRONG)).code).toBe('auth')
      const e = errorOf(() => host.login(COORDINATOR.username, COORDINATOR.password))
      expect(e).toBeInstanceOf(LockedOutError)
      expect(e.code).toBe('locked_out')
      expect((e as LockedOutError).lockedUntil).toBe('2025-06-02T10:00:01.000Z')
      expect(e.message).toMatch(/^Too many failed attempts\. Try again at \d\d:\d\d:01 \(in 1 second\)\.$/)
      expect(host.lockedUntil(COORDINATOR.username)).toBe('2025-06-02T10:00:01.000Z')
      expect(host.state()).toEqual({ state: 'locked' })

      now = new Date('2025-06-02T10:00:02.000Z')
      expect(host.lockedUntil(COORDINATOR.username)).toBeNull()
      host.login(COORDINATOR.username, COORDINATOR.password)
      const rows = runOperation(host, 'app.audit.list', { limit: 4 }).rows.reverse()
      expect(rows.map((r) => [r.action, r.recordId, r.detail])).toEqual([
        ['auth.login_failed', '1', '{"at":"2025-06-02T10:00:00.000Z"}'],
        ['auth.login_failed', '1', '{"at":"2025-06-02T10:00:00.000Z"}'],
        ['auth.login_failed', '1', '{"at":"2025-06-02T10:00:00.000Z"}'],
        ['auth.login', '1', null],
      ])
      host.lock()
      // A success clears the count: one more mistake is not a lock-out.
      expect(errorOf(() => host.login(COORDINATOR.username, WRONG)).code).toBe('auth')
      expect(host.lockedUntil(COORDINATOR.username)).toBeNull()
    } finally {
      host.close()
    }
  })

  it('P27: a disabled user cannot log in', () => {
    const { host } = setUpCabinet(tempDir(), { withVolunteer: true })
    try {
      const vol = runOperation(host, 'app.users.list', {}).find((u) => u.username === VOLUNTEER.username)!
      runOperation(host, 'app.users.disable', { userId: vol.id })
      host.lock()
      const e = errorOf(() => host.login(VOLUNTEER.username, VOLUNTEER.password))
      expect(e.code).toBe('disabled')
      expect(e.message).toBe('The account vol is disabled. Ask the coordinator.')
      expect(host.state()).toEqual({ state: 'locked' })
    } finally {
      host.close()
    }
  })

  it('P27: a volunteer logs in as a volunteer, with no confidentiality acknowledgement yet', () => {
    const dir = tempDir()
    const { host } = setUpCabinet(dir, { withVolunteer: true })
    host.close()
    const again = CabinetHost.open(dir, { kdf: TEST_KDF })
    try {
      const s = again.login(VOLUNTEER.username, VOLUNTEER.password)
      expect(s.user).toMatchObject({ username: VOLUNTEER.username, displayName: VOLUNTEER.displayName, role: 'volunteer', confidentialityAckAt: null })
      expect(s.can('families.view')).toBe(true)
      expect(s.can('users.manage')).toBe(false)
    } finally {
      again.close()
    }
  })
})
