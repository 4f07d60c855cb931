import { afterEach, describe, expect, it } from 'vitest'
import { CabinetHost } from '../../../../electron/core/cabinet'
import { TEST_KDF } from '../../../../electron/core/keyring/keyring'
import { openTestCabinet, type TestCabinet } from '../../../helpers/session'
import { useTempDirs } from '../../../helpers/temp-dir'
import { COORDINATOR, VOLUNTEER, errorOf, setUpCabinet } from './fixture'
import { runOperation } from '../../../../electron/core/operations'

describe('user administration through the host', () => {
  const tempDir = useTempDirs()
  const hosts: CabinetHost[] = []
  afterEach(() => {
    for (const h of hosts.splice(0)) h.close()
  })
  function cabinet(opts: { now?: () => Date } = {}) {
    const made = setUpCabinet(tempDir(), { ...opts, withVolunteer: true })
    hosts.push(made.host)
    return made
  }

  it('P27: adds personal accounts with roles, listed with their names and state', () => {
    const { host } = cabinet()
    const second = runOperation(host, 'app.users.add', {
      username: 'Second.Coord',
      displayName: 'Nowak-Wiśniewska',
      role: 'coordinator',
      password: 'Amber Orchard Tide 19',
    })
    expect(second).toMatchObject({
      username: 'Second.Coord',
      displayName: 'Nowak-Wiśniewska',
      role: 'coordinator',
      disabled: false,
      confidentialityAckAt: null,
    })
    expect(runOperation(host, 'app.users.list', {}).map((u) => [u.username, u.role, u.disabled])).toEqual([
      ['coord', 'coordinator', false],
      ['Second.Coord', 'coordinator', false],
      ['vol', 'volunteer', false],
    ])
  })

  it('refuses a duplicate username (whatever the case) with conflict on the username field, adding nothing', () => {
    const { host } = cabinet()
    for (const username of ['vol', 'VOL', ' vol ']) {
      const e = errorOf(() => runOperation(host, 'app.users.add', { username, displayName: 'Someone', role: 'volunteer', password: 'Amber Orchard Tide 19' }))
      expect({ username, code: e.code, field: e.field }).toEqual({ username, code: 'conflict', field: 'username' })
    }
    expect(runOperation(host, 'app.users.list', {})).toHaveLength(2)
  })

  it('refuses bad new-user input with validation errors that name the field', () => {
    const { host } = cabinet()
    const base = { username: 'newbie', displayName: 'New Person', role: 'volunteer' as const, password: 'Amber Orchard Tide 19' }
    const cases: [Partial<typeof base> | { role: string }, string, RegExp][] = [
      [{ username: '-x' }, 'username', /2 to 32 letters/],
      [{ displayName: '' }, 'displayName', /^Enter a name\.$/],
      [{ displayName: 'x'.repeat(101) }, 'displayName', /^A name can be at most 100 characters\.$/],
      [{ displayName: 'vol_01' }, 'displayName', /^A name may contain only letters/],
      [{ role: 'admin' }, 'role', /Choose coordinator, volunteer or NACCC inspector/],
      [{ password: 'tiny' }, 'password', /at least 12 characters/],
      [{ password: 'Newbienewbie' }, 'password', /your name, your username or a word about the centre/],
    ]
    for (const [change, field, message] of cases) {
      const e = errorOf(() => runOperation(host, 'app.users.add', { ...base, ...change } as typeof base))
      expect({ change, code: e.code, field: e.field }).toEqual({ change, code: 'validation', field })
      expect(e.message).toMatch(message)
    }
    expect(runOperation(host, 'app.users.list', {})).toHaveLength(2)
  })

  it('P27: disables a user: audited, their password no longer opens Cabinet, and not twice', () => {
    const { host } = cabinet()
    const vol = runOperation(host, 'app.users.list', {}).find((u) => u.username === VOLUNTEER.username)!
    runOperation(host, 'app.users.disable', { userId: vol.id })
    expect(runOperation(host, 'app.users.list', {}).find((u) => u.id === vol.id)!.disabled).toBe(true)
    expect(runOperation(host, 'app.audit.list', { action: 'user.disable' }).rows.map((r) => r.recordId)).toEqual([String(vol.id)])
    expect(errorOf(() => runOperation(host, 'app.users.disable', { userId: vol.id })).message).toBe('vol is already disabled.')
    expect(errorOf(() => runOperation(host, 'app.users.disable', { userId: 999 })).code).toBe('not_found')
    expect(errorOf(() => runOperation(host, 'app.users.resetPassword', { userId: vol.id, newPassword: 'Amber Orchard Tide 19' })).code).toBe('conflict')
  })

  it('refuses to disable your own account', () => {
    const { host, session } = cabinet()
    const e = errorOf(() => runOperation(host, 'app.users.disable', { userId: session.user.id }))
    expect(e.code).toBe('conflict')
    expect(e.message).toBe('You cannot disable your own account.')
  })

  it('refuses to disable the last active coordinator (a stale session of a coordinator disabled meanwhile)', () => {
    const cab: TestCabinet = openTestCabinet(tempDir())
    try {
      const stale = cab.as('coordinator', 'stale')
      const last = cab.as('coordinator', 'last')
      cab.db.prepare("UPDATE users SET disabled_at = '2025-01-01T00:00:00.000Z' WHERE id = ?").run(stale.user.id)
      const e = errorOf(() => runOperation(stale, 'app.users.disable', { userId: last.user.id }))
      expect(e.code).toBe('conflict')
      expect(e.message).toBe('This is the only active coordinator; add another coordinator first.')
      expect(cab.db.prepare('SELECT disabled_at FROM users WHERE id = ?').get(last.user.id)).toEqual({ disabled_at: null })
    } finally {
      cab.close()
    }
  })

  it('a coordinator can disable another coordinator while one stays active', () => {
    const { host } = cabinet()
    const other = runOperation(host, 'app.users.add', {
      username: 'other',
      displayName: 'Other Coordinator',
      role: 'coordinator',
      password: 'Amber Orchard Tide 19',
    })
    runOperation(host, 'app.users.disable', { userId: other.id })
    expect(
      runOperation(host, 'app.users.list', {})
        .filter((u) => u.role === 'coordinator' && !u.disabled)
        .map((u) => u.username),
    ).toEqual(['coord'])
  })

  it('resets another user’s password: the old one stops working, the new one works', () => {
    const { host } = cabinet()
    const vol = runOperation(host, 'app.users.list', {}).find((u) => u.username === VOLUNTEER.username)!
    expect(errorOf(() => runOperation(host, 'app.users.resetPassword', { userId: vol.id, newPassword: 'short' })).field).toBe('newPassword')
    runOperation(host, 'app.users.resetPassword', { userId: vol.id, newPassword: 'Amber Orchard Tide 19' })
    expect(runOperation(host, 'app.audit.list', { action: 'user.password_reset' }).rows[0].detail).toBe('{"by":"coordinator"}')
    host.lock()
    expect(errorOf(() => host.login(VOLUNTEER.username, VOLUNTEER.password)).code).toBe('auth')
    expect(host.login(VOLUNTEER.username, 'Amber Orchard Tide 19').user.role).toBe('volunteer')
  })

  it('changes your own password, with field-specific errors for a wrong current or a weak new one', () => {
    const { host } = cabinet()
    const wrong = errorOf(() => runOperation(host, 'app.changeOwnPassword', { currentPassword: 'Not My Password 11', newPassword: 'Amber Orchard Tide 19' }))
    expect({ code: wrong.code, field: wrong.field }).toEqual({ code: 'auth', field: 'currentPassword' })
    const weak = errorOf(() => runOperation(host, 'app.changeOwnPassword', { currentPassword: COORDINATOR.password, newPassword: 'weak' }))
    expect({ code: weak.code, field: weak.field }).toEqual({ code: 'validation', field: 'newPassword' })
    const same = errorOf(() => runOperation(host, 'app.changeOwnPassword', { currentPassword: COORDINATOR.password, newPassword: COORDINATOR.password }))
    expect({ code: same.code, field: same.field }).toEqual({ code: 'validation', field: 'newPassword' })
    runOperation(host, 'app.changeOwnPassword', { currentPassword: COORDINATOR.password, newPassword: 'Amber Orchard Tide 19' })
    expect(runOperation(host, 'app.audit.list', { action: 'user.password_change' }).rows).toHaveLength(1)
    host.lock()
    expect(errorOf(() => host.login(COORDINATOR.username, COORDINATOR.password)).code).toBe('auth')
    host.login(COORDINATOR.username, 'Amber Orchard Tide 19')
  })

  it('P27: a user’s confidentiality acknowledgement is stored with its date, audited, and kept across logins', () => {
    const when = new Date('2025-05-05T12:34:56.000Z')
    const { host, dir } = cabinet({ now: () => when })
    host.lock()
    const s = host.login(VOLUNTEER.username, VOLUNTEER.password)
    expect(s.user.confidentialityAckAt).toBeNull()
    const user = runOperation(host, 'app.acknowledgeConfidentiality', {}).user
    expect(user).toMatchObject({ username: VOLUNTEER.username, confidentialityAckAt: '2025-05-05T12:34:56.000Z' })
    expect(host.state()).toMatchObject({ state: 'unlocked', user: { confidentialityAckAt: '2025-05-05T12:34:56.000Z' } })
    host.lock()
    host.login(COORDINATOR.username, COORDINATOR.password)
    expect(runOperation(host, 'app.users.list', {}).find((u) => u.username === VOLUNTEER.username)!.confidentialityAckAt).toBe('2025-05-05T12:34:56.000Z')
    const ack = runOperation(host, 'app.audit.list', { action: 'user.confidentiality_ack' }).rows
    expect(ack.map((r) => [r.actor, r.recordId, r.at])).toEqual([[VOLUNTEER.username, String(s.user.id), '2025-05-05T12:34:56.000Z']])
    host.close()
    hosts.splice(0)
    const reopened = CabinetHost.open(dir, { kdf: TEST_KDF })
    hosts.push(reopened)
    expect(reopened.login(VOLUNTEER.username, VOLUNTEER.password).user.confidentialityAckAt).toBe('2025-05-05T12:34:56.000Z')
  })
})
