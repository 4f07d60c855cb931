import { join } from 'node:path'

/**
 * The data folder holds exactly these and nothing else, none of it plaintext personal data:
 * the encrypted database (and its WAL/SHM), the keyring, a lock file, and vault/ of encrypted
 * document blobs.
 */
export interface DataPaths {
  dir: string
  database: string
  keyring: string
  /** A tiny SQLite file whose exclusive lock is held while the folder is open (see lock-file.ts). */
  lock: string
  /** The first release's pid lock file, removed once the new lock is held. */
  legacyLock: string
  vault: string
}

export function dataPaths(dir: string): DataPaths {
  return {
    dir,
    database: join(dir, 'cabinet.db'),
    keyring: join(dir, 'keyring.json'),
    lock: join(dir, 'cabinet-lock.db'),
    legacyLock: join(dir, 'cabinet.lock'),
    vault: join(dir, 'vault'),
  }
}
