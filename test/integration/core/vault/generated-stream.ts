import { createCipheriv, createHash } from 'node:crypto'
import { Readable } from 'node:stream'
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/**
 * `size` bytes of a PDF-like file made on the fly (a %PDF- header, then an AES-CTR keystream as
 * incompressible filler), never held in memory; `sha256()` gives its hash once it has been read.
 */
export function generatedPdf(size: number, piece = 64 * 1024): { stream: Readable; sha256(): string } {
  const hash = createHash('sha256')
  const keystream = createCipheriv('aes-128-ctr', Buffer.alloc(16, 7), Buffer.alloc(16, 0))
  const zeros = Buffer.alloc(piece)
  let made = 0
  let digest: string | null = null
  const stream = new Readable({
    read() {
      if (made >= size) {
        this.push(null)
        return
      }
      const n = Math.min(piece, size - made)
      const chunk = keystream.update(zeros.subarray(0, n))
      if (made === 0) Buffer.from('%PDF-1.7\n', 'latin1').copy(chunk, 0, 0, Math.min(9, n))
      made += n
      hash.update(chunk)
      this.push(chunk)
    },
  })
  return {
    stream,
    sha256() {
      digest ??= hash.digest('hex')
      return digest
    },
  }
}

/** Hash a stream as it flows past, without keeping it. */
export async function sha256Of(stream: Readable): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256')
  let size = 0
  for await (const chunk of stream) {
    hash.update(chunk as Buffer)
    size += (chunk as Buffer).length
  }
  return { sha256: hash.digest('hex'), size }
}

/**
 * The highest resident set size seen while `work` runs, sampled every 5 ms. With `collectEveryMs`
 * a full garbage collection also runs that often, so the figure measures what the code keeps
 * alive rather than how long V8 leaves dead buffers lying about: left to itself V8 lets some
 * 50-60 MB of dead 64 KiB buffers pile up before collecting them, whatever the file's size.
 */
export async function peakRss<T>(work: () => Promise<T>, opts: { collectEveryMs?: number } = {}): Promise<{ result: T; peak: number }> {
  let peak = process.memoryUsage().rss
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 5)
  const collector = opts.collectEveryMs ? setInterval(collectGarbage, opts.collectEveryMs) : null
  try {
    const result = await work()
    peak = Math.max(peak, process.memoryUsage().rss)
    return { result, peak }
  } finally {
    clearInterval(sampler)
    if (collector) clearInterval(collector)
  }
}

/**
 * Run a full garbage collection before taking a baseline, so the baseline is not inflated by
 * garbage from earlier tests (which would make any growth look smaller than it is). Nothing is
 * collected during the measured work: the peak includes the garbage a real run leaves for V8.
 */
export function collectGarbage(): void {
  setFlagsFromString('--expose-gc')
  ;(runInNewContext('gc') as () => void)()
}
