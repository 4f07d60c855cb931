import { Worker } from 'node:worker_threads'

/*
 * The manifest's SHA-256 of every file, worked out on a thread of its own while the main thread
 * reads and seals the same files: hashing is the largest part of writing a backup, and this way
 * it runs beside the sealing instead of before it. The thread reads the files itself, so no
 * bytes pass between threads. It may, because a backup's files cannot change under it: the open
 * app's snapshot is a private copy of the database and hard links to vault blobs (a blob is
 * never rewritten once named), and a closed folder is read under its lock. Each file's size is
 * checked on both sides all the same, and a restore checks every hash against the bytes.
 *
 * Like check-chunks.ts, the worker is plain JavaScript given as source (node:fs and node:crypto
 * only), so it runs the same under Electron, tsx and vitest.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const { openSync, readSync, fstatSync, closeSync } = require('node:fs')
const { createHash } = require('node:crypto')
const buffer = Buffer.allocUnsafe(1024 * 1024)
for (const { name, path, size } of workerData.files) {
  const fd = openSync(path, 'r')
  try {
    const hash = createHash('sha256')
    let seen = 0
    for (;;) {
      const n = readSync(fd, buffer, 0, Math.min(buffer.length, size - seen + 1), seen)
      if (n === 0) break
      seen += n
      if (seen > size) break
      hash.update(buffer.subarray(0, n))
    }
    if (seen !== size || fstatSync(fd).size !== size) {
      throw new Error(name + ' changed size while it was being backed up (' + size + ' bytes expected, ' + Math.max(seen, fstatSync(fd).size) + ' found)')
    }
    parentPort.postMessage({ name, sha256: hash.digest('hex') })
  } finally {
    closeSync(fd)
  }
}
buffer.fill(0)
`

export interface FileToHash {
  name: string
  path: string
  size: number
}

export interface FileHashes {
  /** Every file's SHA-256 (hex) by name, once all are done; rejects on the first file that could not be read or changed size. */
  done: Promise<Map<string, string>>
  /** Stop early (the backup failed): harmless once done. */
  stop(): void
}

export function hashFilesOnThread(files: readonly FileToHash[]): FileHashes {
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { files } })
  const hashes = new Map<string, string>()
  const done = new Promise<Map<string, string>>((resolve, reject) => {
    worker.on('message', (m: { name: string; sha256: string }) => hashes.set(m.name, m.sha256))
    worker.on('error', reject)
    worker.on('exit', (code) =>
      code === 0 && hashes.size === files.length ? resolve(hashes) : reject(new Error(`the backup's hashing stopped (exit code ${code})`)),
    )
  })
  done.catch(() => undefined) // the caller may stop before it waits
  return { done, stop: () => void worker.terminate() }
}
