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
  lock: string
  vault: string
}

export function dataPaths(dir: string): DataPaths {
  return {
    dir,
    database: join(dir, 'cabinet.db'),
    keyring: join(dir, 'keyring.json'),
    lock: join(dir, 'cabinet.lock'),
    vault: join(dir, 'vault'),
  }
}
