import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { defineApi, op } from '../../../electron/core/operations/spec'
import { implement } from '../../../electron/core/operations/guard'
import { CabinetError } from '../../../electron/core/errors'
import { createDispatcher } from '../../../electron/door/dispatch'
import { CENTRE, COORDINATOR, VOLUNTEER, useAppFixtures } from './app-fixture'

const open = useAppFixtures()

describe('dispatcher: channel and argument checks', () => {
  it('refuses a channel that does not exist, including object-prototype names', async () => {
    const f = open()
    for (const name of ['app.nope', '__proto__', 'toString', 'constructor', '']) {
      const e = await f.fails(name)
      expect(e.code).toBe('usage')
      expect(e.message).toContain('no channel called')
    }
  })

  it('reports the first invalid field by its path and message, and setup writes nothing', async () => {
    const f = open()
    const e = await f.fails('app.setup', { centre: { ...CENTRE, contactPhone: '12345' }, ...COORDINATOR })
    expect(e).toEqual({ code: 'validation', message: 'Enter a UK phone number, like 01225 765432.', field: 'centre.contactPhone' })
    expect(await f.ok('app.state')).toEqual({ state: 'setup' })
  })

  it('never lets a malformed payload reach a handler, so nothing is written', async () => {
    const f = open()
    await f.setUpWithVolunteer()
    const before = f.counts()
    const malformed: [string, unknown][] = [
      ['app.users.add', null],
      ['app.users.add', 'volunteer'],
      ['app.users.add', [VOLUNTEER]],
      ['app.users.add', { ...VOLUNTEER, username: 'new.person', role: 'admin' }],
      ['app.users.add', { ...VOLUNTEER, username: { $gt: '' }, role: 'volunteer' }],
      ['app.users.disable', { userId: '2' }],
      ['app.users.disable', { userId: -1 }],
      ['app.users.resetPassword', { userId: 2, newPassword: 'x' }],
      ['app.centre.update', { ...CENTRE, contactEmail: 'not an email' }],
      ['app.preferences.update', { autoLockMinutes: 100000 }],
      ['app.audit.list', { limit: 'all' }],
    ]
    for (const [name, args] of malformed) {
      const e = await f.fails(name, args)
      expect(e.code, `${name} ${JSON.stringify(args)}`).toBe('validation')
    }
    expect(f.counts()).toEqual(before)
    expect(f.logged).toEqual([])
  })
})

describe('dispatcher: access', () => {
  it('answers public channels when locked and refuses the rest with "locked"', async () => {
    const f = open()
    await f.setUp()
    await f.ok('app.lock')
    expect(await f.ok('app.state')).toEqual({ state: 'locked' })
    for (const name of ['app.users.list', 'app.centre.get', 'app.lock', 'app.audit.list', 'app.acknowledgeConfidentiality']) {
      expect((await f.fails(name)).code).toBe('locked')
    }
  })

  it('P27: a volunteer is refused coordinator channels before any handler runs, and may read the centre name', async () => {
    const f = open()
    await f.setUpWithVolunteer()
    await f.ok('app.lock')
    await f.ok('app.login', { username: VOLUNTEER.username, password: VOLUNTEER.password })
    const before = f.counts()
    const attempts: [string, unknown][] = [
      ['app.users.list', {}],
      ['app.users.add', { username: 'sneaky', displayName: 'Sneaky Person', role: 'coordinator', password: 'another long phrase 9' }],
      ['app.users.disable', { userId: 1 }],
      ['app.users.resetPassword', { userId: 1, newPassword: 'another long phrase 9' }],
      ['app.centre.update', CENTRE],
      ['app.preferences.update', { autoLockMinutes: 120 }],
      ['app.audit.list', {}],
    ]
    for (const [name, args] of attempts) {
      const e = await f.fails(name, args)
      expect(e.code, name).toBe('forbidden')
      expect(e.message).toBe('Your role (volunteer) may not do this.')
    }
    expect(f.counts()).toEqual(before)
    expect(await f.ok<{ name: string }>('app.centre.get')).toMatchObject({ name: CENTRE.name })
    expect(await f.ok('app.preferences.get')).toEqual({ autoLockMinutes: 5 })
  })
})

describe('dispatcher: results and errors', () => {
  it('passes a CabinetError on with its code, message and field', async () => {
    const f = open()
    await f.setUp()
    const e = await f.fails('app.changeOwnPassword', { currentPassword: 'not my password', newPassword: 'brand new phrase 77' })
    expect(e).toEqual({ code: 'auth', message: 'Your current password is not right.', field: 'currentPassword' })
    await f.ok('app.lock')
    expect((await f.fails('app.login', { username: COORDINATOR.username, password: 'wrong password here' })).code).toBe('auth')
  })

  it('sends only what the contract names: the session user, never the session or its keys', async () => {
    const f = open()
    const setup = await f.ok<Record<string, unknown>>('app.setup', { centre: CENTRE, ...COORDINATOR })
    expect(Object.keys(setup).sort()).toEqual(['recoveryKey', 'user'])
    expect(Object.keys(setup.user as object).sort()).toEqual(['confidentialityAckAt', 'displayName', 'id', 'role', 'username'])
    const page = await f.ok<{ rows: Record<string, unknown>[] }>('app.audit.list')
    for (const row of page.rows) {
      expect(row).not.toHaveProperty('mac')
      expect(row).not.toHaveProperty('prevMac')
    }
  })

  it('strips keys a handler adds beyond the result schema, and turns a broken result into an internal error', async () => {
    const f = open()
    const api = defineApi('t', {
      't.extra': op({ args: z.object({}), result: z.object({ a: z.number() }), access: 'public', audit: null }),
      't.broken': op({ args: z.object({}), result: z.object({ a: z.number() }), access: 'public', audit: null }),
    })
    const handlers = { 't.extra': () => ({ a: 1, secret: 'not for the renderer' }), 't.broken': () => ({ a: 'one' }) }
    const logged: string[] = []
    const operations = implement(api, handlers as never)
    const dispatch = createDispatcher(() => f.host, { operations, logError: (l) => logged.push(l) })
    expect(await dispatch('t.extra', {})).toEqual({ ok: true, value: { a: 1 } })
    const broken = await dispatch('t.broken', {})
    expect(broken.ok).toBe(false)
    if (!broken.ok) expect(broken.error.code).toBe('internal')
    expect(logged).toEqual(['cabinet: t.broken returned a result that does not match its spec (a)'])
  })

  it('reports an unexpected error as internal, logging only the channel and the error class', async () => {
    const f = open()
    const api = defineApi('t', {
      't.boom': op({ args: z.object({ name: z.string() }), result: z.null(), access: 'public', audit: null }),
      't.cabinet': op({ args: z.object({}), result: z.null(), access: 'public', audit: null }),
      't.needsSession': op({ args: z.object({}), result: z.null(), access: 'public', audit: null }),
    })
    const handlers = {
      't.boom': (args: { name: string }) => {
        throw new TypeError(`cannot read the record of ${args.name}`)
      },
      't.cabinet': () => {
        throw new CabinetError('conflict', 'That session is already closed.', { field: 'status' })
      },
      't.needsSession': (_a: unknown, ctx: { session: unknown }) => ctx.session && null,
    }
    const logged: string[] = []
    const dispatch = createDispatcher(() => f.host, { operations: implement(api, handlers as never), logError: (l) => logged.push(l) })
    const r = await dispatch('t.boom', { name: 'Siân Jones' })
    expect(r).toEqual({ ok: false, error: { code: 'internal', message: expect.stringContaining('Something went wrong') } })
    expect(JSON.stringify(r)).not.toContain('Siân')
    expect(logged).toEqual(['cabinet: internal error in t.boom: TypeError'])
    expect(await dispatch('t.cabinet', {})).toEqual({ ok: false, error: { code: 'conflict', message: 'That session is already closed.', field: 'status' } })
    // A handler that reads ctx.session while nobody is logged in gets 'locked', not a crash.
    expect(await dispatch('t.needsSession', {})).toEqual({ ok: false, error: { code: 'locked', message: 'Cabinet is locked. Log in to continue.' } })
  })

  it('refuses to start when an operation has no function, or a function no spec', () => {
    const api = defineApi('t', { 't.orphan': op({ args: z.object({}), result: z.null(), access: 'public', audit: null }) })
    expect(() => implement(api, {} as never)).toThrow('operation t.orphan has no function')
    expect(() => implement(api, { 't.orphan': () => null, 't.stray': () => null } as never)).toThrow('operation t.stray has a function but no spec')
  })
})
