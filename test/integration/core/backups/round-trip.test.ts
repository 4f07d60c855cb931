import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { writeBackup } from '../../../../electron/core/backups/file/create'
import { unlockBackup } from '../../../../electron/core/backups/file/unlock'
import { verifyOpenedBackup } from '../../../../electron/core/backups/file/verify'
import { CabinetHost } from '../../../../electron/core/cabinet'
import { deriveSubkey } from '../../../../electron/core/crypto/subkeys'
import { openEncryptedDatabase } from '../../../../electron/core/db/connection'
import { TEST_KDF } from '../../../../electron/core/keyring/keyring'
import { refusalOf } from '../../../helpers/errors'
import { useTempDirs } from '../../../helpers/temp-dir'
import { COORDINATOR, masterKeyOf, setUpCabinet } from '../host/fixture'
import { dumpFolder, fillCabinet } from './fixture'

const tempDir = useTempDirs()
const hosts: CabinetHost[] = []
afterEach(() => {
  for (const h of hosts.splice(0)) h.close()
})

async function backedUpCabinet() {
  const dir = tempDir()
  const made = setUpCabinet(join(dir, 'data'))
  hosts.push(made.host)
  await fillCabinet(made.host)
  const usb = join(dir, 'usb')
  mkdirSync(usb)
  return { ...made, dataDir: join(dir, 'data'), usb, root: dir }
}

describe('P28: a backup restores every row and every document byte-identical', () => {
  it('P28 P30: made from the open app, restored into a new folder with the recovery key alone, then a new password logs in', async () => {
    const c = await backedUpCabinet()
    const snapshot = c.host.backupSnapshot()
    const made = await writeBackup(snapshot, c.usb, { label: 'Riverside Child Contact Centre', now: new Date('2026-11-29T10:00:00Z') }).finally(() =>
      snapshot.cleanup(),
    )
    expect(made.fileName).toBe('riverside-child-contact-centre-2026-11-29.cabinet-backup')
    expect(readdirSync(c.usb)).toEqual([made.fileName]) // no partial file left beside it
    expect(existsSync(join(c.dataDir, 'backup-snapshot'))).toBe(false)
    const before = dumpFolder(c.dataDir, masterKeyOf(c.dataDir, c.recoveryKey))

    // A new PC: only the file and the printed recovery key.
    const newPc = join(c.root, 'new-pc')
    const host = CabinetHost.open(newPc, { create: true, kdf: TEST_KDF })
    hosts.push(host)
    const restored = await host.restoreFrom(made.path, { credential: { recoveryKey: c.recoveryKey } })
    expect(restored.previous).toBeNull()
    const after = dumpFolder(newPc, masterKeyOf(newPc, c.recoveryKey))
    expect(after.vault).toEqual(before.vault)
    const { audit_log: auditAfter, audit_head: _headAfter, ...tablesAfter } = after.tables
    const { audit_log: auditBefore, audit_head: _headBefore, ...tablesBefore } = before.tables
    expect(tablesAfter).toEqual(tablesBefore)
    // P28: every audit row came back, and the restore itself is the one row after them.
    const byId = (rows: unknown[]) => rows.map((r) => JSON.parse(r as string) as { id: number }).sort((a, b) => a.id - b.id)
    expect(byId(auditAfter).slice(0, auditBefore.length)).toEqual(byId(auditBefore))
    expect(byId(auditAfter)).toHaveLength(auditBefore.length + 1)
    expect(byId(auditAfter).at(-1)).toMatchObject({ action: 'backup.restore', actor: 'recovery-key', actor_user_id: null })
    const session = host.recover(c.recoveryKey, 'Copper lantern meadow 2027')
    expect(session.user.username).toBe(COORDINATOR.username)
    host.lock()
    expect(host.login(COORDINATOR.username, 'Copper lantern meadow 2027').user.role).toBe('coordinator')
  })

  it('P30: made from a closed folder with no password at all (a scheduled backup), verified with the recovery key', async () => {
    const c = await backedUpCabinet()
    c.host.close()
    hosts.splice(0)
    const host = CabinetHost.open(c.dataDir, { kdf: TEST_KDF })
    hosts.push(host)
    expect(host.state()).toEqual({ state: 'locked' })
    const snapshot = host.backupSnapshot()
    const made = await writeBackup(snapshot, c.usb)
    const opened = await unlockBackup(made.path, { recoveryKey: c.recoveryKey })
    const contents = await verifyOpenedBackup(made.path, opened)
    expect(contents.manifest.files.map((f) => f.name)).toEqual(expect.arrayContaining(['keyring.json', 'cabinet.db']))
    expect(contents.manifest.files.filter((f) => f.name.startsWith('vault/'))).toHaveLength(3)
  })

  it('P30: the open app’s consistent copy of the database is encrypted with its key, never plaintext', async () => {
    const c = await backedUpCabinet()
    const snapshot = c.host.backupSnapshot()
    try {
      const copy = snapshot.sources.find((s) => s.name === 'cabinet.db')!
      const path = join(c.dataDir, 'backup-snapshot', 'cabinet.db')
      expect(copy.size).toBeGreaterThan(0)
      const someone = c.session.db.prepare('SELECT family_name AS name FROM person LIMIT 1').get() as { name: string }
      const bytes = readFileSync(path)
      expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0')
      expect(bytes.includes(Buffer.from(someone.name))).toBe(false)
      // It opens with the database's own key and holds the same rows.
      const opened = openEncryptedDatabase(path, deriveSubkey(masterKeyOf(c.dataDir, c.recoveryKey), 'database'))
      try {
        const count = (db: { prepare(sql: string): { get(): unknown } }) => (db.prepare('SELECT count(*) AS n FROM person').get() as { n: number }).n
        expect(count(opened)).toBe(count(c.session.db))
      } finally {
        opened.close()
      }
    } finally {
      snapshot.cleanup()
    }
    expect(existsSync(join(c.dataDir, 'backup-snapshot'))).toBe(false)
  })

  it('P30: no personal data and no key is readable in the file; a wrong recovery key is refused naming the field', async () => {
    const c = await backedUpCabinet()
    const snapshot = c.host.backupSnapshot()
    const made = await writeBackup(snapshot, c.usb).finally(() => snapshot.cleanup())
    const bytes = readFileSync(made.path)
    const someone = c.session.db.prepare('SELECT given_name AS name FROM person LIMIT 1').get() as { name: string }
    expect(bytes.includes(Buffer.from(someone.name))).toBe(false)
    expect(bytes.includes(Buffer.from('passwordSlots'))).toBe(false) // the keyring travels only inside the sealed payload
    const wrong = await refusalOf(() => unlockBackup(made.path, { recoveryKey: '0000-0000-0000-0000-0000-0000-0000-0000-0000' }))
    expect(wrong.field).toBe('recoveryKey')
  })
})
