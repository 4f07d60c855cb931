import { open } from 'node:fs/promises'
import { CabinetError } from '../../errors'
import { readArchive, type ArchiveContents, type EntrySink } from './archive'
import { damaged, headerLength, headerMacMatches, MAX_HEADER_BYTES, parseHeader, type BackupHeader } from './format'
import { openPayload } from './open-payload'
import { payloadKey } from './stream'

/** A backup whose header has been read and whose file key is known (unlock.ts). */
export interface OpenedBackup {
  header: BackupHeader
  /** magic ‖ length ‖ JSON, as in the file: what the header MAC covers. */
  headerBytes: Buffer
  fileKey: Buffer
}

/** The header of `file`, its bytes and MAC, without any key. Throws `not_cabinet`, `newer_version` or `damaged`. */
export async function readBackupHeader(file: string): Promise<{ header: BackupHeader; headerBytes: Buffer; mac: Buffer }> {
  const handle = await open(file, 'r').catch((e: unknown) => {
    throw unreadableFile(e, file)
  })
  try {
    const prefix = Buffer.alloc(MAX_HEADER_BYTES + 64)
    const { bytesRead } = await handle.read(prefix, 0, prefix.length, 0).catch((e: unknown) => {
      throw unreadableFile(e, file)
    })
    const bytes = prefix.subarray(0, bytesRead)
    headerLength(bytes, file)
    const { encoded, mac } = parseHeader(bytes, file)
    return { header: encoded.header, headerBytes: encoded.bytes, mac }
  } finally {
    await handle.close()
  }
}

/** A backup file that cannot be opened at all, in words naming the file field (a typed path may be wrong). */
function unreadableFile(e: unknown, file: string): CabinetError {
  const code = (e as NodeJS.ErrnoException).code
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return new CabinetError('not_found', `There is no file at ${file}. Check the path, and that the USB stick or drive holding it is plugged in.`, {
      field: 'file',
      cause: e,
    })
  }
  if (code === 'EISDIR') {
    return new CabinetError('validation', `${file} is a folder, not a backup file. Choose the .cabinet-backup file inside it.`, { field: 'file', cause: e })
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new CabinetError('storage', `Cabinet is not allowed to read ${file}. Copy it somewhere you can open, or ask whoever looks after this PC.`, {
      field: 'file',
      cause: e,
    })
  }
  return new CabinetError('storage', `Cabinet could not read ${file} (${code ?? (e as Error).message}). Check the drive holding it and try again.`, {
    field: 'file',
    cause: e,
  })
}

/**
 * Read the whole payload: check the header's MAC, open every chunk and check every file against
 * the manifest, passing each file's bytes to `sinkFor` (restore) or nowhere (verify). Nothing is
 * trusted until the end: a restore must not use what it wrote unless this resolves.
 */
export async function readOpenedBackup(
  file: string,
  opened: OpenedBackup,
  sinkFor: (name: string, size: number) => Promise<EntrySink | null>,
  onProgress?: (bytesDone: number) => void,
  signal?: AbortSignal,
): Promise<ArchiveContents> {
  signal?.throwIfAborted()
  const start = opened.headerBytes.length + 32
  const macHandle = await open(file, 'r')
  try {
    const mac = Buffer.alloc(32)
    await macHandle.read(mac, 0, 32, opened.headerBytes.length)
    if (!headerMacMatches(opened.fileKey, opened.headerBytes, mac)) throw damaged(file, 'its header has been changed')
  } finally {
    await macHandle.close()
  }
  const key = payloadKey(opened.fileKey, Buffer.from(opened.header.payloadSalt, 'base64'))
  const cancelled = new AbortController()
  const stop = () => cancelled.abort(new CabinetError('cancelled', 'Cancelled: nothing was changed.'))
  signal?.addEventListener('abort', stop, { once: true })
  async function* counted(): AsyncGenerator<Buffer> {
    let done = 0
    for await (const piece of openPayload(file, start, key, (why) => damaged(file, why), cancelled.signal)) {
      done += piece.length
      onProgress?.(done)
      yield piece
    }
  }
  try {
    return await readArchive(counted(), sinkFor, (why) => damaged(file, why))
  } finally {
    signal?.removeEventListener('abort', stop)
    key.fill(0)
  }
}

/** Verify without restoring: every byte authenticated, every hash matched, nothing written. */
export function verifyOpenedBackup(file: string, opened: OpenedBackup, onProgress?: (bytesDone: number) => void): Promise<ArchiveContents> {
  return readOpenedBackup(file, opened, () => Promise.resolve(null), onProgress)
}
