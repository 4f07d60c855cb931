import { randomBytes } from 'node:crypto'
import { readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openEncryptedDatabase } from '../../../../electron/core/db/connection'
import { errorOf } from '../host/fixture'
import { useTempDirs } from '../../../helpers/temp-dir'

describe('openEncryptedDatabase', () => {
  const tempDir = useTempDirs()

  it('P28: opens with WAL, FULL sync, foreign keys, secure delete and in-memory temp storage, owner-only file', () => {
    const file = join(tempDir(), 'cabinet.db')
    const db = openEncryptedDatabase(file, randomBytes(32), { create: true })
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
      expect(db.pragma('synchronous', { simple: true })).toBe(2) // FULL
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
      expect(db.pragma('secure_delete', { simple: true })).toBe(1)
      expect(db.pragma('temp_store', { simple: true })).toBe(2) // MEMORY
      expect(statSync(file).mode & 0o777).toBe(0o600)
    } finally {
      db.close()
    }
  })

  it('refuses a wrong key with auth, naming the file, and leaves the file as it was', () => {
    const file = join(tempDir(), 'cabinet.db')
    const db = openEncryptedDatabase(file, randomBytes(32), { create: true })
    db.exec('CREATE TABLE t (x TEXT) STRICT')
    db.close()
    const before = readFileSync(file)
    const e = errorOf(() => openEncryptedDatabase(file, randomBytes(32)))
    expect(e.code).toBe('auth')
    expect(e.message).toBe(`The database ${file} could not be decrypted: the key is wrong or the file is damaged.`)
    expect(readFileSync(file).equals(before)).toBe(true)
  })

  it('refuses a file of random bytes the same way, without writing to it', () => {
    const file = join(tempDir(), 'cabinet.db')
    writeFileSync(file, randomBytes(8192))
    const before = readFileSync(file)
    const e = errorOf(() => openEncryptedDatabase(file, randomBytes(32)))
    expect(e.code).toBe('auth')
    expect(e.message).toContain(file)
    expect(readFileSync(file).equals(before)).toBe(true)
  })

  it('refuses a missing file with damaged unless asked to create it', () => {
    const file = join(tempDir(), 'nope.db')
    const e = errorOf(() => openEncryptedDatabase(file, randomBytes(32)))
    expect(e.code).toBe('damaged')
    expect(e.message).toContain(`The database file ${file} could not be opened`)
  })
})
