import type { Restored, RestoreOptions } from '../backups/file/restore'
import type { Snapshot } from '../backups/file/snapshot'
import type { KdfParams } from '../keyring/keyring'
import type { DataPaths } from '../paths'
import type { CentreDetails } from '../settings/schemas'
import type { Session, SessionUser } from '../session'

/*
 * What an operation may ask of the open data folder (core/cabinet.ts implements it). Declared
 * here, below the host, so the guard and the functions depend on this shape rather than on the
 * host itself: the host runs the login hooks, which reach the areas, which use the guard.
 */

/** Capabilities only a transport has (a window to print from), handed to the operations that need them. */
export interface HostPorts {
  printToPdf?: (request: { route: string; suggestedName: string }) => Promise<{ saved: boolean }>
  /** The system's folder chooser (backups: where to save); null when the user cancels. */
  chooseFolder?: () => Promise<string | null>
  /** The system's file chooser for a backup file (restore, verify); null when the user cancels. */
  chooseBackupFile?: () => Promise<string | null>
}

export type HostState = { state: 'setup' } | { state: 'locked' } | { state: 'unlocked'; user: SessionUser }

/** What user administration needs besides the session: the keyring and the master key to wrap. */
export interface KeyAccess {
  keyringFile: string
  masterKey: Buffer
  kdf?: KdfParams
}

export interface HostPort {
  readonly session: Session | null
  readonly ports: HostPorts
  state(): HostState
  setup(input: { centre: CentreDetails; username: string; displayName: string; password: string }): { recoveryKey: string; session: Session }
  login(username: string, password: string): Session
  recover(recoveryKeyText: string, newPassword: string, username?: string): Session
  lockedUntil(username: string): string | null
  lock(): void
  keyAccess(): KeyAccess
  readonly paths: DataPaths
  /** A consistent copy of the folder for a backup (see backups/file/snapshot.ts). */
  backupSnapshot(): Snapshot
  /** Replace the folder with a checked backup; nobody may be logged in. */
  restoreFrom(file: string, options: RestoreOptions): Promise<Restored>
}
