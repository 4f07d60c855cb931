import { open, type FileHandle } from 'node:fs/promises'
import { giveBackBatchBuffer, takeBatchBuffer } from './batch-buffers'
import { writeBuffers } from './blob-writer'
import { ChunkBuffer } from './chunk-buffer'
import type { BlobSealer } from './chunk-crypto'
import type { Inspector } from './inspect-stream'

/** Plaintext chunks read per system call, into one buffer used again for every batch. */
const READ_BATCH_CHUNKS = 16

/**
 * Seal the file at `path` into the open, empty blob file `out`: the header, then every chunk, the
 * last (0..chunkSize bytes) flagged final. The same blob as the encrypt stream writes, without a
 * stream's buffers: the file is read a batch at a time into one reused (and kept) buffer, each batch's
 * sealed chunks go out in one writev (their memory freed once written) while the next batch is
 * read and sealed. Memory held: the read buffer, one held-back chunk and the batch being written,
 * whatever the file's size. The inspector sees every byte before it is
 * sealed, so a refused file stops at its first batch. The caller still fsyncs `out`.
 */
export async function sealFileToBlob(path: string, out: FileHandle, sealer: BlobSealer, inspector: Inspector): Promise<void> {
  const input = await open(path, 'r')
  const pending = new ChunkBuffer(sealer.header.chunkSize)
  const batch = takeBatchBuffer(sealer.header.chunkSize * READ_BATCH_CHUNKS)
  // At most one write in flight, overlapping the next read and seal.
  let writing = inFlight(writeBuffers(out, [sealer.header.bytes]))
  try {
    for (;;) {
      const { bytesRead } = await input.read(batch, 0, batch.length, null)
      if (bytesRead === 0) break
      const data = batch.subarray(0, bytesRead)
      inspector.update(data)
      const sealed: Buffer[] = []
      pending.feed(data, 0, (chunk) => sealed.push(...sealer.seal(chunk, false)))
      await writing
      writing = inFlight(writeBuffers(out, sealed, true))
    }
    inspector.finish()
    const last = sealer.seal(pending.rest(), true)
    await writing
    await writeBuffers(out, last, true)
  } finally {
    // On a failure: no write may still be running when the caller closes `out`.
    await writing.catch(() => undefined)
    giveBackBatchBuffer(batch)
    pending.wipe()
    sealer.wipe()
    await input.close()
  }
}

/** Mark a write handled at once: its failure is thrown where it is awaited, not counted as unhandled meanwhile. */
function inFlight(write: Promise<void>): Promise<void> {
  write.catch(() => undefined)
  return write
}
