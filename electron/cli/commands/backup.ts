import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import type { ResultOf } from '../../contract'
import { unlockBackup, type BackupCredential } from '../../core/backups/file/unlock'
import { verifyOpenedBackup } from '../../core/backups/file/verify'
import { CabinetHost } from '../../core/cabinet'
import { CabinetError } from '../../core/errors'
import { COMMON_OPTIONS, type CliCommand, type CliIO, type CliValues } from '../command'
import { call, dataDirFrom, withLogin } from '../session'

/*
 * Backups from the command line. `backup create` needs no password, so Windows Task Scheduler can
 * run it unattended (docs/BACKUPS.md has the steps): the file is sealed to the centre's backup
 * key. The folder must not be open in the app at the time; the app makes its own daily backup.
 */

type Job = ResultOf<'backups.job'>

/** Follow a job to its end through the one door, printing progress to stderr when asked. */
async function followJob(host: CabinetHost, job: Job, io: CliIO, quiet: boolean): Promise<Job> {
  let last = -1
  for (;;) {
    if (!quiet && job.total > 0) {
      const percent = Math.floor((job.done / job.total) * 100)
      if (percent !== last && percent % 10 === 0)
        io.err(`${job.phase === 'checking' ? 'Checking' : job.kind === 'restore' ? 'Restoring' : 'Writing'}: ${percent}%`)
      last = percent
    }
    if (job.state !== 'running') return job
    await new Promise((r) => setTimeout(r, 100))
    job = await call(host, 'backups.job', { jobId: job.id })
  }
}

function finished(job: Job): string {
  if (job.state === 'done') return job.outcome ?? 'Done.'
  const e = job.error ?? { code: 'internal', message: 'The job stopped without saying why.' }
  throw new CabinetError(e.code as CabinetError['code'], e.message, e.field ? { field: e.field } : undefined)
}

function recoveryKeyFrom(file: string): string {
  try {
    return readFileSync(file, 'utf8').trim()
  } catch (e) {
    throw new CabinetError('usage', `Cannot read the recovery key file ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`)
  }
}

/** --recovery-key-file F, or the backup passphrase as the first line of stdin with --passphrase-stdin. */
async function credentialFrom(values: CliValues, io: CliIO): Promise<{ recoveryKey: string } | { passphrase: string } | null> {
  const keyFile = values['recovery-key-file'] as string | undefined
  if (keyFile) return { recoveryKey: recoveryKeyFrom(keyFile) }
  if (values['passphrase-stdin']) {
    const passphrase = (await io.readStdin()).split(/\r?\n/)[0]
    if (!passphrase) throw new CabinetError('usage', 'No passphrase on stdin: give it as the first line.')
    return { passphrase }
  }
  return null
}

function fileFrom(positionals: string[], usage: string): string {
  const file = positionals[0]
  if (!file) throw new CabinetError('usage', `Say which backup file: ${usage}`)
  return resolve(file)
}

export const backupCreateCommand: CliCommand = {
  name: 'backup create',
  summary: 'Make an encrypted backup into a folder (no password needed: for Task Scheduler)',
  usage: 'backup create --data-dir D --out FOLDER [--quiet]',
  options: { 'data-dir': COMMON_OPTIONS['data-dir'], out: { type: 'string' }, quiet: { type: 'boolean' } },
  async run({ values, io }) {
    const out = values.out as string | undefined
    if (!out) throw new CabinetError('usage', 'Say where to save the backup: --out FOLDER (e.g. a USB stick).')
    const host = CabinetHost.open(dataDirFrom(values, io))
    try {
      const job = await followJob(host, await call(host, 'backups.start', { folder: resolve(out) }), io, Boolean(values.quiet))
      io.out(finished(job))
      return 0
    } finally {
      host.close()
    }
  },
}

export const backupVerifyCommand: CliCommand = {
  name: 'backup verify',
  summary: 'Check a backup file without restoring it (with the recovery key, the passphrase, or a login on the PC that made it)',
  usage: 'backup verify FILE (--recovery-key-file F | --passphrase-stdin | --data-dir D --user NAME [--password-stdin])',
  options: { ...COMMON_OPTIONS, 'recovery-key-file': { type: 'string' }, 'passphrase-stdin': { type: 'boolean' } },
  positionals: 1,
  async run({ values, positionals, io }) {
    const file = fileFrom(positionals, this.usage)
    const credential: BackupCredential | null = await credentialFrom(values, io)
    if (credential) {
      // No data folder is involved: the backup is opened with what the user holds.
      const opened = await unlockBackup(file, credential)
      try {
        const contents = await verifyOpenedBackup(file, opened)
        const documents = contents.manifest.files.filter((f) => f.name.startsWith('vault/')).length
        io.out(`ok: the backup made on ${opened.header.createdAt.slice(0, 10)} is complete and undamaged (${documents} documents).`)
        return 0
      } finally {
        opened.fileKey.fill(0)
        opened.masterKey.fill(0)
      }
    }
    if (!values['data-dir'] && !io.env.CABINET_DATA_DIR) throw new CabinetError('usage', `Say how to open the backup: ${this.usage}`)
    return withLogin(values, io, async ({ host }) => {
      const r = await call(host, 'backups.verify', { file })
      io.out(`ok: the backup made on ${r.createdAt.slice(0, 10)} is complete and undamaged (${r.documents} documents).`)
      return 0
    })
  },
}

export const backupRestoreCommand: CliCommand = {
  name: 'backup restore',
  summary: 'Restore a backup into a data folder (the folder it replaces is kept beside it)',
  usage: 'backup restore FILE --data-dir D (--recovery-key-file F | --passphrase-stdin) [--quiet]',
  options: {
    'data-dir': COMMON_OPTIONS['data-dir'],
    'recovery-key-file': { type: 'string' },
    'passphrase-stdin': { type: 'boolean' },
    quiet: { type: 'boolean' },
  },
  positionals: 1,
  async run({ values, positionals, io }) {
    const file = fileFrom(positionals, this.usage)
    const credential = await credentialFrom(values, io)
    if (!credential) throw new CabinetError('usage', 'Give the recovery key (--recovery-key-file F) or the backup passphrase (--passphrase-stdin).')
    const host = CabinetHost.open(dataDirFrom(values, io), { create: true })
    try {
      const started = await call(host, 'backups.restore', { file, ...credential })
      io.out(finished(await followJob(host, started, io, Boolean(values.quiet))))
      return 0
    } finally {
      host.close()
    }
  },
}
