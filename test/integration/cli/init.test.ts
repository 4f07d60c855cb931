import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CabinetHost } from '../../../electron/core/cabinet'
import { parseRecoveryKey } from '../../../electron/core/keyring/keyring'
import { useTempDirs } from '../../helpers/temp-dir'
import { COORDINATOR, closedCabinet } from '../core/host/fixture'
import { cli } from './harness'
import { runOperation } from '../../../electron/core/operations'

const DETAILS = ['--address', '1 Mill Lane', '--controller', 'The Trustees', '--email', 'C@Example.org', '--phone', '0117 496 0123']
const INIT = [
  'init',
  '--centre',
  'Riverside Child Contact Centre',
  '--user',
  COORDINATOR.username,
  '--display-name',
  COORDINATOR.displayName,
  ...DETAILS,
  '--password-stdin',
]

describe('CLI init', () => {
  const tempDir = useTempDirs()

  it('P28: sets up a new Cabinet and prints the recovery key once', async () => {
    const dir = join(tempDir(), 'cabinet-data')
    const r = await cli([...INIT, '--data-dir', dir], { stdin: `${COORDINATOR.password}\n` })
    expect(r.code).toBe(0)
    const lines = r.out.split('\n')
    expect(lines.slice(0, 2)).toEqual([`Cabinet is set up in ${dir}.`, 'Recovery key (shown once; print it and keep it somewhere safe, away from this PC):'])
    expect(parseRecoveryKey(lines[2])).toHaveLength(20)
    expect(readdirSync(dir).sort()).toEqual(['backups.json', 'cabinet-lock.db', 'cabinet.db', 'keyring.json', 'vault'])

    const host = CabinetHost.open(dir)
    try {
      host.recover(lines[2], 'Copper Lighthouse Fern 58')
      expect(runOperation(host, 'app.centre.get', {})).toEqual({
        name: 'Riverside Child Contact Centre',
        address: '1 Mill Lane',
        dataController: 'The Trustees',
        contactEmail: 'c@example.org',
        contactPhone: '0117 496 0123',
      })
      expect(runOperation(host, 'app.users.list', {}).map((u) => [u.username, u.displayName, u.role])).toEqual([
        [COORDINATOR.username, COORDINATOR.displayName, 'coordinator'],
      ])
    } finally {
      host.close()
    }
  })

  it('P28: with --recovery-key-out writes the key to an owner-only file, and never overwrites an existing one', async () => {
    const dir = tempDir()
    const keyFile = join(tempDir(), 'recovery-key.txt')
    const r = await cli([...INIT, '--data-dir', dir, '--recovery-key-out', keyFile], { stdin: `${COORDINATOR.password}\n` })
    expect(r.code).toBe(0)
    expect(r.out).toBe(`Cabinet is set up in ${dir}. The recovery key was written to ${keyFile}: print it, store it safely, then delete the file.`)
    expect(statSync(keyFile).mode & 0o777).toBe(0o600)
    expect(parseRecoveryKey(readFileSync(keyFile, 'utf8').trim())).toHaveLength(20)

    // A second init, pointed at an existing file: refused before anything is set up.
    const other = tempDir()
    writeFileSync(keyFile, 'another Cabinet’s key\n')
    const again = await cli([...INIT, '--data-dir', other, '--recovery-key-out', keyFile], { stdin: `${COORDINATOR.password}\n` })
    expect(again.code).toBe(2)
    expect(again.err).toContain(`Error: ${keyFile} already exists; Cabinet will not overwrite it.`)
    expect(readFileSync(keyFile, 'utf8')).toBe('another Cabinet’s key\n')
    // Only the folder's lock, which holds no data and leaves the folder counting as empty.
    expect(readdirSync(other).filter((n) => n !== 'cabinet-lock.db')).toEqual([])
  })

  it('shows the key instead of losing it when the key file cannot be written', async () => {
    const dir = tempDir()
    const keyFile = join(tempDir(), 'no-such-folder', 'key.txt')
    const r = await cli([...INIT, '--data-dir', dir, '--recovery-key-out', keyFile], { stdin: `${COORDINATOR.password}\n` })
    expect(r.code).toBe(0)
    expect(r.err).toBe(`Could not write the recovery key to ${keyFile} (ENOENT); it is shown below instead.`)
    expect(parseRecoveryKey(r.out.split('\n')[2])).toHaveLength(20)
  })

  it('refuses missing options, a weak password, and an already set-up folder with exit 2, leaving no Cabinet behind', async () => {
    const dir = tempDir()
    expect((await cli(['init', '--data-dir', dir, '--user', 'coord'])).err).toContain('Give the centre name: --centre NAME.')
    expect((await cli(['init', '--data-dir', dir, '--centre', 'C'])).err).toContain('Give the coordinator’s username: --user NAME.')
    expect((await cli(['init', '--data-dir', dir, '--centre', 'C', '--user', 'coord'])).err).toContain('Give the centre’s postal address: --address A.')
    expect((await cli(['init', '--data-dir', dir, '--centre', 'C', '--user', 'coord', ...DETAILS])).err).toContain(
      'Give the coordinator’s name as colleagues know it: --display-name NAME.',
    )
    expect((await cli([...INIT, '--data-dir', dir])).err).toContain('No password given')
    const weak = await cli([...INIT, '--data-dir', dir], { stdin: 'short\n' })
    expect(weak.code).toBe(2)
    expect(weak.err).toContain('Use at least 12 characters')
    expect(readdirSync(dir).filter((n) => n !== 'vault' && n !== 'cabinet-lock.db')).toEqual([])
    expect(existsSync(join(dir, 'keyring.json'))).toBe(false)

    const done = tempDir()
    closedCabinet(done)
    const twice = await cli([...INIT, '--data-dir', done], { stdin: `${COORDINATOR.password}\n` })
    expect(twice).toMatchObject({ code: 2, err: 'Error: This Cabinet is already set up.' })
  })
})
