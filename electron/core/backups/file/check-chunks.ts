import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { nonce, SEALED_CHUNK, TAG_BYTES } from './stream'

/*
 * The read-back after a backup is written: every chunk's GCM tag checked, straight from the file,
 * on every core at once (the threads start while the file is being written, and wait for it).
 * Each worker thread reads its own run of chunks by offset (chunk i starts at i × SEALED_CHUNK),
 * so no bytes pass between threads; only the nonces (made by stream.ts,
 * the one place that knows them) go in, and the first failing chunk comes out. The plaintext is
 * never kept: this is a check, and the archive inside was made from these very chunks.
 *
 * The worker is a few lines of plain JavaScript given as source (it needs only node:fs and
 * node:crypto), so it runs the same under Electron, tsx and vitest with no build step of its own.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads')
const { openSync, readSync, closeSync } = require('node:fs')
const { createDecipheriv, createSecretKey } = require('node:crypto')
parentPort.once('message', ({ file, start, end, first, last, chunk, tag, key, nonces }) => {
  const raw = Buffer.from(key)
  const k = createSecretKey(raw) // a copy: the bytes given are zeroed
  raw.fill(0)
  key.fill(0)
  if (first >= last) return parentPort.postMessage({ progress: 0, failed: -1 })
  const fd = openSync(file, 'r')
  const BATCH = 16
  const buffer = Buffer.allocUnsafe(chunk * BATCH)
  let failed = -1
  let sinceReport = 0
  try {
    for (let i = first; i < last && failed < 0; i += BATCH) {
      const upTo = Math.min(last, i + BATCH)
      const from = start + i * chunk
      const length = Math.min(end, start + upTo * chunk) - from
      if (readSync(fd, buffer, 0, length, from) !== length) { failed = i; break }
      for (let j = i; j < upTo; j++) {
        const piece = buffer.subarray((j - i) * chunk, Math.min(length, (j - i + 1) * chunk))
        const decipher = createDecipheriv('aes-256-gcm', k, Buffer.from(nonces.buffer, nonces.byteOffset + (j - first) * 12, 12), { authTagLength: tag })
        decipher.setAuthTag(piece.subarray(piece.length - tag))
        const plain = decipher.update(piece.subarray(0, piece.length - tag))
        plain.fill(0)
        // Freed now, not at the next collection: a buffer per chunk left to the collector costs more than the check.
        if (plain.byteOffset === 0 && plain.buffer.byteLength === plain.length && plain.buffer.transfer) plain.buffer.transfer(0)
        try { decipher.final() } catch { failed = j; break }
      }
      sinceReport += length
      if (sinceReport >= 8 * 1024 * 1024) { parentPort.postMessage({ progress: sinceReport }); sinceReport = 0 }
    }
  } finally {
    closeSync(fd)
    buffer.fill(0)
  }
  parentPort.postMessage({ progress: sinceReport, failed })
})
`

export interface ChunkCheck {
  /** The payload's first byte in the file, and the file's length. */
  start: number
  end: number
  key: Buffer
}

/** The checking threads, started before the file is written so that they are ready when it is. */
export interface ChunkChecker {
  /**
   * Check every chunk's tag (once). Resolves with null when all open (the last as the last), or
   * with the 0-based index of the first chunk found not to: the caller says what that means in words.
   */
  check(file: string, check: ChunkCheck, onBytes?: (n: number) => void): Promise<number | null>
  /** Stop the threads (after a failure, the check never ran); harmless once they have finished. */
  stop(): void
}

interface Thread {
  worker: Worker
  onBytes: (n: number) => void
  /** The first failing chunk it found (-1 for none), once it has finished. */
  finished: Promise<number>
}

function startThread(): Thread {
  const worker = new Worker(WORKER_SOURCE, { eval: true })
  const thread: Thread = { worker, onBytes: () => undefined, finished: Promise.resolve(-1) }
  let failed = -1
  thread.finished = new Promise<number>((resolve, reject) => {
    worker.on('message', (m: { progress: number; failed?: number }) => {
      thread.onBytes(m.progress)
      if (m.failed !== undefined) failed = m.failed
    })
    worker.on('error', reject)
    worker.on('exit', (code) => (code === 0 ? resolve(failed) : reject(new Error(`the backup check stopped (exit code ${code})`))))
  })
  thread.finished.catch(() => undefined) // stopped before it was given work: nobody waits for it
  return thread
}

/** Start one thread per core (at most four): starting a thread takes longer than checking 100 MB on it. */
export function startChunkChecker(): ChunkChecker {
  const threads = Array.from({ length: Math.max(1, Math.min(4, availableParallelism())) }, startThread)
  let used = false
  return {
    async check(file, check, onBytes = () => undefined) {
      if (used) throw new Error('a chunk checker checks one file')
      used = true
      const payload = check.end - check.start
      const total = Math.max(1, Math.ceil(payload / SEALED_CHUNK))
      if (payload < TAG_BYTES || payload - (total - 1) * SEALED_CHUNK < TAG_BYTES) return total - 1
      const per = Math.ceil(total / threads.length)
      const results = await Promise.all(
        threads.map((thread, t) => {
          const first = Math.min(total, t * per)
          const last = Math.min(total, (t + 1) * per)
          const nonces = Buffer.alloc(12 * (last - first))
          for (let i = first; i < last; i++) nonce(i, i === total - 1).copy(nonces, 12 * (i - first))
          const key = new Uint8Array(check.key)
          thread.onBytes = onBytes
          thread.worker.postMessage({ file, start: check.start, end: check.end, first, last, chunk: SEALED_CHUNK, tag: TAG_BYTES, key, nonces })
          key.fill(0) // the thread has its own copy (messages are cloned), which it zeroes
          return thread.finished
        }),
      )
      const failures = results.filter((f) => f >= 0)
      return failures.length === 0 ? null : Math.min(...failures)
    },
    stop() {
      for (const { worker } of threads) void worker.terminate()
    },
  }
}
