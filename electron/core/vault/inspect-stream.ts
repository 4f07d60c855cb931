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
 * Looks at the plaintext on its way to the encryptor: counts it (refusing it the moment it passes
 * the size limit), hashes it, and works out its type from its content (refusing a program or
 * other non-document as soon as its first bytes show it). Keeps nothing of the bytes it is given
 * beyond what the type needs (the sniffer copies), so the caller may reuse its buffer.
 */
export class Inspector {
  private size = 0
  private readonly hash = createHash('sha256')
  private readonly sniffer = new FileTypeSniffer()
  private inspection: Inspection | null = null

  constructor(
    private readonly maxBytes: number,
    private readonly declaredSize: number | null,
  ) {}

  /** The next bytes; throws CabinetError('validation') as soon as the file is refused. */
  update(chunk: Buffer): void {
    this.size += chunk.length
    if (this.size > this.maxBytes) {
      throw new CabinetError('validation', tooLargeMessage(this.declaredSize, this.maxBytes), { field: 'file' })
    }
    this.sniffer.update(chunk)
    this.hash.update(chunk)
  }

  /** Once every byte has been seen: the size, hash and type, or CabinetError('validation'). */
  finish(): Inspection {
    const fileType = this.sniffer.finish()
    this.inspection = { sizeBytes: this.size, sha256: this.hash.digest('hex'), fileType }
    return this.inspection
  }

  /** Available once finish() has succeeded. */
  result(): Inspection {
    if (!this.inspection) throw new Error('inspection read before the stream finished')
    return this.inspection
  }
}

/** The Inspector as a pass-through stream, for bytes arriving as a stream (an upload). */
export class InspectStream extends Transform {
  constructor(private readonly inspector: Inspector) {
    super()
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      this.inspector.update(chunk)
      done(null, chunk)
    } catch (e) {
      done(e as Error)
    }
  }

  override _flush(done: TransformCallback): void {
    try {
      this.inspector.finish()
      done()
    } catch (e) {
      done(e as Error)
    }
  }
}
