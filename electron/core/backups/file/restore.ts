import { randomBytes } from 'node:crypto'
import { copyFileSync, createWriteStream, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { once } from 'node:events'
import { anchorAuditHead, anchorProblems } from '../../audit/anchor'
import { appendAudit, verifyAuditChain } from '../../audit/audit'
import { wipe } from '../../crypto/wrap'
import { deriveSubkeys, wipeSubkeys } from '../../crypto/subkeys'
import { openEncryptedDatabase } from '../../db/connection'
import { MIGRATIONS } from '../../db/migrations'
import { CabinetError } from '../../errors'
import { readKeyring } from '../../keyring/format'
import { matchesKeyCheck } from '../../keyring/slots'
import { acquireLock } from '../../lock-file'
import { dataPaths } from '../../paths'
import type { EntrySink, Manifest } from './archive'
import { damaged } from './format'
import { stagingPrefix, swapInRestoredFolder } from './swap'
import { unlockBackup, type BackupCredential } from './unlock'
import { readOpenedBackup } from './verify'

export interface RestoreOptions {
  credential: BackupCredential
  now?: Date
  onProgress?: (bytesDone: number, total: number) => void
  /** Cancel before the swap: the staging folder is removed and the live folder is untouched. */
  signal?: AbortSignal
}

export interface Restored {
  /** Where the data folder that was replaced now is (kept for rollback), or null if there was none. */
  previous: string | null
  createdAt: string
  manifest: Manifest
}

const LATEST_SCHEMA = MIGRATIONS.length

/**
 * Restore `file` into `dataDir`: decrypt and authenticate everything into a staging folder beside
 * it, check every file's hash, the schema version, the database's integrity, the audit chain and
 * its anchor, and only then swap it in (swap.ts), keeping the old folder. Any failure removes the
 * staging folder and leaves the live folder exactly as it was.
 */
export async function restoreBackup(file: string, dataDir: string, options: RestoreOptions): Promise<Restored> {
  const opened = await unlockBackup(file, options.credential)
  const staged = join(dirname(dataDir), `${stagingPrefix(dataDir)}${randomBytes(4).toString('hex')}`)
  try {
    if (opened.header.schemaVersion > LATEST_SCHEMA) {
      throw new CabinetError(
        'newer_version',
        `${file} was made by a newer version of Cabinet (schema ${opened.header.schemaVersion}; this version understands up to ${LATEST_SCHEMA}). Install the newer Cabinet to restore it.`,
        { field: 'file' },
      )
    }
    checkTarget(dataDir)
    mkdirSync(join(staged, 'vault'), { recursive: true, mode: 0o700 })
    const total = statSync(file).size
    const contents = await readOpenedBackup(
      file,
      opened,
      (name) => Promise.resolve(fileSink(join(staged, name))),
      (done) => options.onProgress?.(done, total),
      options.signal,
    )
    options.signal?.throwIfAborted()
    checkStagedFolder(staged, opened.masterKey, file, {
      actor: 'recoveryKey' in options.credential ? 'recovery-key' : 'passphrase' in options.credential ? 'backup-passphrase' : 'system',
      backupCreatedAt: opened.header.createdAt,
      now: options.now ?? new Date(),
    })
    // The live folder must not be in use at the moment of the swap: take its lock to find out,
    // then let go (Windows will not rename a folder holding an open file).
    const previous = existsSync(join(dataDir, 'keyring.json')) ? `${dataDir}.before-restore-${stamp(options.now ?? new Date())}` : null
    if (existsSync(dataDir)) acquireLock(dataPaths(dataDir).lock).release()
    // The register of backups and their settings belong to this PC, not to the backup: keep them.
    const register = join(dataDir, 'backups.json')
    if (existsSync(register)) copyFileSync(register, join(staged, 'backups.json'))
    swapInRestoredFolder(dataDir, staged, previous)
    return { previous, createdAt: opened.header.createdAt, manifest: contents.manifest }
  } catch (e) {
    rmSync(staged, { recursive: true, force: true })
    throw e
  } finally {
    wipe(opened.fileKey, opened.masterKey)
  }
}

/** Restoring over something that is not a Cabinet folder (or an empty one) would lose it: refuse. */
function checkTarget(dataDir: string): void {
  if (!existsSync(dataDir)) return
  const names = readdirSync(dataDir).filter((n) => n !== 'cabinet-lock.db' && n !== 'cabinet.lock')
  if (names.length > 0 && !names.includes('keyring.json')) {
    throw new CabinetError(
      'not_cabinet',
      `${dataDir} is not a Cabinet data folder, so Cabinet will not restore over it. Choose an empty folder or a Cabinet folder.`,
      {
        field: 'dataDir',
      },
    )
  }
}

function fileSink(path: string): EntrySink {
  const out = createWriteStream(path, { flags: 'wx', mode: 0o600 })
  // A failure surfaces through write/close; until then an error must not go unhandled.
  let failed: Error | null = null
  out.on('error', (e) => (failed = e))
  return {
    // Done only once the bytes are written: the reader reuses its buffer for the next ones.
    async write(bytes) {
      if (failed) throw failed
      await new Promise<void>((resolve, reject) => out.write(bytes, (e) => (e ? reject(failed ?? e) : resolve())))
    },
    async close() {
      out.end()
      if (!out.closed) await once(out, 'close')
      if (failed) throw failed
    },
    async abort() {
      out.destroy()
      if (!out.closed) await once(out, 'close')
    },
  }
}

/**
 * The restored folder must open with the backup's own keys and pass every check `verify` runs.
 * Then the restore itself is the first new row of its audit log (P28), anchored like any other.
 */
function checkStagedFolder(staged: string, masterKey: Buffer, file: string, restore: { actor: string; backupCreatedAt: string; now: Date }): void {
  const paths = dataPaths(staged)
  let keyring
  try {
    keyring = readKeyring(paths.keyring)
  } catch {
    throw damaged(file, 'its keyring is not valid')
  }
  if (!matchesKeyCheck(masterKey, keyring.keyCheck)) throw damaged(file, 'its keyring belongs to a different Cabinet')
  const keys = deriveSubkeys(masterKey)
  try {
    const db = openStagedDatabase(paths.database, keys.database, file)
    try {
      const version = db.pragma('user_version', { simple: true }) as number
      if (version > LATEST_SCHEMA) {
        throw new CabinetError('newer_version', `${file} holds a database from a newer version of Cabinet. Install the newer Cabinet to restore it.`, {
          field: 'file',
        })
      }
      const integrity = db.pragma('integrity_check', { simple: true })
      if (integrity !== 'ok') throw damaged(file, `its database fails SQLite's integrity check (${String(integrity)})`)
      const chain = verifyAuditChain(db, keys.auditHmac)
      if (!chain.ok) throw damaged(file, `its audit log does not verify (${chain.problems[0]})`)
      const anchor = anchorProblems(db, paths.keyring, keys.auditAnchor)
      if (anchor.length > 0) throw damaged(file, anchor[0])
      const blobs = db.prepare('SELECT blob_name AS name FROM documents').all() as { name: string }[]
      const present = new Set(readdirSync(paths.vault))
      const missing = blobs.filter((b) => !present.has(b.name)).length
      if (missing > 0) throw damaged(file, `${missing} of its documents have no file`)
      appendAudit(
        db,
        keys.auditHmac,
        { userId: null, name: restore.actor },
        { action: 'backup.restore', recordType: 'backup', recordId: restore.backupCreatedAt },
        restore.now,
      )
      anchorAuditHead(db, paths.keyring, keys.auditAnchor)
      // Fold any write-ahead log into the database, so the restored folder is one file plus the vault.
      db.pragma('wal_checkpoint(TRUNCATE)')
    } finally {
      db.close()
    }
  } finally {
    wipeSubkeys(keys)
  }
}

/** The staged database opened with the backup's own key; a failure is the backup's damage, named by the backup file. */
function openStagedDatabase(path: string, key: Buffer, file: string): ReturnType<typeof openEncryptedDatabase> {
  try {
    return openEncryptedDatabase(path, key)
  } catch {
    throw damaged(file, 'its database does not open with its own key')
  }
}

function stamp(d: Date): string {
  return d.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-')
}
