import { can } from '../auth/permissions'
import { CabinetError } from '../errors'
import { readKeyring } from '../keyring/format'
import { setBackupPassphrase } from '../keyring/backup-slots'
import { implement, outsideTransaction, type OpContext } from '../operations/guard'
import { backupsApi } from './api'
import { lastDisposalAt } from './disposals'
import { unlockBackup } from './file/unlock'
import { verifyOpenedBackup } from './file/verify'
import { cancelJob, jobView, startJob } from './jobs'
import { startBackupJob } from './start'
import { readRegister, updateBackupSettings } from './register'
import { backupStatus } from './status'

/** The backups area's functions, each attached once to its spec in api.ts. */
export const backupsOperations = implement(backupsApi, {
  'backups.status': (_input, { session, host }) => ({
    ...backupStatus(readRegister(host.paths), session.now(), lastDisposalAt(session.db)),
    hasPassphrase: readKeyring(host.paths.keyring).backup?.passphrase !== undefined,
  }),
  'backups.settings.update': (input, ctx) => {
    ctx.auditRecord('settings', 'backups', { warnAfterDays: input.warnAfterDays, daily: input.dailyFolder !== null })
    return updateBackupSettings(ctx.host.paths, { ...readRegister(ctx.host.paths).settings, ...input })
  },
  'backups.passphrase.set': ({ passphrase }, ctx) => {
    const keys = ctx.host.keyAccess()
    setBackupPassphrase(keys.keyringFile, keys.masterKey, passphrase, keys.kdf)
    ctx.auditRecord('settings', 'backup-passphrase', { set: passphrase !== null })
    return null
  },
  'backups.start': ({ folder }, ctx) => startBackup(folder, ctx),
  'backups.job': ({ jobId }) => jobView(jobId),
  'backups.cancel': ({ jobId }) => cancelJob(jobId),
  'backups.verify': outsideTransaction(async ({ file }, ctx) => {
    const opened = await unlockBackup(file, { masterKey: ctx.host.keyAccess().masterKey })
    try {
      const contents = await verifyOpenedBackup(file, opened)
      ctx.auditRecord('backup', opened.header.createdAt, { checked: true })
      return {
        createdAt: opened.header.createdAt,
        files: contents.manifest.files.length,
        documents: contents.manifest.files.filter((f) => f.name.startsWith('vault/')).length,
        sizeBytes: contents.bytes,
      }
    } finally {
      opened.fileKey.fill(0)
      opened.masterKey.fill(0)
    }
  }),
  'backups.restore': ({ file, recoveryKey, passphrase }, { host }) => {
    if (host.session) throw new CabinetError('conflict', 'Lock Cabinet before restoring a backup: the restore replaces everything in it.')
    const credential = recoveryKey ? { recoveryKey } : { passphrase: passphrase ?? '' }
    return startJob('restore', async ({ signal, progress }) => {
      const restored = await host.restoreFrom(file, { credential, signal, onProgress: (done, total) => progress('restoring', done, total) })
      const kept = restored.previous ? ` The data it replaced is kept in ${restored.previous}.` : ''
      return `Restored the backup made on ${restored.createdAt.slice(0, 10)}.${kept}`
    })
  },
  'backups.chooseFolder': outsideTransaction((_input, { host }) => chosen(host.ports.chooseFolder)),
  'backups.chooseFile': outsideTransaction((_input, { host }) => chosen(host.ports.chooseBackupFile)),
})

/**
 * A user's backup. With someone logged in they must be allowed to run maintenance, and the audit
 * log records it; with nobody logged in it is a scheduled backup (the command line), recorded in
 * the register only (the log cannot be written then).
 */
function startBackup(folder: string, ctx: OpContext) {
  const session = ctx.host.session
  if (session && !can(session.user.role, 'maintenance.run')) throw new CabinetError('forbidden', `Your role (${session.user.role}) may not make backups.`)
  if (session) ctx.auditRecord('backup', 'chosen-folder')
  else ctx.skipAudit()
  return startBackupJob(ctx.host, folder, session ? 'app' : 'command line')
}

/** A transport that cannot show a system dialog answers null: the screen asks for the path instead. */
async function chosen(choose: (() => Promise<string | null>) | undefined): Promise<string | null> {
  return choose ? choose() : null
}
