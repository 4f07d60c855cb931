import { createHash } from 'node:crypto'
import { Transform, type TransformCallback } from 'node:stream'
import { CabinetError } from '../errors'
import { tooLargeMessage, type FileType } from './catalogue'
import { FileTypeSniffer } from './file-type'

export interface Inspection {
  sizeBytes: number
  sha256: string
  fileType: FileType
}

/**
 * Passes the plaintext through on its way to the encryptor, and on the way counts it (refusing
 * it the moment it passes the size limit), hashes it, and works out its type from its content
 * (refusing a program or other non-document as soon as its first bytes show it).
 */
export class InspectStream extends Transform {
  private size = 0
  private readonly hash = createHash('sha256')
  private readonly sniffer = new FileTypeSniffer()
  private inspection: Inspection | null = null

  constructor(
    private readonly maxBytes: number,
    private readonly declaredSize: number | null,
  ) {
    super()
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      this.size += chunk.length
      if (this.size > this.maxBytes) {
        throw new CabinetError('validation', tooLargeMessage(this.declaredSize, this.maxBytes), { field: 'file' })
      }
      this.sniffer.update(chunk)
      this.hash.update(chunk)
      done(null, chunk)
    } catch (e) {
      done(e as Error)
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      const fileType = this.sniffer.finish()
      this.inspection = { sizeBytes: this.size, sha256: this.hash.digest('hex'), fileType }
      done()
    } catch (e) {
      done(e as Error)
    }
  }

  /** Available once the stream has finished. */
  result(): Inspection {
    if (!this.inspection) throw new Error('inspection read before the stream finished')
    return this.inspection
  }
}
