import type { FileHandle } from 'node:fs/promises'
import { Writable } from 'node:stream'
import { releaseBuffers } from './release-buffers'

/**
 * Append `buffers` to the file, all of them, in order, in one writev system call (no copy into one
 * big buffer first). With `release`, they are the caller's own and dead once written (sealed
 * chunks): their memory is freed as soon as the write is done. The caller fsyncs the file once it
 * is all written. (Flushing early, behind the writes, was tried so that the final fsync would wait
 * only for the tail: on this class of disk each extra flush cost more than it saved, many times
 * over for an upload arriving in small pieces, so there is one flush, at the end.)
 */
export async function writeBuffers(handle: FileHandle, buffers: Buffer[], release = false): Promise<void> {
  await writevAll(handle, buffers)
  if (release) releaseBuffers(buffers)
}

/** A write to a regular file may still be partial (e.g. near a full disk): keep going until all is written. */
async function writevAll(handle: FileHandle, buffers: Buffer[]): Promise<number> {
  let total = 0
  for (const b of buffers) total += b.length
  let left = buffers
  let written = 0
  while (written < total) {
    const { bytesWritten } = await handle.writev(left)
    if (bytesWritten === 0) throw Object.assign(new Error('no bytes written'), { code: 'ENOSPC' })
    written += bytesWritten
    left = skipBytes(left, bytesWritten)
  }
  return total
}

/** `buffers` without their first `n` bytes (views, not copies). */
function skipBytes(buffers: Buffer[], n: number): Buffer[] {
  let i = 0
  while (i < buffers.length && n >= buffers[i].length) n -= buffers[i++].length
  if (i === buffers.length) return []
  return [buffers[i].subarray(n), ...buffers.slice(i + 1)]
}

/**
 * A Writable onto an open file handle (batched writes), so the caller can fsync the handle once
 * the stream has finished. With `releaseWritten`, whatever is written to it is dead once written
 * (the encrypt stream's own sealed chunks) and its memory is freed straight away.
 */
export function handleWriter(handle: FileHandle, opts: { releaseWritten?: boolean } = {}): Writable {
  const release = opts.releaseWritten ?? false
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      writeBuffers(handle, [chunk], release).then(() => done(), done)
    },
    writev(chunks, done) {
      writeBuffers(
        handle,
        chunks.map((c) => c.chunk as Buffer),
        release,
      ).then(() => done(), done)
    },
  })
}
