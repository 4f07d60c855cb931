import { describe, expect, it } from 'vitest'
import { CENTRE, COORDINATOR, VOLUNTEER, useAppFixtures } from './app-fixture'

const open = useAppFixtures()

interface User {
  id: number
  username: string
  role: string
  disabled: boolean
  confidentialityAckAt: string | null
}
interface AuditPage {
  rows: { id: number; at: string; action: string; actorUserId: number | null }[]
  nextBeforeId: number | null
}

describe('app handlers', () => {
  it('walks first-run setup → unlocked → locked → login', async () => {
    const f = open()
    expect(await f.ok('app.state')).toEqual({ state: 'setup' })
    const { recoveryKey } = await f.setUp()
    expect(recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){8}$/)
    expect(await f.ok('app.state')).toMatchObject({ state: 'unlocked', user: { username: COORDINATOR.username, role: 'coordinator' } })
    expect(await f.ok('app.lock')).toBeNull()
    expect(await f.ok('app.state')).toEqual({ state: 'locked' })
    const { user } = await f.ok<{ user: User }>('app.login', { username: COORDINATOR.username, password: COORDINATOR.password })
    expect(user.username).toBe(COORDINATOR.username)
    expect((await f.fails('app.setup', { centre: CENTRE, ...COORDINATOR })).code).toBe('conflict')
  })

  it('P27: users acknowledge the confidentiality terms on their own account', async () => {
    const f = open()
    await f.setUpWithVolunteer()
    await f.ok('app.lock')
    const { user } = await f.ok<{ user: User }>('app.login', { username: VOLUNTEER.username, password: VOLUNTEER.password })
    expect(user.confidentialityAckAt).toBeNull()
    const ack = await f.ok<{ user: User }>('app.acknowledgeConfidentiality')
    expect(ack.user.confidentialityAckAt).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    expect(await f.ok('app.state')).toMatchObject({ user: { confidentialityAckAt: ack.user.confidentialityAckAt } })
  })

  it('P27: the coordinator adds, lists, resets and disables personal accounts; a disabled account cannot log in', async () => {
    const f = open()
    const { volunteerId } = await f.setUpWithVolunteer()
    const users = await f.ok<User[]>('app.users.list')
    expect(users.map((u) => [u.username, u.role, u.disabled])).toEqual([
      [COORDINATOR.username, 'coordinator', false],
      [VOLUNTEER.username, 'volunteer', false],
    ])
    const taken = await f.fails('app.users.add', { ...VOLUNTEER, role: 'volunteer' })
    expect(taken).toMatchObject({ code: 'conflict', field: 'username' })

    expect(await f.ok('app.users.resetPassword', { userId: volunteerId, newPassword: 'fresh meadow lane 31' })).toBeNull()
    expect(await f.ok('app.users.disable', { userId: volunteerId })).toBeNull()
    expect((await f.ok<User[]>('app.users.list')).find((u) => u.id === volunteerId)?.disabled).toBe(true)
    expect((await f.fails('app.users.disable', { userId: 999 })).code).toBe('not_found')

    await f.ok('app.lock')
    const e = await f.fails('app.login', { username: VOLUNTEER.username, password: 'fresh meadow lane 31' })
    expect(['auth', 'disabled']).toContain(e.code)
  })

  it('changes the own password; the new one logs in', async () => {
    const f = open()
    await f.setUp()
    await f.ok('app.changeOwnPassword', { currentPassword: COORDINATOR.password, newPassword: 'brand new phrase 77' })
    await f.ok('app.lock')
    await f.ok('app.login', { username: COORDINATOR.username, password: 'brand new phrase 77' })
  })

  it('recovers with the recovery key and a new password', async () => {
    const f = open()
    const { recoveryKey } = await f.setUp()
    await f.ok('app.lock')
    const { user } = await f.ok<{ user: User }>('app.recover', { recoveryKey, newPassword: 'recovered phrase 2025', username: '' })
    expect(user.username).toBe(COORDINATOR.username)
    await f.ok('app.lock')
    await f.ok('app.login', { username: COORDINATOR.username, password: 'recovered phrase 2025' })
  })

  it('reports when a username is locked out after repeated failures', async () => {
    const f = open()
    await f.setUp()
    await f.ok('app.lock')
    expect(await f.ok('app.lockedUntil', { username: COORDINATOR.username })).toEqual({ lockedUntil: null })
    for (let i = 0; i < 4; i++) await f.fails('app.login', { username: COORDINATOR.username, password: 'wrong password here' })
    const { lockedUntil } = await f.ok<{ lockedUntil: string | null }>('app.lockedUntil', { username: COORDINATOR.username })
    expect(lockedUntil).toMatch(/^\d{4}-\d{2}-\d{2}T/)
  })

  it('updates centre details and preferences (trimmed), which any user can then read', async () => {
    const f = open()
    await f.setUp()
    const updated = await f.ok('app.centre.update', { ...CENTRE, name: '  Riverside Family Contact  ' })
    expect(updated).toEqual({ ...CENTRE, name: 'Riverside Family Contact' })
    expect(await f.ok('app.centre.get')).toEqual(updated)
    expect(await f.ok('app.preferences.update', { autoLockMinutes: 15 })).toEqual({ autoLockMinutes: 15 })
    expect(await f.ok('app.preferences.get')).toEqual({ autoLockMinutes: 15 })
  })

  it('P28: lists the audit log newest first, filtered by user and action, a page at a time', async () => {
    const f = open()
    await f.setUpWithVolunteer()
    for (let i = 0; i < 3; i++) {
      await f.ok('app.lock')
      await f.ok('app.login', { username: COORDINATOR.username, password: COORDINATOR.password })
    }
    const all = await f.ok<AuditPage>('app.audit.list')
    const ids = all.rows.map((r) => r.id)
    expect(ids).toEqual([...ids].sort((a, b) => b - a))
    expect(all.nextBeforeId).toBeNull()

    const first = await f.ok<AuditPage>('app.audit.list', { limit: 2 })
    expect(first.rows).toHaveLength(2)
    expect(first.nextBeforeId).toBe(first.rows[1].id)
    const second = await f.ok<AuditPage>('app.audit.list', { limit: 2, beforeId: first.nextBeforeId })
    expect(second.rows[0].id).toBeLessThan(first.rows[1].id)

    const logins = await f.ok<AuditPage>('app.audit.list', { action: 'auth.login', userId: 1 })
    expect(logins.rows.length).toBe(3)
    expect(logins.rows.every((r) => r.action === 'auth.login' && r.actorUserId === 1)).toBe(true)

    const from = all.rows[all.rows.length - 1].at.slice(0, 10)
    const to = all.rows[0].at.slice(0, 10)
    expect((await f.ok<AuditPage>('app.audit.list', { from, to })).rows.length).toBe(all.rows.length)
    expect((await f.ok<AuditPage>('app.audit.list', { from: '2000-01-01', to: '2000-12-31' })).rows).toEqual([])
  })
})
