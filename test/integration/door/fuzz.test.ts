import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { contract } from '../../../electron/contract'
import { ROLES } from '../../../electron/core/auth/roles'
import { generateDemoCentre } from '../../../electron/core/demo/generate'
import { centreDate } from '../../../electron/core/sessions/clock'
import { implement } from '../../../electron/core/operations/guard'
import { defineApi, op } from '../../../electron/core/operations/spec'
import { createDispatcher } from '../../../electron/door/dispatch'
import { VOLUNTEER, useAppFixtures } from './app-fixture'
import { fuzzEveryChannel, fuzzRunsFromEnv } from './fuzz-run'

/*
 * IPC fuzz (issue 15): every channel in the contract, generated malformed payloads through the
 * same dispatcher as IPC, as a coordinator, a volunteer and a NACCC inspector (P19). A small sample per channel here
 * (CABINET_FUZZ_RUNS to change it); `npm run bench -- fuzz` runs 1,000 per channel.
 */

const INSPECTOR = { username: 'inspector.ines', displayName: 'Ines Price', password: 'amber lantern meadow 61' }
const RUNS = fuzzRunsFromEnv(20)
const SEED = Number(process.env.CABINET_FUZZ_SEED ?? 15)
const open = useAppFixtures()

describe('IPC fuzz: malformed payloads on every channel', () => {
  it('P19, P27: each is refused with a typed error (validation, or forbidden for a role without the right), nothing is written and nothing crashes', async () => {
    const f = open()
    await f.setUpWithVolunteer()
    const session = f.host.session!
    generateDemoCentre(session, { families: 3, seed: 1 })
    await f.ok('app.users.add', { ...INSPECTOR, role: 'inspector', expiresOn: centreDate(new Date()) })
    const db = () => f.host.session!.db

    const coordinator = await fuzzEveryChannel({ dispatch: f.dispatch, db, role: 'coordinator', runsPerChannel: RUNS, seed: SEED })
    await f.ok('app.lock')
    await f.ok('app.login', { username: VOLUNTEER.username, password: VOLUNTEER.password })
    const volunteer = await fuzzEveryChannel({ dispatch: f.dispatch, db, role: 'volunteer', runsPerChannel: RUNS, seed: SEED })
    await f.ok('app.lock')
    await f.ok('app.login', { username: INSPECTOR.username, password: INSPECTOR.password })
    const inspector = await fuzzEveryChannel({ dispatch: f.dispatch, db, role: 'inspector', runsPerChannel: RUNS, seed: SEED })

    expect(coordinator.findings, `seed ${SEED}`).toEqual([])
    expect(volunteer.findings, `seed ${SEED}`).toEqual([])
    expect(inspector.findings, `seed ${SEED}`).toEqual([])
    // Every kind of account is fuzzed: a role added later fails here until it is.
    expect([coordinator.role, volunteer.role, inspector.role].sort()).toEqual([...ROLES].sort())
    const channels = Object.keys(contract).length
    expect(coordinator.channels).toBe(channels)
    expect(coordinator.calls).toBe(channels * RUNS)
    expect(volunteer.byCode.forbidden).toBeGreaterThan(0)
    expect(inspector.byCode.forbidden).toBeGreaterThan(volunteer.byCode.forbidden ?? 0)
    expect(f.logged).toEqual([])
    // About 2,600 calls: 15 s on an idle machine, several times that on a busy one.
  }, 300_000)

  it('bites: a door that accepts a malformed payload, writes before refusing it, or throws is reported', async () => {
    const f = open()
    await f.setUp()
    const strict = op({ args: z.strictObject({ id: z.number().int().positive() }), result: z.null(), access: 'session', audit: null })
    const api = defineApi('t', { 't.accepts': strict, 't.writes': strict, 't.throws': strict, 't.fine': strict })
    const operations = implement(api, { 't.accepts': () => null, 't.writes': () => null, 't.throws': () => null, 't.fine': () => null } as never)
    const dispatch = createDispatcher(() => f.host, { operations, logError: () => undefined })
    const db = () => f.host.session!.db
    // Three broken doors, one per fault the fuzzer must catch; 't.fine' goes through the real one.
    const broken: typeof dispatch = (channel, args) => {
      if (channel === 't.accepts') return Promise.resolve({ ok: true, value: null })
      if (channel === 't.throws') return Promise.reject(new TypeError('boom'))
      if (channel === 't.writes') db().prepare(`INSERT INTO settings (key, value) VALUES ('fuzz.' || random(), '1')`).run()
      return dispatch(channel, args)
    }
    const report = await fuzzEveryChannel({ dispatch: broken, db, role: 'coordinator', runsPerChannel: 5, seed: SEED, specs: api, mayCall: () => true })
    const about = (prefix: string) => report.findings.some((l) => l.startsWith(prefix))
    expect(about('t.accepts as coordinator: was accepted')).toBe(true)
    expect(about('t.writes as coordinator: changed the database')).toBe(true)
    expect(about('t.writes as coordinator: row counts or the audit head changed')).toBe(true)
    expect(about('t.throws as coordinator: threw TypeError')).toBe(true)
    expect(about('t.fine')).toBe(false)
  })
})
