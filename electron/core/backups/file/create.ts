import { randomBytes } from 'node:crypto'
import { createWriteStream, existsSync, readdirSync, rmSync } from 'node:fs'
import { once } from 'node:events'
import { open, rename, stat, unlink, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import type { Writable } from 'node:stream'
import { finished } from 'node:stream/promises'
import { APP_VERSION } from '../../app-version'
import { CabinetError } from '../../errors'
import { writeArchive, type Manifest } from './archive'
import { BACKUP_EXTENSION, BACKUP_FORMAT, BACKUP_VERSION, CHUNK_SIZE, encodeHeader, headerMac, type BackupHeader } from './format'
import { sealFileKey } from './keys'
import type { Snapshot } from './snapshot'
import { storageError } from './storage-errors'
import { PayloadSealer } from './seal-payload'
import { payloadKey } from './stream'
import { startChunkChecker, type ChunkChecker } from './check-chunks'

export interface BackupProgress {
  phase: 'writing' | 'checking'
  /** Bytes of Cabinet data done so far in this phase, and in all. */
  done: number
  total: number
}

export interface WriteBackupOptions {
  now?: Date
  /** Stop the backup: the partial file is removed and nothing is reported as made. */
  signal?: AbortSignal
  onProgress?: (p: BackupProgress) => void
  /** Tests put a failing drive here (e.g. one that errors after N bytes). */
  openTarget?: (path: string) => Promise<TargetFile>
  /** The centre's name for the file name (letters and digits kept); "cabinet" when unknown. */
  label?: string
}

/** The file being written: a Writable for the bytes, then flushed to the drive and closed. */
export interface TargetFile {
  stream: Writable
  /**
   * Start flushing what has been written so far to the drive, while writing goes on, so that
   * `finish` has only the rest to wait for. A target without it flushes everything in `finish`.
   */
  flushSoFar?(): Promise<void>
  /** Flush what was written to the drive itself (fsync) and close. */
  finish(): Promise<void>
  /** Close without flushing (after a failure). */
  abandon(): Promise<void>
}

export interface BackupMade {
  path: string
  fileName: string
  sizeBytes: number
  createdAt: string
  manifest: Manifest
}

/** How much is written between two flushes as the backup goes (see TargetFile.flushSoFar). */
const FLUSH_EVERY = 64 * 1024 * 1024

/** "Oakfield Child Contact Centre" on 2026-11-29 → "oakfield-child-contact-centre-2026-11-29.cabinet-backup". */
export function backupFileName(label: string | undefined, createdAt: Date, taken: (name: string) => boolean): string {
  const slug =
    (label ?? '')
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40)
      .replace(/-+$/g, '') || 'cabinet'
  const date = createdAt.toISOString().slice(0, 10)
  for (let n = 1; ; n++) {
    const name = `${slug}-${date}${n === 1 ? '' : `-${n}`}${BACKUP_EXTENSION}`
    if (!taken(name)) return name
  }
}

async function openFileTarget(path: string): Promise<TargetFile> {
  const stream = createWriteStream(path, { flags: 'wx', mode: 0o600, highWaterMark: 1024 * 1024 })
  await once(stream, 'open')
  // Flushing goes through a descriptor of its own: fsync through any descriptor flushes the same
  // file (on Windows as on Linux), and the stream closes its own when it ends.
  let flusher: FileHandle | null = null
  const flushHandle = async () => (flusher ??= await open(path, 'r+'))
  const closeFlusher = async () => {
    const handle = flusher
    flusher = null
    await handle?.close()
  }
  return {
    stream,
    flushSoFar: async () => (await flushHandle()).datasync(),
    finish: async () => {
      try {
        await (await flushHandle()).sync()
      } finally {
        await closeFlusher()
      }
    },
    abandon: async () => {
      stream.destroy()
      if (!stream.closed) await once(stream, 'close').catch(() => undefined)
      await closeFlusher().catch(() => undefined)
    },
  }
}

/**
 * Write a backup of `snapshot` into `folder`: to a temporary name, flushed, renamed, then read
 * back and checked (every chunk authenticated, every file's hash matched) before it is reported
 * as made. Any failure, or a cancel, removes what was written; the data folder is only read.
 */
export async function writeBackup(snapshot: Snapshot, folder: string, options: WriteBackupOptions = {}): Promise<BackupMade> {
  const recipient = snapshot.keyring.backup?.publicKey
  if (!recipient) throw new CabinetError('conflict', 'Log in to Cabinet once with this version before making a backup: its keyring has no backup key yet.')
  const createdAt = options.now ?? new Date()
  removeStalePartials(folder)
  const fileName = backupFileName(options.label, createdAt, (name) => existsSync(join(folder, name)))
  const finalPath = join(folder, fileName)
  const partPath = join(folder, `.${fileName}.${randomBytes(4).toString('hex')}.partial`)
  const fileKey = randomBytes(32)
  const payloadSalt = randomBytes(16)
  const key = payloadKey(fileKey, payloadSalt)
  const header: BackupHeader = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    appVersion: APP_VERSION,
    schemaVersion: snapshot.schemaVersion,
    createdAt: createdAt.toISOString(),
    chunkSize: CHUNK_SIZE,
    payloadSalt: payloadSalt.toString('base64'),
    fileKey: b64(sealFileKey(fileKey, Buffer.from(recipient, 'base64'))),
    recovery: snapshot.keyring.recovery,
    ...(snapshot.keyring.backup?.passphrase ? { passphrase: snapshot.keyring.backup.passphrase } : {}),
  }
  const encoded = encodeHeader(header)
  const total = snapshot.sources.reduce((n, s) => n + s.size, 0)
  const auditHead = snapshot.keyring.auditAnchor ? { lastId: snapshot.keyring.auditAnchor.lastId, lastMac: snapshot.keyring.auditAnchor.lastMac } : null
  let target: TargetFile | null = null
  const checker = startChunkChecker()
  let written = false
  let renamed = false
  try {
    target = await (options.openTarget ?? openFileTarget)(partPath).catch((e: unknown) => {
      throw storageError(e, folder)
    })
    let done = 0
    const progress = (n: number) => {
      done += n
      options.onProgress?.({ phase: 'writing', done, total })
    }
    // The header goes first, as it is; the archive follows, sealed chunk by chunk.
    const headerAndMac = Buffer.concat([encoded.bytes, headerMac(fileKey, encoded.bytes)])
    const manifest = await writePayload(target, headerAndMac, key, (sealer) => writeArchive(snapshot.sources, auditHead, sealer, progress, options.signal))
    await target.finish()
    written = true
    await rename(partPath, finalPath)
    renamed = true
    options.signal?.throwIfAborted()
    const { size } = await stat(finalPath)
    await readBack(finalPath, folder, checker, { headerBytes: headerAndMac, size, key }, (p) => options.onProgress?.({ phase: 'checking', done: p, total }))
    return { path: finalPath, fileName, sizeBytes: size, createdAt: header.createdAt, manifest }
  } catch (e) {
    if (target && !written) await target.abandon()
    await unlink(partPath).catch(() => undefined)
    if (renamed) await unlink(finalPath).catch(() => undefined)
    if (options.signal?.aborted) throw new CabinetError('cancelled', 'The backup was cancelled. Nothing was left on the drive.')
    if (e instanceof CabinetError) throw e
    throw storageError(e, folder)
  } finally {
    checker.stop()
    fileKey.fill(0)
    key.fill(0)
  }
}

/**
 * Write the header, then the payload `fill` puts into the sealer, into the target's stream, and
 * end it. The stream's failure (a full or pulled-out drive) is the one reported, whichever write
 * meets it. Every FLUSH_EVERY bytes the target starts flushing what it has so far (one flush at a
 * time), so the drive writes while the rest is sealed rather than all at the end.
 */
async function writePayload<T>(target: TargetFile, headerBytes: Buffer, key: Buffer, fill: (sealer: PayloadSealer) => Promise<T>): Promise<T> {
  const { stream } = target
  let failure: Error | null = null
  // Kept on for good: a write still in flight after a failure may report one more error.
  stream.on('error', (e: Error) => (failure ??= e))
  let unflushed = 0
  let flushing: Promise<void> | null = null
  const flushNowAndThen = (bytes: number) => {
    unflushed += bytes
    if (!target.flushSoFar || flushing || unflushed < FLUSH_EVERY) return
    unflushed = 0
    flushing = target.flushSoFar().then(
      () => void (flushing = null),
      (e: Error) => void (failure ??= e),
    )
  }
  const write = (bytes: Buffer) =>
    new Promise<void>((resolve, reject) => {
      if (failure) return reject(failure)
      stream.write(bytes, (e) => {
        if (e) return reject(failure ?? e)
        flushNowAndThen(bytes.length)
        resolve()
      })
    })
  const sealer = new PayloadSealer(key, write)
  try {
    await write(headerBytes)
    const result = await fill(sealer)
    await sealer.end()
    await flushing
    if (failure) throw failure
    stream.end()
    await finished(stream)
    return result
  } catch (e) {
    sealer.wipe()
    await flushing
    throw failure ?? e
  }
}

/**
 * Read the new file back: its header byte for byte, then every chunk's tag (on every core, see
 * check-chunks.ts). The tags prove each chunk on the drive is the one just sealed, and the chunk
 * flagged last is the last, so the archive inside is exactly what was written and hashed into
 * its manifest. A mismatch means the drive did not keep what it was given.
 */
async function readBack(
  file: string,
  folder: string,
  checker: ChunkChecker,
  wrote: { headerBytes: Buffer; size: number; key: Buffer },
  onBytes: (done: number) => void,
): Promise<void> {
  const fails = (why: string) =>
    new CabinetError(
      'storage',
      `The backup written to ${folder} did not read back correctly (${why}), so it was removed: the drive may be failing. Try another drive.`,
      {
        field: 'folder',
      },
    )
  const handle = await open(file, 'r')
  try {
    const onDisk = Buffer.alloc(wrote.headerBytes.length)
    await handle.read(onDisk, 0, onDisk.length, 0)
    if (!onDisk.equals(wrote.headerBytes)) throw fails('its header differs')
  } finally {
    await handle.close()
  }
  let done = 0
  const failed = await checker.check(file, { start: wrote.headerBytes.length, end: wrote.size, key: wrote.key }, (n) => onBytes((done += n)))
  if (failed !== null) throw fails(`chunk ${failed + 1} does not open`)
}

/** A backup killed mid-write (a power cut) leaves its temporary file: the next backup into the folder removes it. */
function removeStalePartials(folder: string): void {
  let names: string[]
  try {
    names = readdirSync(folder)
  } catch {
    return // the folder's own problem is reported when the backup opens its file
  }
  for (const name of names) {
    if (name.startsWith('.') && name.endsWith('.partial') && name.includes(BACKUP_EXTENSION)) rmSync(join(folder, name), { force: true })
  }
}

function b64(s: { ephemeralPublic: Buffer; nonce: Buffer; ciphertext: Buffer; tag: Buffer }): BackupHeader['fileKey'] {
  return {
    ephemeralPublic: s.ephemeralPublic.toString('base64'),
    nonce: s.nonce.toString('base64'),
    ciphertext: s.ciphertext.toString('base64'),
    tag: s.tag.toString('base64'),
  }
}
