/** Buffers smaller than this are left to the garbage collector: freeing them early gains nothing. */
const WORTH_RELEASING = 4096

type Transferable = ArrayBuffer & { transfer(length: number): ArrayBuffer }

/**
 * Free dead buffers' memory now rather than whenever the garbage collector next gets to them.
 * Each sealed or opened chunk comes back from OpenSSL in a new 64 KiB buffer; left to the
 * collector, a 20 MB document's worth of them piles up before it is freed, so the allocator keeps
 * taking fresh pages from the system (each a page fault, the most expensive part of an import)
 * and the pile-up itself sets off full collections. Freed at once, the next chunk reuses the
 * same memory. Detaching (ArrayBuffer transfer to length 0) frees a buffer's memory there and
 * then; only buffers that own their whole ArrayBuffer are touched, and only by their owner, once
 * nothing else can read them (after the write that sent them, after the hash that read them).
 */
export function releaseBuffers(buffers: readonly Buffer[]): void {
  for (const b of buffers) releaseBuffer(b)
}

/** releaseBuffers for one buffer. */
export function releaseBuffer(b: Buffer): void {
  const memory = b.buffer
  if (b.byteLength < WORTH_RELEASING || b.byteOffset !== 0 || b.byteLength !== memory.byteLength) return
  if (!(memory instanceof ArrayBuffer) || typeof (memory as Partial<Transferable>).transfer !== 'function') return
  try {
    ;(memory as Transferable).transfer(0)
  } catch {
    // Memory V8 may not detach (it belongs to something else): the collector frees it as before.
  }
}

/** Plaintext nothing will read again: zeroed, then freed (releaseBuffers). */
export function wipeAndRelease(buffers: readonly Buffer[]): void {
  for (const b of buffers) b.fill(0)
  releaseBuffers(buffers)
}
