/**
 * Cuts a byte stream into fixed-size chunks, holding at most one chunk in memory. Sealing and
 * opening a blob both need the same rule, so it lives here once: a full chunk is handed on as
 * not final only once more bytes have arrived, so what is left at the end (0..size bytes) is
 * always the final chunk. Whole chunks inside a large input are handed on where they lie,
 * without a copy.
 */
export class ChunkBuffer {
  private readonly buffer: Buffer
  private filled = 0

  constructor(size: number) {
    this.buffer = Buffer.allocUnsafe(size)
  }

  /** Feed `data` from byte `at`, calling `chunk` (synchronously) for every chunk that cannot be the last. */
  feed(data: Buffer, at: number, chunk: (bytes: Buffer) => void): void {
    const size = this.buffer.length
    while (at < data.length) {
      // The buffered chunk is full and more data exists: it cannot be the last one.
      if (this.filled === size) {
        chunk(this.buffer)
        this.filled = 0
      }
      if (this.filled === 0 && data.length - at > size) {
        chunk(data.subarray(at, at + size))
        at += size
        continue
      }
      const n = data.copy(this.buffer, this.filled, at)
      this.filled += n
      at += n
    }
  }

  /** How many bytes are buffered: at the end of the stream, the final chunk's length. */
  get length(): number {
    return this.filled
  }

  /** The buffered bytes: at the end of the stream, the final chunk. */
  rest(): Buffer {
    return this.buffer.subarray(0, this.filled)
  }

  /** Zero the buffer: it has held plaintext. */
  wipe(): void {
    this.buffer.fill(0)
  }
}
