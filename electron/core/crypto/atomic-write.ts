import { randomBytes } from 'node:crypto'
import { closeSync, fsyncSync, openSync, readdirSync, renameSync, unlinkSync, writeSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/**
 * Replace `file` so that a crash or power cut at any instant leaves either the whole old file or
 * the whole new one, never a mixture: write a temp file in the same folder (so the rename cannot
 * cross file systems), fsync it, rename it over the target, then fsync the folder so the rename
 * itself is durable. A temp file left by a crash is harmless and is removed by the next write.
 */
export function writeFileAtomic(file: string, data: string | Buffer): void {
  const dir = dirname(file)
  removeStaleTemps(file)
  const tmp = join(dir, `${tempPrefix(file)}${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    const fd = openSync(tmp, 'wx', 0o600)
    try {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
      let written = 0
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written)
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameWithRetry(tmp, file)
  } catch (e) {
    try {
      unlinkSync(tmp)
    } catch {
      // Already renamed or never created: nothing to tidy.
    }
    throw e
  }
  fsyncDirectory(dir)
}

/** Temp files an interrupted writeFileAtomic(file) may have left behind. */
export function listStaleTemps(file: string): string[] {
  const prefix = tempPrefix(file)
  try {
    return readdirSync(dirname(file))
      .filter((name) => name.startsWith(prefix) && name.endsWith('.tmp'))
      .map((name) => join(dirname(file), name))
  } catch {
    return []
  }
}

function removeStaleTemps(file: string): void {
  for (const stale of listStaleTemps(file)) {
    try {
      unlinkSync(stale)
    } catch {
      // Another tidy-up got there first, or it is not ours to remove: the write does not need it gone.
    }
  }
}

function tempPrefix(file: string): string {
  return `.${basename(file)}.`
}

/**
 * On Windows a virus scanner or the search indexer may hold the target open for a moment, making
 * the rename fail with EPERM/EBUSY; a few short retries ride that out.
 */
function renameWithRetry(from: string, to: string): void {
  for (let attempt = 0; ; attempt++) {
    try {
      renameSync(from, to)
      return
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      const transient = code === 'EPERM' || code === 'EBUSY' || code === 'EACCES'
      if (process.platform !== 'win32' || !transient || attempt >= 10) throw e
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20 * (attempt + 1))
    }
  }
}

/** Make the rename durable. Windows cannot open a folder for fsync (NTFS journals the rename). */
function fsyncDirectory(dir: string): void {
  if (process.platform === 'win32') return
  const fd = openSync(dir, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}
