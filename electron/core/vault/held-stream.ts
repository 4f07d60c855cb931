import { Readable } from 'node:stream'
import { blobPath, fileSize } from './blob-files'
import type { DocumentRecord } from './document-queries'
import { asReadError } from './read-blob'
import { wipeAndRelease } from './release-buffers'

const EMPTY = Buffer.alloc(0)

/**
 * A document already decrypted whole and proved intact (decryptWhole), as a stream of its opened
 * chunks, never copied. Like a stream from the file, it looks for the blob at its first
 * read (not when it is made, so a stream nobody reads stays quiet): a document destroyed between
 * the open and the first read is not served from memory either, and its plaintext is wiped.
 */
export function heldStream(plain: Buffer[], vaultDir: string, record: DocumentRecord): Readable {
  return new HeldStream(plain, vaultDir, record)
}

class HeldStream extends Readable {
  private next = 0
  private looked = false

  constructor(
    private readonly plain: Buffer[],
    private readonly vaultDir: string,
    private readonly record: DocumentRecord,
  ) {
    super()
  }

  override _read(): void {
    if (this.looked) return this.pushChunk()
    // In a promise, so a name that is not a blob's (blobPath throws) fails the stream too.
    Promise.resolve()
      .then(() => fileSize(blobPath(this.vaultDir, this.record.blobName)))
      .then((size) => {
        if (size === null) throw new Error('the blob is gone')
        this.looked = true
        this.pushChunk()
      })
      .catch((e: unknown) => this.destroy(asReadError(e, this.record)))
  }

  private pushChunk(): void {
    // Each chunk is the reader's alone once pushed: the stream keeps no reference to it.
    while (this.next < this.plain.length) {
      const chunk = this.plain[this.next]
      this.plain[this.next++] = EMPTY
      if (chunk.length > 0) return void this.push(chunk)
    }
    this.push(null)
  }

  /** Ended early (the reader gave up, or the document is gone): what was never served is wiped and freed now. */
  override _destroy(error: Error | null, done: (error?: Error | null) => void): void {
    const unserved = this.plain.splice(this.next)
    wipeAndRelease(unserved)
    done(error)
  }
}
