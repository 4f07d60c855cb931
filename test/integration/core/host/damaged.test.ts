import { readFileSync, truncateSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CabinetHost } from '../../../../electron/core/cabinet'
import { TEST_KDF } from '../../../../electron/core/keyring/keyring'
import { useTempDirs } from '../../../helpers/temp-dir'
import { COORDINATOR, cabinetFromNewerVersion, closedCabinet, errorOf, masterKeyOf, openRawDatabase, snapshot } from './fixture'

const PAGE = 4096

/**
 * P28: a damaged or swapped file is met with a clear error that names it, and Cabinet writes
 * nothing while finding out: every file in the folder is byte-identical afterwards, so whoever
 * investigates (or restores) sees exactly what was there.
 */
describe('P28: damaged data folders', () => {
  const tempDir = useTempDirs()

  /** Logs in to `dir` expecting a failure; checks the host stays locked and no file changed. */
  function loginFails(dir: string, password = COORDINATOR.password) {
    const before = snapshot(dir)
    const host = CabinetHost.open(dir, { kdf: TEST_KDF })
    let e
    try {
      e = errorOf(() => host.login(COORDINATOR.username, password))
      expect(host.state()).toEqual({ state: 'locked' })
      expect(host.session).toBeNull()
    } finally {
      host.close()
    }
    expect(snapshot(dir)).toEqual(before)
    return e
  }

  const db = (dir: string) => join(dir, 'cabinet.db')
  const keyring = (dir: string) => join(dir, 'keyring.json')

  it('P28: a database that does not belong to the keyring (wrong key) is refused as damaged, naming it', () => {
    const dir = tempDir()
    const other = tempDir()
    closedCabinet(dir)
    closedCabinet(other)
    writeFileSync(keyring(dir), readFileSync(keyring(other)))
    const e = loginFails(dir)
    expect(e.code).toBe('damaged')
    expect(e.message).toBe(`The database file ${db(dir)} does not match this keyring or is damaged.`)
  })

  it.each([
    ['to nothing', () => 0, /is empty\. Restore it from a backup\./],
    ['mid-way through the first page', () => 1000, /does not match this keyring or is damaged\./],
    ['to half its pages', (size: number) => Math.floor(size / 2 / PAGE) * PAGE, /is damaged: database disk image is malformed/],
  ])('P28: a database truncated %s is refused as damaged, naming it', (_, cut, message) => {
    const dir = tempDir()
    closedCabinet(dir)
    truncateSync(db(dir), cut(readFileSync(db(dir)).length))
    const e = loginFails(dir)
    expect(e.code).toBe('damaged')
    expect(e.message).toContain(db(dir))
    expect(e.message).toMatch(message)
  })

  it('P28: a flipped byte in the first page is refused as damaged, naming the database', () => {
    const dir = tempDir()
    closedCabinet(dir)
    const bytes = readFileSync(db(dir))
    bytes[200] ^= 0x01
    writeFileSync(db(dir), bytes)
    const e = loginFails(dir)
    expect(e.code).toBe('damaged')
    expect(e.message).toBe(`The database file ${db(dir)} does not match this keyring or is damaged.`)
  })

  it.each(['users', 'audit_log', 'audit_head'])('P28: a flipped byte in a page of %s read at login is refused as damaged, closing everything', (table) => {
    const dir = tempDir()
    const { recoveryKey } = closedCabinet(dir)
    const raw = openRawDatabase(dir, masterKeyOf(dir, recoveryKey))
    const { rootpage } = raw.prepare('SELECT rootpage FROM sqlite_master WHERE name = ?').get(table) as { rootpage: number }
    raw.close()
    const bytes = readFileSync(db(dir))
    bytes[(rootpage - 1) * PAGE + 200] ^= 0x01
    writeFileSync(db(dir), bytes)
    // loginFails also checks no -wal/-shm is left behind: the database was closed.
    const e = loginFails(dir)
    expect(e.code).toBe('damaged')
    expect(e.message).toBe(`The database file ${db(dir)} is damaged: database disk image is malformed. Restore it from a backup.`)
  })

  it('P28: a database from a newer Cabinet is refused with newer_version and left as it was', () => {
    const dir = tempDir()
    cabinetFromNewerVersion(dir)
    const e = loginFails(dir)
    expect(e.code).toBe('newer_version')
    expect(e.message).toMatch(
      /^This data folder was written by a newer version of Cabinet \(schema 999; this version understands up to \d+\)\. Install the newer Cabinet to open it\.$/,
    )
  })

  it('P28: a garbage keyring is refused as damaged, naming it', () => {
    const dir = tempDir()
    closedCabinet(dir)
    writeFileSync(keyring(dir), Buffer.from([0x7b, 0x00, 0xff, 0x13, 0x37]))
    const e = loginFails(dir)
    expect(e.code).toBe('damaged')
    expect(e.message).toBe(
      `The keyring file ${keyring(dir)} is damaged: it is not complete, valid JSON. Restore keyring.json from a backup of this data folder.`,
    )
  })

  it('P28: a keyring asking for a huge scrypt work factor is refused as damaged before any work is done', () => {
    const dir = tempDir()
    closedCabinet(dir)
    const json = JSON.parse(readFileSync(keyring(dir), 'utf8')) as { passwordSlots: { kdf: { N: number; r: number } }[] }
    json.passwordSlots[0].kdf = { ...json.passwordSlots[0].kdf, N: 2 ** 30 }
    writeFileSync(keyring(dir), JSON.stringify(json, null, 2))
    const e = loginFails(dir)
    expect(e.code).toBe('damaged')
    expect(e.message).toContain(`The keyring file ${keyring(dir)} has key-derivation settings beyond Cabinet's limits in the slot for coord`)
  })

  it('P28: a wrong password against a damaged database changes nothing but the failure count', () => {
    const dir = tempDir()
    closedCabinet(dir)
    truncateSync(db(dir), 0)
    const dbBefore = readFileSync(db(dir))
    const host = CabinetHost.open(dir, { kdf: TEST_KDF })
    try {
      expect(errorOf(() => host.login(COORDINATOR.username, 'Entirely Wrong Words 9')).code).toBe('auth')
    } finally {
      host.close()
    }
    expect(readFileSync(db(dir)).equals(dbBefore)).toBe(true)
  })
})
