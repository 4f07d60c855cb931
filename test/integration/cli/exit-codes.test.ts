import { readFileSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CabinetHost } from '../../../electron/core/cabinet'
import { useTempDirs } from '../../helpers/temp-dir'
import { COORDINATOR, cabinetFromNewerVersion, closedCabinet, snapshot } from '../core/host/fixture'
import { asCoordinator, cli, lockOutCoordinator } from './harness'

describe('CLI exit codes: 0 ok, 2 usage, 3 authentication, 4 data', () => {
  const tempDir = useTempDirs()

  it('2: an unknown command', async () => {
    const r = await cli(['frobnicate', '--data-dir', 'x'])
    expect(r).toEqual({ code: 2, out: '', err: 'Unknown command: frobnicate. Run `npm run cli -- help` for the list.' })
  })

  it('2: no --data-dir (and no CABINET_DATA_DIR)', async () => {
    const r = await cli(['status', '--user', 'coord', '--password-stdin'], { stdin: 'x\n' })
    expect(r.code).toBe(2)
    expect(r.err).toContain('Error: Say which data folder: --data-dir D (or set CABINET_DATA_DIR).')
    expect(r.err).toContain('Usage: status --data-dir D')
  })

  it('3: a wrong password', async () => {
    const dir = tempDir()
    closedCabinet(dir)
    const r = await cli(['status', '--data-dir', dir, '--user', COORDINATOR.username], { env: { CABINET_PASSWORD: 'Entirely Wrong Words 9' } })
    expect(r).toEqual({ code: 3, out: '', err: 'Error: Wrong username or password.' })
  })

  it('3: a locked-out account, saying until when', async () => {
    const dir = tempDir()
    closedCabinet(dir)
    lockOutCoordinator(dir)
    const r = await asCoordinator(dir, ['status'])
    expect(r.code).toBe(3)
    expect(r.err).toMatch(/^Error: Too many failed attempts\. Try again at \d\d:\d\d:\d\d \(in \d+ seconds\)\.$/)
  })

  it('4: a missing folder', async () => {
    const dir = join(tempDir(), 'gone')
    const r = await asCoordinator(dir, ['status'])
    expect(r).toEqual({ code: 4, out: '', err: `Error: The data folder ${dir} does not exist.` })
  })

  it('4: a folder in use by another Cabinet', async () => {
    const dir = tempDir()
    closedCabinet(dir)
    const holder = CabinetHost.open(dir)
    try {
      const r = await asCoordinator(dir, ['verify'])
      expect(r).toEqual({ code: 4, out: '', err: 'Error: This Cabinet data folder is already open in this process.' })
    } finally {
      holder.close()
    }
  })

  it('4: a folder that is not a Cabinet, or not yet set up', async () => {
    const foreign = tempDir()
    writeFileSync(join(foreign, 'accounts.xlsx'), 'x')
    const r = await asCoordinator(foreign, ['status'])
    expect(r.code).toBe(4)
    expect(r.err).toBe(`Error: ${foreign} is not a Cabinet data folder (it holds accounts.xlsx and no keyring.json).`)
    const empty = tempDir()
    const e = await asCoordinator(empty, ['status'])
    expect(e).toEqual({ code: 4, out: '', err: `Error: ${empty} has not been set up yet: run \`npm run cli -- init --data-dir ${empty} …\` first.` })
  })

  it('4: a database from a newer Cabinet, left untouched', async () => {
    const dir = tempDir()
    cabinetFromNewerVersion(dir)
    const before = snapshot(dir)
    const r = await asCoordinator(dir, ['status'])
    expect(r.code).toBe(4)
    expect(r.err).toMatch(/^Error: This data folder was written by a newer version of Cabinet \(schema 999;/)
    expect(snapshot(dir)).toEqual(before)
  })

  it('4: a damaged keyring or database, the message naming the file, both left untouched', async () => {
    const dir = tempDir()
    closedCabinet(dir)
    const keyring = join(dir, 'keyring.json')
    const good = readFileSync(keyring)
    writeFileSync(keyring, '{"format": "cabinet-keyring", "vers')
    let before = snapshot(dir)
    const k = await asCoordinator(dir, ['verify'])
    expect(k.code).toBe(4)
    expect(k.err).toBe(`Error: The keyring file ${keyring} is damaged: it is not complete, valid JSON. Restore keyring.json from a backup of this data folder.`)
    expect(snapshot(dir)).toEqual(before)

    writeFileSync(keyring, good)
    const db = join(dir, 'cabinet.db')
    truncateSync(db, 1000)
    before = snapshot(dir)
    const d = await asCoordinator(dir, ['verify'])
    expect(d).toEqual({ code: 4, out: '', err: `Error: The database file ${db} does not match this keyring or is damaged.` })
    expect(snapshot(dir)).toEqual(before)
  })
})
