/** Buffers kept per size: enough for an import and an open (two passes) at once. */
const KEPT_PER_SIZE = 3

const kept = new Map<number, Buffer[]>()

/**
 * A read buffer of `size` bytes, from those returned earlier where one is free. Reading a blob or
 * a file a batch at a time needs a buffer of about 1 MiB per pass; a new one costs 256 fresh
 * pages, each a page fault (tens of microseconds apiece on a busy virtual machine), so a few are
 * kept and reused instead. Its contents are whatever was last read into it: read before use.
 */
export function takeBatchBuffer(size: number): Buffer {
  return kept.get(size)?.pop() ?? Buffer.allocUnsafe(size)
}

/** Give a buffer back once nothing reads it any more. It is zeroed first: a kept buffer never holds a document's bytes. */
export function giveBackBatchBuffer(buffer: Buffer): void {
  buffer.fill(0)
  const list = kept.get(buffer.length) ?? []
  if (list.length >= KEPT_PER_SIZE) return
  list.push(buffer)
  kept.set(buffer.length, list)
}
