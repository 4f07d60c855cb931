import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CabinetHost } from '../../../../electron/core/cabinet'
import type { Session } from '../../../../electron/core/session'
import { useTempDirs } from '../../../helpers/temp-dir'
import { CENTRE, COORDINATOR, VOLUNTEER, setUpCabinet } from './fixture'
import { refusalOf } from '../../../helpers/errors'
import { runOperation } from '../../../../electron/core/operations'

/**
 * P27: the core checks the role itself on every operation, so a volunteer who reaches a function
 * (a bug in the UI, a crafted IPC call) is still refused. The dispatcher's check is a second fence.
 */
describe('P27: a volunteer is refused coordinator work by the core itself', () => {
  const tempDir = useTempDirs()
  let host: CabinetHost
  let volunteer: Session

  beforeEach(() => {
    host = setUpCabinet(tempDir(), { withVolunteer: true }).host
    host.lock()
    volunteer = host.login(VOLUNTEER.username, VOLUNTEER.password)
  })
  afterEach(() => host.close())

  const refused: [string, () => unknown][] = [
    ['listUsers', () => runOperation(host, 'app.users.list', {})],
    [
      'addUser',
      () => runOperation(host, 'app.users.add', { username: 'sneaky', displayName: 'Sneaky', role: 'coordinator', password: 'Amber Orchard Tide 19' }),
    ],
    ['disableUser', () => runOperation(host, 'app.users.disable', { userId: 1 })],
    ['resetPassword', () => runOperation(host, 'app.users.resetPassword', { userId: 1, newPassword: 'Amber Orchard Tide 19' })],
    ['updateCentre', () => runOperation(host, 'app.centre.update', { ...CENTRE, name: 'Taken Over' })],
    ['updatePreferences', () => runOperation(host, 'app.preferences.update', { autoLockMinutes: 120 })],
    ['listAudit', () => runOperation(host, 'app.audit.list', {}).rows],
    ['status', () => runOperation(volunteer, 'app.maintenance.status', {})],
    ['verify', () => runOperation(volunteer, 'app.maintenance.verify', {})],
  ]

  it.each(refused)('P27: %s throws forbidden and changes nothing', async (_, call) => {
    const e = await refusalOf(call)
    expect(e.code).toBe('forbidden')
    expect(e.message).toMatch(/^Your role \(volunteer\) may not do this( \([a-z.A-Z]+\))?\.$/)
    host.lock()
    host.login(COORDINATOR.username, COORDINATOR.password)
    expect(runOperation(host, 'app.users.list', {}).map((u) => [u.username, u.disabled])).toEqual([
      ['coord', false],
      ['vol', false],
    ])
    expect(runOperation(host, 'app.centre.get', {})).toEqual(CENTRE)
    expect(runOperation(host, 'app.preferences.get', {})).toEqual({ autoLockMinutes: 5 })
  })

  it('P27: a volunteer may still read the centre details and preferences, change their own password and acknowledge confidentiality', () => {
    expect(runOperation(host, 'app.centre.get', {}).name).toBe(CENTRE.name)
    expect(runOperation(host, 'app.preferences.get', {})).toEqual({ autoLockMinutes: 5 })
    expect(runOperation(host, 'app.acknowledgeConfidentiality', {}).user.confidentialityAckAt).not.toBeNull()
  })
})
