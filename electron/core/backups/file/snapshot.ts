import { existsSync, linkSync, copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { WritableDB } from '../../db/types'
import { CabinetError } from '../../errors'
import { readKeyring, type KeyringFile } from '../../keyring/format'
import type { DataPaths } from '../../paths'
import { isBlobName } from '../../vault/blob-files'
import type { ArchiveSource } from './archive'

/**
 * What goes into a backup, fixed at one moment: the keyring, the database (still encrypted with
 * its own key: it is copied as ciphertext, never opened into plaintext) and the vault's blobs.
 */
export interface Snapshot {
  sources: ArchiveSource[]
  keyring: KeyringFile
  schemaVersion: number
  /** Remove anything the snapshot made (the app's copy of the database and its links). */
  cleanup(): void
}

/** Where the open app puts its consistent copy while a backup is written; removed after, and at the next open. */
export function snapshotDir(paths: DataPaths): string {
  return join(paths.dir, 'backup-snapshot')
}

function fileSource(name: string, path: string): ArchiveSource {
  return { name, size: statSync(path).size, path }
}

function keyringSource(bytes: Buffer): ArchiveSource {
  return { name: 'keyring.json', size: bytes.length, bytes }
}

function blobNames(vault: string): string[] {
  return existsSync(vault) ? readdirSync(vault).filter(isBlobName).sort() : []
}

function readKeyringBytes(paths: DataPaths): { bytes: Buffer; keyring: KeyringFile } {
  const keyring = readKeyring(paths.keyring)
  return { bytes: readFileSync(paths.keyring), keyring }
}

/**
 * A folder nobody has open (the caller holds its lock): the files as they are. Without the key
 * the write-ahead log cannot be folded into the database, so it travels beside it when present.
 */
export function snapshotClosedFolder(paths: DataPaths): Snapshot {
  const { bytes, keyring } = readKeyringBytes(paths)
  if (keyring.schemaVersion === undefined) {
    throw new CabinetError('conflict', 'Log in to Cabinet once with this version before making a backup from the command line.')
  }
  const sources = [keyringSource(bytes), fileSource('cabinet.db', paths.database)]
  const wal = `${paths.database}-wal`
  if (existsSync(wal) && statSync(wal).size > 0) sources.push(fileSource('cabinet.db-wal', wal))
  for (const name of blobNames(paths.vault)) sources.push(fileSource(`vault/${name}`, join(paths.vault, name)))
  return { sources, keyring, schemaVersion: keyring.schemaVersion, cleanup: () => undefined }
}

/**
 * The open app's folder: the keyring first (its audit anchor must not be ahead of the database),
 * then `VACUUM INTO` a copy of the database (SQLite3 Multiple Ciphers writes it encrypted under
 * the same key: never plaintext, unlike the backup API to an unkeyed file), then hard links to
 * the vault's blobs, so documents added or destroyed while the backup is written change nothing
 * in it. All of it is one synchronous step: no call runs in between.
 */
export function snapshotOpenCabinet(paths: DataPaths, db: WritableDB, schemaVersion: number): Snapshot {
  const dir = snapshotDir(paths)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(join(dir, 'vault'), { recursive: true, mode: 0o700 })
  const cleanup = () => rmSync(dir, { recursive: true, force: true })
  try {
    const { bytes, keyring } = readKeyringBytes(paths)
    const copy = join(dir, 'cabinet.db')
    db.prepare('VACUUM INTO ?').run(copy)
    const sources = [keyringSource(bytes), fileSource('cabinet.db', copy)]
    for (const name of blobNames(paths.vault)) {
      const link = join(dir, 'vault', name)
      try {
        linkSync(join(paths.vault, name), link)
      } catch {
        copyFileSync(join(paths.vault, name), link) // a file system without hard links
      }
      sources.push(fileSource(`vault/${name}`, link))
    }
    return { sources, keyring, schemaVersion, cleanup }
  } catch (e) {
    cleanup()
    throw e
  }
}
