import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CabinetHost } from '../../../electron/core/cabinet'
import { MIGRATIONS } from '../../../electron/core/db/migrations'
import { TEST_KDF } from '../../../electron/core/keyring/keyring'
import { centreDate } from '../../../electron/core/sessions/clock'
import { useTempDirs } from '../../helpers/temp-dir'
import { COORDINATOR, VOLUNTEER, cabinetWithDamagedPage, closedCabinet } from '../core/host/fixture'
import { asCoordinator, cli } from './harness'

const NEW_PASSWORD = 'Copper Lighthouse Fern 58'

/** The folders are set up at TEST_KDF through the host; the CLI then works on them as it would on a real one. */
describe('CLI commands', () => {
  const tempDir = useTempDirs()

  it('status --json reports the schema version, tables with row counts, users and integrity', async () => {
    const dir = tempDir()
    closedCabinet(dir, { withVolunteer: true })
    const r = await asCoordinator(dir, ['status', '--json'])
    expect(r.code).toBe(0)
    const report = JSON.parse(r.out) as Record<string, unknown> & { tables: Record<string, number> }
    expect(Object.keys(report).sort()).toEqual(['integrity', 'latestSchemaVersion', 'schemaVersion', 'tables', 'users'])
    expect(report.schemaVersion).toBe(MIGRATIONS.length)
    expect(report.tables).toMatchObject({ users: 2, audit_head: 1 })
    for (const n of Object.values(report.tables)) expect(Number.isInteger(n)).toBe(true)
    expect(report.users).toEqual([
      { username: 'coord', role: 'coordinator', disabled: false },
      { username: 'vol', role: 'volunteer', disabled: false },
    ])
    expect(report.integrity).toEqual({ quickCheck: 'ok', auditChain: { ok: true, rows: report.tables.audit_log, problems: [] } })
  })

  it('status without --json prints a readable summary', async () => {
    const dir = tempDir()
    closedCabinet(dir)
    const r = await asCoordinator(dir, ['status'])
    expect(r.code).toBe(0)
    expect(r.out).toContain(`Schema version ${MIGRATIONS.length} (this Cabinet understands up to ${MIGRATIONS.length})`)
    expect(r.out).toMatch(/^ {2}users: 1$/m)
    expect(r.out).toContain('  coord (coordinator)')
    expect(r.out).toMatch(/Audit chain: intact \(\d+ rows\)/)
  })

  it('P28: verify exits 0 on an intact Cabinet and 4 on a damaged page, naming the table', async () => {
    const ok = tempDir()
    closedCabinet(ok)
    const good = await asCoordinator(ok, ['verify'])
    expect(good.code).toBe(0)
    expect(good.out.split('\n')).toEqual([
      'ok   integrity_check',
      'ok   every row read (page HMACs)',
      'ok   foreign keys',
      'ok   audit chain',
      'ok   vault documents',
      'Everything checks out.',
    ])

    const bad = tempDir()
    cabinetWithDamagedPage(bad)
    const r = await asCoordinator(bad, ['verify'])
    expect(r.code).toBe(4)
    expect(r.out).toContain('FAIL every row read (page HMACs)\n     table settings could not be read in full: database disk image is malformed')
    expect(r.out).toContain('Verification FAILED')
    const json = await asCoordinator(bad, ['verify', '--json'])
    expect(json.code).toBe(4)
    expect((JSON.parse(json.out) as { ok: boolean }).ok).toBe(false)
  })

  it('P27: users add, list and disable, as the coordinator', async () => {
    const dir = tempDir()
    closedCabinet(dir)
    const add = await asCoordinator(dir, ['users', 'add', '--username', 'helper', '--display-name', 'Nowak-Wiśniewska', '--role', 'volunteer'], NEW_PASSWORD)
    expect(add).toEqual({ code: 0, out: 'Added helper (volunteer).', err: '' })

    const list = await asCoordinator(dir, ['users', 'list'])
    expect(list.out.split('\n')).toEqual(['coord\tcoordinator\tactive\tFfion Prys-Jones', 'helper\tvolunteer\tactive\tNowak-Wiśniewska'])
    const json = await asCoordinator(dir, ['users', 'list', '--json'])
    expect((JSON.parse(json.out) as { username: string }[]).map((u) => u.username)).toEqual(['coord', 'helper'])

    expect(await asCoordinator(dir, ['users', 'disable', '--username', 'helper'])).toEqual({ code: 0, out: 'Disabled helper.', err: '' })
    expect((await asCoordinator(dir, ['users', 'list'])).out).toContain('helper\tvolunteer\tdisabled')
    const login = await cli(['status', '--data-dir', dir, '--user', 'helper'], { env: { CABINET_PASSWORD: NEW_PASSWORD } })
    expect(login).toEqual({ code: 3, out: '', err: 'Error: The account helper is disabled. Ask the coordinator.' })
  })

  it('P19: users add --role inspector needs the last day of the inspection (--expires-on)', async () => {
    const dir = tempDir()
    closedCabinet(dir)
    const inspector = ['users', 'add', '--username', 'ines', '--display-name', 'Ines Price', '--role', 'inspector']
    expect(await asCoordinator(dir, inspector, NEW_PASSWORD)).toMatchObject({
      code: 2,
      err: expect.stringContaining('Enter the last day of the inspection: the inspector cannot log in after it'),
    })
    const lastDay = centreDate(new Date())
    expect(await asCoordinator(dir, [...inspector, '--expires-on', lastDay], NEW_PASSWORD)).toEqual({
      code: 0,
      out: `Added ines (inspector, until ${lastDay}).`,
      err: '',
    })
  })

  it('users add and disable refuse bad input with exit 2', async () => {
    const dir = tempDir()
    closedCabinet(dir)
    const named = ['--display-name', 'Zoë Bartłomiej']
    expect((await asCoordinator(dir, ['users', 'add', '--username', 'x1x', '--role', 'admin', ...named], NEW_PASSWORD)).code).toBe(2)
    expect((await asCoordinator(dir, ['users', 'add', '--role', 'volunteer', ...named], NEW_PASSWORD)).err).toContain('Give the new user’s --username.')
    expect((await asCoordinator(dir, ['users', 'add', '--username', 'x1x', '--role', 'volunteer'], NEW_PASSWORD)).err).toContain(
      'Give the new user’s name as colleagues know it: --display-name NAME.',
    )
    expect((await asCoordinator(dir, ['users', 'add', '--username', 'x1x', '--role', 'volunteer', ...named])).err).toContain('No password for the new user')
    const dup = await asCoordinator(dir, ['users', 'add', '--username', 'COORD', '--role', 'volunteer', ...named], NEW_PASSWORD)
    expect(dup).toMatchObject({ code: 2, err: expect.stringContaining('The username COORD is already taken.') })
    expect(await asCoordinator(dir, ['users', 'disable', '--username', 'ghost'])).toMatchObject({ code: 2, err: 'Error: There is no user called ghost.' })
    expect(await asCoordinator(dir, ['users', 'disable', '--username', 'coord'])).toMatchObject({ code: 2, err: 'Error: You cannot disable your own account.' })
  })

  it('P27: a volunteer running coordinator commands gets exit 3 (forbidden)', async () => {
    const dir = tempDir()
    closedCabinet(dir, { withVolunteer: true })
    for (const argv of [['status'], ['verify'], ['users', 'list']]) {
      const r = await cli([...argv, '--data-dir', dir, '--user', VOLUNTEER.username], { env: { CABINET_PASSWORD: VOLUNTEER.password } })
      expect({ argv, code: r.code }).toEqual({ argv, code: 3 })
      expect(r.err).toMatch(/^Error: Your role \(volunteer\) may not do this/)
    }
  })

  it('passwd changes your own password (stdin: current, then new)', async () => {
    const dir = tempDir()
    closedCabinet(dir)
    expect((await asCoordinator(dir, ['passwd'])).err).toContain('No new password')
    expect(await asCoordinator(dir, ['passwd'], 'weak')).toMatchObject({ code: 2, err: expect.stringContaining('Use at least 12 characters') })
    expect(await asCoordinator(dir, ['passwd'], NEW_PASSWORD)).toEqual({ code: 0, out: 'Your password has been changed.', err: '' })
    expect((await asCoordinator(dir, ['status'])).code).toBe(3)
    const r = await cli(['status', '--data-dir', dir, '--user', COORDINATOR.username], { env: { CABINET_PASSWORD: NEW_PASSWORD } })
    expect(r.code).toBe(0)
  })

  it('passwd --for resets another user’s password', async () => {
    const dir = tempDir()
    closedCabinet(dir, { withVolunteer: true })
    expect(await asCoordinator(dir, ['passwd', '--for', 'ghost'], NEW_PASSWORD)).toMatchObject({ code: 2, err: 'Error: There is no user called ghost.' })
    expect(await asCoordinator(dir, ['passwd', '--for', VOLUNTEER.username], NEW_PASSWORD)).toEqual({
      code: 0,
      out: 'The password of vol has been reset.',
      err: '',
    })
    const old = await cli(['users', 'list', '--data-dir', dir, '--user', VOLUNTEER.username], { env: { CABINET_PASSWORD: VOLUNTEER.password } })
    expect(old.code).toBe(3)
    expect(old.err).toBe('Error: Wrong username or password.')
    const host = CabinetHost.open(dir, { kdf: TEST_KDF })
    try {
      expect(host.login(VOLUNTEER.username, NEW_PASSWORD).user.role).toBe('volunteer')
    } finally {
      host.close()
    }
  })

  it('P28: recover --recovery-key-file sets a new password; a missing key file is exit 2 with a message', async () => {
    const dir = tempDir()
    const { recoveryKey } = closedCabinet(dir)
    const missing = join(tempDir(), 'no-such-key.txt')
    const r = await cli(['recover', '--data-dir', dir, '--recovery-key-file', missing, '--password-stdin'], { stdin: `${NEW_PASSWORD}\n` })
    expect(r.code).toBe(2)
    expect(r.err).toContain(`Error: Cannot read the recovery key file ${missing}: ENOENT.`)
    expect((await cli(['recover', '--data-dir', dir], { env: { CABINET_NEW_PASSWORD: NEW_PASSWORD } })).err).toContain('--recovery-key-file F')

    const keyFile = join(tempDir(), 'recovery.txt')
    writeFileSync(keyFile, `${recoveryKey}\n`)
    expect((await cli(['recover', '--data-dir', dir, '--recovery-key-file', keyFile])).err).toContain('No new password')
    const ok = await cli(['recover', '--data-dir', dir, '--recovery-key-file', keyFile], { env: { CABINET_NEW_PASSWORD: NEW_PASSWORD } })
    expect(ok).toEqual({ code: 0, out: 'Recovered: coord has a new password.', err: '' })
    expect((await asCoordinator(dir, ['status'])).code).toBe(3)
    expect((await cli(['status', '--data-dir', dir, '--user', 'coord'], { env: { CABINET_PASSWORD: NEW_PASSWORD } })).code).toBe(0)

    writeFileSync(keyFile, 'AAAA-BBBB\n')
    const wrong = await cli(['recover', '--data-dir', dir, '--recovery-key-file', keyFile, '--password-stdin'], { stdin: `${NEW_PASSWORD}\n` })
    expect(wrong.code).toBe(2)
    expect(wrong.err).toContain('A recovery key has 36 characters')
  })
})
