import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import { anchorAuditHead, assertAnchored } from './audit/anchor'
import { appendAudit } from './audit/audit'
import { deriveSubkey, deriveSubkeys, wipeSubkeys } from './crypto/subkeys'
import { openEncryptedDatabase } from './db/connection'
import { migrate, schemaVersion } from './db/migrate'
import { MIGRATIONS } from './db/migrations'
import type { WritableDB } from './db/types'
import { CabinetError } from './errors'
import {
  createKeyring,
  generateRecoveryKey,
  keyringExists,
  loginLockedUntil,
  parseRecoveryKey,
  setPasswordSlot,
  unlockWithPassword,
  unlockWithRecoveryKey,
  type KdfParams,
} from './keyring/keyring'
import { restoreBackup, type Restored, type RestoreOptions } from './backups/file/restore'
import { snapshotClosedFolder, snapshotDir, snapshotOpenCabinet, type Snapshot } from './backups/file/snapshot'
import { finishInterruptedRestore } from './backups/file/swap'
import { rememberCentreLabel } from './backups/register'
import { ensureBackupPublicKey } from './keyring/backup-slots'
import { acquireLock } from './lock-file'
import { dataPaths, type DataPaths } from './paths'
import { createSession, type Session } from './session'
import type { HostPort, HostPorts, HostState, KeyAccess } from './operations/host-port'
import * as settings from './settings/settings'
import type { CentreDetails } from './settings/settings'
import * as admin from './users/user-admin'
import { activeCoordinators, findUserById, findUserByName } from './users/user-queries'
import { runLoginHooks } from './login-hooks'

export type { CentreDetails, Preferences } from './settings/settings'
export type { UserSummary } from './users/user-queries'
export type { AuditFilter } from './audit/audit-queries'

export type { HostPorts, HostState } from './operations/host-port'

interface Unlocked {
  session: Session
  masterKey: Buffer
}

/** Files a Cabinet folder may hold; anything else in a folder without a keyring means it is not ours. */
const OWN_NAMES = new Set([
  'cabinet.db',
  'cabinet.db-wal',
  'cabinet.db-shm',
  'keyring.json',
  'cabinet-lock.db',
  'cabinet.lock',
  'vault',
  'backup-snapshot',
  'backups.json',
])

/**
 * The open data folder: one per process, holding the folder's lock for its lifetime. It moves
 * between setup → locked ⇄ unlocked. While unlocked it holds the master key (needed to wrap
 * new users' slots); lock closes the database and zeroes every key buffer it owns.
 */
export class CabinetHost implements HostPort {
  readonly paths: DataPaths
  private lock_: { release(): void }
  private readonly now: () => Date
  private readonly kdf?: KdfParams
  private unlocked: Unlocked | null = null
  private closed = false
  /** What the transport offers the operations (Electron main sets printToPdf; the bridge and CLI have none). */
  readonly ports: HostPorts = {}

  private constructor(paths: DataPaths, lock: { release(): void }, opts: { now?: () => Date; kdf?: KdfParams }) {
    this.paths = paths
    this.lock_ = lock
    this.now = opts.now ?? (() => new Date())
    this.kdf = opts.kdf
  }

  static open(dataDir: string, opts: { create?: boolean; now?: () => Date; kdf?: KdfParams } = {}): CabinetHost {
    const paths = dataPaths(dataDir)
    // A restore that stopped between its two renames is finished before anything looks at the folder.
    finishInterruptedRestore(dataDir)
    if (!existsSync(dataDir)) {
      if (!opts.create) throw new CabinetError('missing_folder', `The data folder ${dataDir} does not exist.`)
      mkdirSync(dataDir, { recursive: true, mode: 0o700 })
    }
    if (!statSync(dataDir).isDirectory()) throw new CabinetError('not_cabinet', `${dataDir} is a file, not a Cabinet data folder.`)
    checkFolder(paths)
    const lock = acquireLock(paths.lock, { legacyPidFile: paths.legacyLock })
    // A backup interrupted by a crash leaves its copy behind (encrypted, but no longer wanted).
    rmSync(snapshotDir(paths), { recursive: true, force: true })
    return new CabinetHost(paths, lock, opts)
  }

  state(): HostState {
    if (this.unlocked) return { state: 'unlocked', user: { ...this.unlocked.session.user } }
    return keyringExists(this.paths.keyring) ? { state: 'locked' } : { state: 'setup' }
  }

  get session(): Session | null {
    return this.unlocked?.session ?? null
  }

  /** First run: creates the database, the first coordinator and the keyring; returns the recovery key once. */
  setup(input: { centre: CentreDetails; username: string; displayName: string; password: string }): { recoveryKey: string; session: Session } {
    this.assertOpen()
    if (this.state().state !== 'setup') throw new CabinetError('conflict', 'This Cabinet is already set up.')
    const username = admin.checkUsername(input.username)
    const displayName = admin.checkDisplayName(input.displayName)
    admin.checkPassword(input.password, { username, displayName })
    const masterKey = randomBytes(32)
    const recovery = generateRecoveryKey()
    let db: WritableDB | null = null
    try {
      mkdirSync(this.paths.vault, { recursive: true, mode: 0o700 })
      const keys = deriveSubkeys(masterKey)
      db = openEncryptedDatabase(this.paths.database, keys.database, { create: true })
      migrate(db, MIGRATIONS)
      const at = this.now().toISOString()
      const dbh = db
      const userId = dbh.transaction(() => {
        settings.initCentre(dbh, input.centre)
        const row = dbh
          .prepare("INSERT INTO users (username, display_name, role, created_at) VALUES (?, ?, 'coordinator', ?) RETURNING id")
          .get(username, displayName, at) as { id: number }
        const actor = { userId: row.id, name: username }
        appendAudit(dbh, keys.auditHmac, actor, { action: 'app.setup', recordType: 'settings', recordId: 'centre' }, this.now())
        appendAudit(dbh, keys.auditHmac, actor, { action: 'user.create', recordType: 'user', recordId: row.id, detail: { role: 'coordinator' } }, this.now())
        return row.id
      })()
      // The keyring is the commit point: without it the folder still reads as "setup".
      createKeyring(this.paths.keyring, { masterKey, user: { userId, username, password: input.password }, recoveryKey: recovery.key, kdf: this.kdf })
      recovery.key.fill(0)
      anchorAuditHead(db, this.paths.keyring, keys.auditAnchor)
      wipeSubkeys(keys)
      const session = this.startSession(db, masterKey, userId)
      return { recoveryKey: recovery.text, session }
    } catch (e) {
      db?.close()
      masterKey.fill(0)
      if (!keyringExists(this.paths.keyring)) {
        for (const f of ['cabinet.db', 'cabinet.db-wal', 'cabinet.db-shm']) rmSync(`${this.paths.dir}/${f}`, { force: true })
      }
      throw e
    }
  }

  login(username: string, password: string): Session {
    this.assertLocked()
    const { masterKey, userId, failedAttempts } = unlockWithPassword(this.paths.keyring, username.trim(), password, this.now())
    const db = this.openDb(masterKey)
    return this.unlockOrUndo(db, masterKey, () => {
      admin.refuseEndedAccount(findUserById(db, userId), username, this.now())
      const session = this.startSession(db, masterKey, userId)
      assertAnchored(db, this.paths.keyring, this.paths.database, session.keys.auditAnchor)
      for (const at of failedAttempts) session.audit({ action: 'auth.login_failed', recordType: 'user', recordId: userId, detail: { at } })
      session.audit({ action: 'auth.login', recordType: 'user', recordId: userId })
      anchorAuditHead(db, this.paths.keyring, session.keys.auditAnchor)
      return session
    })
  }

  /** Forgotten passwords: the printed recovery key opens the Cabinet and sets a coordinator's new password. */
  recover(recoveryKeyText: string, newPassword: string, username?: string): Session {
    this.assertLocked()
    const recoveryKey = parseRecoveryKey(recoveryKeyText)
    const masterKey = unlockWithRecoveryKey(this.paths.keyring, recoveryKey)
    recoveryKey.fill(0)
    const db = this.openDb(masterKey)
    return this.unlockOrUndo(db, masterKey, () => {
      const user = username ? findUserByName(db, username.trim()) : activeCoordinators(db)[0]
      if (!user)
        throw new CabinetError('not_found', username ? `There is no user called ${username}.` : 'There is no active coordinator to recover.', {
          field: 'username',
        })
      if (user.role !== 'coordinator' || user.disabled) {
        throw new CabinetError('conflict', `The recovery key resets an active coordinator's password; ${user.username} is not one.`, { field: 'username' })
      }
      admin.checkPassword(newPassword, user, 'newPassword')
      const anchorKey = deriveSubkey(masterKey, 'audit-anchor')
      try {
        assertAnchored(db, this.paths.keyring, this.paths.database, anchorKey)
      } finally {
        anchorKey.fill(0)
      }
      setPasswordSlot(this.paths.keyring, masterKey, { userId: user.id, username: user.username, password: newPassword }, this.kdf)
      const session = this.startSession(db, masterKey, user.id)
      session.audit({ action: 'auth.recovery_unlock', recordType: 'user', recordId: user.id })
      session.audit({ action: 'user.password_reset', recordType: 'user', recordId: user.id, detail: { by: 'recovery-key' } })
      anchorAuditHead(db, this.paths.keyring, session.keys.auditAnchor)
      return session
    })
  }

  lockedUntil(username: string): string | null {
    return keyringExists(this.paths.keyring) ? loginLockedUntil(this.paths.keyring, username.trim(), this.now()) : null
  }

  lock(): void {
    const u = this.unlocked
    if (!u) return
    this.unlocked = null
    try {
      u.session.audit({ action: 'auth.lock', recordType: 'user', recordId: u.session.user.id })
      anchorAuditHead(u.session.db, this.paths.keyring, u.session.keys.auditAnchor)
    } catch {
      // Locking must always succeed (auto-lock timers call it): a full disk or damaged page that
      // stops the audit row must not leave the keys in memory. `verify` reports the damage.
    } finally {
      u.session.db.close()
      wipeSubkeys(u.session.keys)
      u.masterKey.fill(0)
    }
  }

  /**
   * A consistent copy of this folder for a backup: from the open database when someone is logged
   * in, otherwise the files as they are (this host holds the folder's lock, so nobody writes).
   */
  backupSnapshot(): Snapshot {
    this.assertOpen()
    if (this.unlocked) return snapshotOpenCabinet(this.paths, this.unlocked.session.db, schemaVersion(this.unlocked.session.db))
    if (!keyringExists(this.paths.keyring)) throw new CabinetError('conflict', 'This Cabinet has not been set up yet, so there is nothing to back up.')
    return snapshotClosedFolder(this.paths)
  }

  /** Replace this folder with a backup's contents (restore.ts checks everything first). Nobody may be logged in. */
  async restoreFrom(file: string, options: RestoreOptions): Promise<Restored> {
    this.assertOpen()
    if (this.unlocked) throw new CabinetError('conflict', `${this.unlocked.session.user.username} is logged in; lock Cabinet first.`)
    // The swap renames the folder, which Windows refuses while this process holds its lock file open.
    this.lock_.release()
    try {
      return await restoreBackup(file, this.paths.dir, options)
    } finally {
      this.lock_ = acquireLock(this.paths.lock, { legacyPidFile: this.paths.legacyLock })
    }
  }

  close(): void {
    if (this.closed) return
    try {
      this.lock()
    } finally {
      this.closed = true
      this.lock_.release()
    }
  }

  requireSession(): Session {
    this.assertOpen()
    if (!this.unlocked) throw new CabinetError('locked', 'Cabinet is locked. Log in first.')
    return this.unlocked.session
  }

  /** The keyring and the master key, for user administration (wrapping a new user's slot). */
  keyAccess(): KeyAccess {
    if (!this.unlocked) throw new CabinetError('locked', 'Cabinet is locked. Log in first.')
    return { keyringFile: this.paths.keyring, masterKey: this.unlocked.masterKey, kdf: this.kdf }
  }

  private openDb(masterKey: Buffer): WritableDB {
    const keys = deriveSubkeys(masterKey)
    try {
      if (!existsSync(this.paths.database)) throw new CabinetError('damaged', `The database file ${this.paths.database} is missing. Restore it from a backup.`)
      // SQLite reads an empty file as an empty database and would migrate it into a blank Cabinet.
      if (statSync(this.paths.database).size === 0)
        throw new CabinetError('damaged', `The database file ${this.paths.database} is empty. Restore it from a backup.`)
      const db = openEncryptedDatabase(this.paths.database, keys.database)
      try {
        // Setup migrates before it writes the keyring, so a real Cabinet's database is never at version 0.
        if (schemaVersion(db) === 0)
          throw new CabinetError('damaged', `The database file ${this.paths.database} holds no Cabinet data. Restore it from a backup.`)
        migrate(db, MIGRATIONS)
      } catch (e) {
        db.close()
        throw e
      }
      return db
    } catch (e) {
      masterKey.fill(0)
      if (e instanceof CabinetError && e.code === 'auth') {
        // The keyring opened, so the key is right: the database itself is damaged or was replaced.
        throw new CabinetError('damaged', `The database file ${this.paths.database} does not match this keyring or is damaged.`, { cause: e })
      }
      throw e
    } finally {
      wipeSubkeys(keys)
    }
  }

  /**
   * Runs the rest of a login or recovery over the freshly opened database. If any of it fails
   * (a damaged page, a disabled account, a refused password) the host is left locked: database
   * closed, keys zeroed, no half-made session; SQLite's corruption errors become `damaged` naming the file.
   */
  private unlockOrUndo(db: WritableDB, masterKey: Buffer, finish: () => Session): Session {
    try {
      return finish()
    } catch (e) {
      const half = this.unlocked
      this.unlocked = null
      if (half) wipeSubkeys(half.session.keys)
      try {
        db.close()
      } catch {
        /* the close of a damaged database may fail too; the error that matters is rethrown below */
      }
      masterKey.fill(0)
      const sqliteCode = (e as { code?: unknown }).code
      if (!(e instanceof CabinetError) && typeof sqliteCode === 'string' && /^SQLITE_(CORRUPT|NOTADB)/.test(sqliteCode)) {
        throw new CabinetError('damaged', `The database file ${this.paths.database} is damaged: ${(e as Error).message}. Restore it from a backup.`, {
          cause: e,
        })
      }
      throw e
    }
  }

  private startSession(db: WritableDB, masterKey: Buffer, userId: number): Session {
    const user = findUserById(db, userId)!
    const session = createSession({
      user: { id: user.id, username: user.username, displayName: user.displayName, role: user.role, confidentialityAckAt: user.confidentialityAckAt },
      db,
      keys: deriveSubkeys(masterKey),
      paths: this.paths,
      now: this.now,
    })
    this.unlocked = { session, masterKey }
    // Keyrings from before backups gain the centre's backup public key at their next login.
    ensureBackupPublicKey(this.paths.keyring, masterKey)
    rememberCentreLabel(this.paths, settings.readCentre(db).name)
    runLoginHooks(session)
    return session
  }

  private assertOpen(): void {
    if (this.closed) throw new CabinetError('internal', 'This Cabinet folder has been closed.')
  }

  private assertLocked(): void {
    this.assertOpen()
    if (!keyringExists(this.paths.keyring)) throw new CabinetError('conflict', 'This Cabinet has not been set up yet.')
    if (this.unlocked) throw new CabinetError('conflict', `${this.unlocked.session.user.username} is logged in; lock Cabinet first.`)
  }
}

/** Refuse folders that are clearly not ours, and half-present Cabinets, with a specific message. */
function checkFolder(paths: DataPaths): void {
  const names = readdirSync(paths.dir)
  const hasKeyring = names.includes('keyring.json')
  const hasDb = names.includes('cabinet.db')
  if (hasKeyring && !hasDb) throw new CabinetError('damaged', `The database file ${paths.database} is missing. Restore it from a backup.`)
  if (!hasKeyring) {
    const foreign = names.filter((n) => !OWN_NAMES.has(n))
    if (foreign.length > 0) {
      throw new CabinetError(
        'not_cabinet',
        `${paths.dir} is not a Cabinet data folder (it holds ${foreign.slice(0, 3).join(', ')}${foreign.length > 3 ? ', …' : ''} and no keyring.json).`,
      )
    }
    // Never delete a database quietly: without its keyring it cannot be opened, but a person
    // should decide whether the keyring can be restored from a backup.
    if (hasDb) {
      throw new CabinetError(
        'damaged',
        `${paths.keyring} is missing, so ${paths.database} cannot be opened. Restore keyring.json from a backup; if this folder is left from a setup that was interrupted, delete cabinet.db and set up again.`,
      )
    }
  }
}
