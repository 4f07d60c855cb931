import { Readable } from 'node:stream'
import { CabinetError } from '../errors'
import { blobPath, fileSize } from './blob-files'
import type { DocumentRecord } from './document-queries'
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
    Promise.resolve(this.record.blobName)
      .then((name) => fileSize(blobPath(this.vaultDir, name)))
      .then(
        (size) => {
          if (size === null) return this.gone()
          this.looked = true
          this.pushChunk()
        },
        () => this.gone(),
      )
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

  private gone(): void {
    this.destroy(new CabinetError('damaged', `The document “${this.record.title}” could not be read from the vault folder.`))
  }

  /** Ended early (the reader gave up, or the document is gone): what was never served is wiped and freed now. */
  override _destroy(error: Error | null, done: (error?: Error | null) => void): void {
    const unserved = this.plain.splice(this.next)
    wipeAndRelease(unserved)
    done(error)
  }
}
