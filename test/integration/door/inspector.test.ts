import { describe, expect, it } from 'vitest'
import { contract, type ChannelName, type OperationSpec } from '../../../electron/contract'
import { can } from '../../../electron/core/auth/permissions'
import { CabinetHost } from '../../../electron/core/cabinet'
import { generateDemoCentre } from '../../../electron/core/demo/generate'
import { TEST_KDF } from '../../../electron/core/keyring/keyring'
import { centreDate } from '../../../electron/core/sessions/clock'
import { createDispatcher } from '../../../electron/door/dispatch'
import { useTempDirs } from '../../helpers/temp-dir'
import { CENTRE, COORDINATOR, useAppFixtures, type AppFixture } from './app-fixture'

/*
 * P19: a NACCC inspection views family and HR files, but nothing is recorded or taken off site.
 * The inspector's account reads the files (every file it opens is audited) and is refused every
 * operation that writes, prints or exports, read from the contract itself so that an operation
 * added later is covered without anyone listing it here.
 */

const INSPECTOR = { username: 'inspector.ines', displayName: 'Ines Price', password: 'amber lantern meadow 61' }
const DAY = 24 * 60 * 60 * 1000

function daysFromToday(days: number): string {
  return centreDate(new Date(Date.now() + days * DAY))
}

/**
 * What an inspector may call, all of it reading: the family and HR files and what their screens
 * need. Adding an operation an inspector may call (a new one under one of their permissions, or a
 * permission given to them) fails the test below until it is reviewed here.
 */
const INSPECTOR_MAY_CALL: readonly ChannelName[] = [
  'app.state',
  'app.login',
  'app.lockedUntil',
  'app.lock',
  'app.acknowledgeConfidentiality',
  'app.centre.get',
  'app.preferences.get',
  'families.search',
  'families.get',
  'families.history',
  'families.intake.get',
  'sessions.family',
  'volunteers.list',
  'volunteers.get',
  'volunteers.due',
  'volunteers.settings.get',
]

/** Public operations (no permission in their spec) that refuse a logged-in inspector themselves. */
const PUBLIC_BUT_REFUSED: Partial<Record<ChannelName, string>> = {
  'backups.start': 'forbidden',
  'backups.restore': 'conflict',
  'app.setup': 'conflict',
}

const byPermission = (name: string) => {
  const access = (contract[name as ChannelName] as OperationSpec).access
  return access !== 'public' && access !== 'session'
}

async function centreWithInspector(f: AppFixture): Promise<{ inspectorId: number; volunteerId: number }> {
  await f.setUp()
  generateDemoCentre(f.host.session!, { families: 4, seed: 19 })
  const inspector = await f.ok<{ id: number }>('app.users.add', { ...INSPECTOR, role: 'inspector', expiresOn: daysFromToday(1) })
  // A volunteer with a DBS check on file, so that the HR file has a certificate number to leave out.
  let volunteerId = 0
  for (const { id } of await f.ok<{ id: number }[]>('volunteers.list', { show: 'all' })) {
    const page = await f.ok<{ dbs: { certificateNumber: string | null }[] }>('volunteers.get', { id })
    if (page.dbs.length > 0 && page.dbs.every((d) => typeof d.certificateNumber === 'string')) {
      volunteerId = id
      break
    }
  }
  expect(volunteerId).toBeGreaterThan(0)
  await f.ok('app.lock')
  await f.ok('app.login', { username: INSPECTOR.username, password: INSPECTOR.password })
  return { inspectorId: inspector.id, volunteerId }
}

describe('P19: NACCC inspector accounts', () => {
  const open = useAppFixtures()

  it('P19: the operations an inspector may call are exactly the reading ones the family and HR files need', () => {
    const allowed = (Object.keys(contract) as ChannelName[]).filter((name) => {
      const { access } = contract[name] as OperationSpec
      return access === 'session' || (access !== 'public' && can('inspector', access))
    })
    const publicOnes = (Object.keys(contract) as ChannelName[]).filter((n) => (contract[n] as OperationSpec).access === 'public')
    expect(allowed.sort()).toEqual(INSPECTOR_MAY_CALL.filter((n) => !publicOnes.includes(n)).sort())
  })

  it('P19: an inspector opens family and HR files, sees a confidential address masked and no DBS certificate number, and is refused (forbidden) every operation that writes, prints or exports', async () => {
    const f = open()
    const { volunteerId } = await centreWithInspector(f)
    await f.ok('app.acknowledgeConfidentiality')

    const page = await f.ok<{ rows: { id: number }[] }>('families.search', {})
    expect(page.rows.length).toBe(4)
    const confidential: { address: unknown; addressWithheld?: boolean }[] = []
    for (const { id } of page.rows) {
      const family = await f.ok<{
        referrals: { id: number }[] | null
        medical: unknown
        adults: { addressConfidential: boolean; address: unknown; addressWithheld?: boolean }[]
      }>('families.get', { id })
      confidential.push(...family.adults.filter((a) => a.addressConfidential))
      expect(family.referrals).not.toBeNull()
      expect(family.medical).not.toBeNull()
      await f.ok('families.history', { familyId: id })
      await f.ok('sessions.family', { familyId: id })
      for (const r of family.referrals!) await f.ok('families.intake.get', { referralId: r.id })
    }
    expect(confidential.length).toBeGreaterThan(0)
    for (const adult of confidential) expect(adult).toMatchObject({ address: null, addressWithheld: true })
    const hr = await f.ok<{ dbs: { certificateNumber: string | null; decision: string }[] }>('volunteers.get', { id: volunteerId })
    // The DBS checks are there, without their certificate numbers (as on the register's inspection copy).
    expect(hr.dbs.length).toBeGreaterThan(0)
    for (const d of hr.dbs) expect(d).toMatchObject({ certificateNumber: null, decision: expect.any(String) })
    await f.ok('volunteers.due', {})
    await f.ok('volunteers.settings.get', {})
    await f.ok('app.centre.get', {})

    const refused = (Object.keys(contract) as ChannelName[]).filter((n) => byPermission(n) && !INSPECTOR_MAY_CALL.includes(n))
    // The contract's writes, prints and exports are among them, by name, so the list is not empty by accident.
    for (const name of [
      'families.revealAddress',
      'families.updateAdult',
      'families.checklist.print',
      'documents.list',
      'documents.prepareView',
      'documents.prepareExport',
      'documents.printed',
      'reports.csv',
      'backups.status',
      'app.print.toPdf',
      'app.changeOwnPassword',
      'volunteers.register.print',
      'volunteers.update',
      'volunteers.mine',
      'safeguarding.forFamily',
    ] as const)
      expect(refused).toContain(name)
    expect(refused.filter((n) => n.endsWith('.print'))).toEqual(Object.keys(contract).filter((n) => n.endsWith('.print')))
    const before = f.counts()
    for (const name of refused) {
      const error = await f.fails(name, {})
      expect(`${name}: ${error.code}`).toBe(`${name}: forbidden`)
    }
    for (const [name, code] of Object.entries(PUBLIC_BUT_REFUSED)) {
      const error = await f.fails(
        name,
        name === 'backups.start'
          ? { folder: '/tmp' }
          : name === 'app.setup'
            ? { centre: CENTRE, ...COORDINATOR }
            : { file: '/tmp/x.cabinet-backup', recoveryKey: 'x' },
      )
      expect(`${name}: ${error.code}`).toBe(`${name}: ${code}`)
    }
    expect(f.counts()).toEqual(before)
    expect(f.logged).toEqual([])
  })

  it('P19: every family and HR file an inspector opens is in the audit log, under their name', async () => {
    const f = open()
    const { inspectorId, volunteerId } = await centreWithInspector(f)
    await f.ok('app.acknowledgeConfidentiality')
    const [first] = (await f.ok<{ rows: { id: number }[] }>('families.search', {})).rows
    const family = await f.ok<{ referrals: { id: number }[] }>('families.get', { id: first!.id })
    await f.ok('families.history', { familyId: first!.id })
    await f.ok('sessions.family', { familyId: first!.id })
    await f.ok('families.intake.get', { referralId: family.referrals[0]!.id })
    await f.ok('volunteers.get', { id: volunteerId })

    const rows = f.host.session!.db.prepare('SELECT action, record_type, record_id FROM audit_log WHERE actor_user_id = ? ORDER BY id').all(inspectorId) as {
      action: string
      record_type: string
      record_id: string
    }[]
    expect(rows.map((r) => r.action)).toEqual([
      'auth.login',
      'user.confidentiality_ack',
      'family.view',
      'family.history.view',
      'family.sessions.view',
      'referral.intake.view',
      'volunteer.view',
    ])
    expect(rows.find((r) => r.action === 'family.view')).toMatchObject({ record_type: 'family', record_id: String(first!.id) })
    expect(rows.find((r) => r.action === 'volunteer.view')).toMatchObject({ record_id: String(volunteerId) })
  })

  it('P19: a coordinator adds an inspector only with the last day of the inspection, today or within a month', async () => {
    const f = open()
    await f.setUp()
    const add = (expiresOn?: string) => ({ ...INSPECTOR, role: 'inspector', ...(expiresOn === undefined ? {} : { expiresOn }) })
    expect(await f.fails('app.users.add', add())).toMatchObject({
      code: 'validation',
      field: 'expiresOn',
      message: expect.stringMatching(/last day of the inspection/),
    })
    expect(await f.fails('app.users.add', add(daysFromToday(-2)))).toMatchObject({ field: 'expiresOn', message: 'The last day cannot be in the past' })
    expect(await f.fails('app.users.add', add(daysFromToday(40)))).toMatchObject({ field: 'expiresOn', message: expect.stringMatching(/at most 31 days/) })
    const user = await f.ok<{ role: string; expiresOn: string }>('app.users.add', add(daysFromToday(0)))
    expect(user).toMatchObject({ role: 'inspector', expiresOn: daysFromToday(0) })
    const listed = await f.ok<{ username: string; expiresOn: string | null }[]>('app.users.list', {})
    expect(listed.map((u) => [u.username, u.expiresOn])).toEqual([
      [COORDINATOR.username, null],
      [INSPECTOR.username, daysFromToday(0)],
    ])
  })
})

describe('P19: an inspector cannot log in after the inspection', () => {
  const tempDir = useTempDirs()

  it('P19: login is refused the day after the last day, with a clear message, and the coordinator can disable it sooner', async () => {
    let clock = new Date()
    const host = CabinetHost.open(tempDir(), { create: true, kdf: TEST_KDF, now: () => clock })
    try {
      const dispatch = createDispatcher(() => host, { logError: () => undefined })
      const call = async (name: string, args: unknown = {}) => dispatch(name, args)
      expect((await call('app.setup', { centre: CENTRE, ...COORDINATOR })).ok).toBe(true)
      const lastDay = daysFromToday(1)
      const added = await call('app.users.add', { ...INSPECTOR, role: 'inspector', expiresOn: lastDay })
      expect(added.ok).toBe(true)
      await call('app.lock')

      clock = new Date(Date.now() + DAY)
      expect(await call('app.login', { username: INSPECTOR.username, password: INSPECTOR.password })).toMatchObject({ ok: true })
      await call('app.lock')

      clock = new Date(Date.now() + 2 * DAY)
      const refused = await call('app.login', { username: INSPECTOR.username, password: INSPECTOR.password })
      expect(refused).toMatchObject({ ok: false, error: { code: 'disabled' } })
      const [y, m, d] = lastDay.split('-')
      expect(!refused.ok && refused.error.message).toBe(
        `The account ${INSPECTOR.username} ended on ${d}/${m}/${y}: it was for a visit that is over. Ask the coordinator for a new account if you need one.`,
      )
      expect(host.state().state).toBe('locked')
      // The coordinator still logs in, and may disable the account as any other.
      expect((await call('app.login', { username: COORDINATOR.username, password: COORDINATOR.password })).ok).toBe(true)
      const id = added.ok ? (added.value as { id: number }).id : 0
      expect((await call('app.users.disable', { userId: id })).ok).toBe(true)
    } finally {
      host.close()
    }
  })
})
