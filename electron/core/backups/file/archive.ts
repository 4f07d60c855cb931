import { createHash } from 'node:crypto'
import { open } from 'node:fs/promises'
import { z } from 'zod'
import { isBlobName } from '../../vault/blob-files'
import { hashFilesOnThread } from './hash-files'

/*
 * The payload's plaintext: a flat archive, one entry after another.
 *
 *   file entry     'F' | name length (u16) | name (UTF-8) | size (u64) | the file's bytes
 *   manifest       'M' | length (u32) | JSON: every file's name, size and SHA-256, and the audit head
 *   end            'Z'
 *
 * Only the names a Cabinet folder holds are allowed (no paths, no "..", nothing outside the
 * folder), and each file's bytes must hash to what the manifest says before a restore uses them.
 */
export const FILE_ENTRY = 0x46 // 'F'
export const MANIFEST_ENTRY = 0x4d // 'M'
export const END_ENTRY = 0x5a // 'Z'
const MAX_NAME_BYTES = 200
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024

export function isArchiveName(name: string): boolean {
  if (name === 'keyring.json' || name === 'cabinet.db' || name === 'cabinet.db-wal') return true
  return name.startsWith('vault/') && isBlobName(name.slice('vault/'.length))
}

export const manifestSchema = z.strictObject({
  files: z.array(
    z.strictObject({ name: z.string().refine(isArchiveName, 'not a Cabinet file name'), size: z.int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) }),
  ),
  /** The audit chain's last row and MAC when the backup was made (null before any row). */
  auditHead: z.strictObject({ lastId: z.int().min(0), lastMac: z.string().regex(/^[0-9a-f]{64}$/) }).nullable(),
})
export type Manifest = z.infer<typeof manifestSchema>

/** One file to put in the archive: read from `path`, or the `bytes` already read (the keyring). */
export type ArchiveSource = { name: string; size: number } & ({ path: string } | { bytes: Buffer })

/** One file entry's header. */
function fileHeader(name: string, size: number): Buffer {
  const nameBytes = Buffer.from(name, 'utf8')
  if (!isArchiveName(name) || nameBytes.length > MAX_NAME_BYTES) throw new RangeError(`not an archive name: ${name}`)
  const head = Buffer.alloc(1 + 2 + nameBytes.length + 8)
  head[0] = FILE_ENTRY
  head.writeUInt16BE(nameBytes.length, 1)
  nameBytes.copy(head, 3)
  head.writeBigUInt64BE(BigInt(size), 3 + nameBytes.length)
  return head
}

/** Where the archive's plaintext goes: the sealing writer (seal-payload.ts). */
export interface ArchiveSink {
  /** Room for the next bytes (at least one), to be filled from its start and then committed. */
  room(): Promise<Buffer>
  commit(bytes: number): void
  append(bytes: Buffer): Promise<void>
}

/**
 * Write the archive: each source's bytes read straight into the sink's buffer (never the whole
 * file in memory, and no buffer per read), then the manifest and the end mark. The files' hashes
 * are worked out on another thread meanwhile (hash-files.ts). A source whose size changed while
 * it was read fails the backup rather than writing an entry that disagrees with its header.
 */
export async function writeArchive(
  sources: readonly ArchiveSource[],
  auditHead: Manifest['auditHead'],
  sink: ArchiveSink,
  onBytes: (n: number) => void = () => undefined,
  signal?: AbortSignal,
): Promise<Manifest> {
  const hashing = hashFilesOnThread(sources.filter((s) => 'path' in s))
  try {
    const inMemory = new Map<string, string>()
    for (const source of sources) {
      signal?.throwIfAborted()
      await sink.append(fileHeader(source.name, source.size))
      if ('bytes' in source) {
        if (source.bytes.length !== source.size) throw new Error(`${source.name} is not the size it was said to be`)
        inMemory.set(source.name, createHash('sha256').update(source.bytes).digest('hex'))
        await sink.append(source.bytes)
        onBytes(source.size)
      } else {
        await copyFile(source, sink, onBytes, signal)
      }
    }
    const hashes = await hashing.done
    const files = sources.map((s) => ({ name: s.name, size: s.size, sha256: inMemory.get(s.name) ?? hashes.get(s.name) ?? '' }))
    const manifest = { files, auditHead } satisfies Manifest
    const json = Buffer.from(JSON.stringify(manifest), 'utf8')
    const head = Buffer.alloc(5)
    head[0] = MANIFEST_ENTRY
    head.writeUInt32BE(json.length, 1)
    await sink.append(Buffer.concat([head, json, Buffer.from([END_ENTRY])]))
    return manifest
  } finally {
    hashing.stop()
  }
}

async function copyFile(source: ArchiveSource & { path: string }, sink: ArchiveSink, onBytes: (n: number) => void, signal?: AbortSignal): Promise<void> {
  const handle = await open(source.path, 'r')
  try {
    let seen = 0
    for (;;) {
      const room = await sink.room()
      // One byte more than the size is asked for at the end, so a file that grew is noticed.
      const { bytesRead } = await handle.read(room, 0, Math.min(room.length, source.size - seen + 1), seen)
      if (bytesRead === 0) break
      if (seen + bytesRead > source.size) break
      sink.commit(bytesRead)
      seen += bytesRead
      onBytes(bytesRead)
      signal?.throwIfAborted()
    }
    const { size } = await handle.stat()
    if (seen !== source.size || size !== source.size) {
      throw new Error(`${source.name} changed size while it was being backed up (${source.size} bytes expected, ${Math.max(seen, size)} found)`)
    }
  } finally {
    await handle.close()
  }
}

/** What a reader does with each file: a sink for its bytes, or null to only hash them (verify). */
export interface EntrySink {
  /** Resolves once it is done with `bytes` (written, not just queued): the reader reuses their buffer. */
  write(bytes: Buffer): Promise<void>
  close(): Promise<void>
  /** The archive failed part-way through this file: let go of it (the caller removes what was written). */
  abort(): Promise<void>
}

export interface ArchiveContents {
  manifest: Manifest
  /** Total bytes of all files. */
  bytes: number
}

/**
 * Read an archive from decrypted bytes, passing each file to `sinkFor(name)` and checking each
 * against the manifest at the end. Every problem throws `problem(why)`.
 */
export async function readArchive(
  source: AsyncIterable<Buffer>,
  sinkFor: (name: string, size: number) => Promise<EntrySink | null>,
  problem: (why: string) => Error,
): Promise<ArchiveContents> {
  const reader = new ByteReader(source[Symbol.asyncIterator](), problem)
  const seen = new Map<string, { size: number; sha256: string }>()
  let total = 0
  for (;;) {
    const type = (await reader.exact(1))[0]
    if (type === FILE_ENTRY) {
      const nameLength = (await reader.exact(2)).readUInt16BE(0)
      if (nameLength === 0 || nameLength > MAX_NAME_BYTES) throw problem('an entry has an impossible name length')
      const name = (await reader.exact(nameLength)).toString('utf8')
      if (!isArchiveName(name)) throw problem(`it holds a file Cabinet does not keep (${JSON.stringify(name.slice(0, 60))})`)
      if (seen.has(name)) throw problem(`it holds ${name} twice`)
      const size = Number((await reader.exact(8)).readBigUInt64BE(0))
      if (!Number.isSafeInteger(size)) throw problem(`${name} has an impossible size`)
      const sink = await sinkFor(name, size)
      const hash = createHash('sha256')
      try {
        for await (const piece of reader.body(size)) {
          hash.update(piece)
          if (sink) await sink.write(piece)
        }
      } catch (e) {
        await sink?.abort()
        throw e
      }
      if (sink) await sink.close()
      seen.set(name, { size, sha256: hash.digest('hex') })
      total += size
    } else if (type === MANIFEST_ENTRY) {
      const length = (await reader.exact(4)).readUInt32BE(0)
      if (length > MAX_MANIFEST_BYTES) throw problem('its manifest is impossibly large')
      const manifest = parseManifest(await reader.exact(length), problem)
      if ((await reader.exact(1))[0] !== END_ENTRY) throw problem('it does not end after its manifest')
      await reader.expectEnd()
      checkAgainstManifest(manifest, seen, problem)
      return { manifest, bytes: total }
    } else {
      throw problem('an entry has an unknown type')
    }
  }
}

function parseManifest(bytes: Buffer, problem: (why: string) => Error): Manifest {
  let json: unknown
  try {
    json = JSON.parse(bytes.toString('utf8'))
  } catch {
    throw problem('its manifest is not readable')
  }
  const parsed = manifestSchema.safeParse(json)
  if (!parsed.success) throw problem('its manifest is not valid')
  return parsed.data
}

function checkAgainstManifest(manifest: Manifest, seen: Map<string, { size: number; sha256: string }>, problem: (why: string) => Error): void {
  if (manifest.files.length !== seen.size) throw problem('its manifest lists a different set of files from the ones it holds')
  for (const f of manifest.files) {
    const got = seen.get(f.name)
    if (!got) throw problem(`its manifest lists ${f.name}, which it does not hold`)
    if (got.size !== f.size || got.sha256 !== f.sha256) throw problem(`${f.name} does not match its SHA-256 in the manifest`)
  }
  for (const required of ['keyring.json', 'cabinet.db']) if (!seen.has(required)) throw problem(`it holds no ${required}`)
}

/**
 * Reads exact byte counts from a stream of buffers of any sizes. The source may reuse a buffer
 * once the next one is asked for, so nothing is kept from it past that point.
 */
class ByteReader {
  private current: Buffer = Buffer.alloc(0)
  private at = 0

  constructor(
    private readonly source: AsyncIterator<Buffer>,
    private readonly problem: (why: string) => Error,
  ) {}

  private async fill(): Promise<boolean> {
    while (this.at >= this.current.length) {
      const next = await this.source.next()
      if (next.done) return false
      this.current = next.value
      this.at = 0
    }
    return true
  }

  async exact(n: number): Promise<Buffer> {
    const parts: Buffer[] = []
    let need = n
    while (need > 0) {
      if (!(await this.fill())) throw this.problem('it ends in the middle of an entry')
      const take = Math.min(need, this.current.length - this.at)
      // A part that another read must follow is copied: the source may reuse its buffer for the next read.
      const part = this.current.subarray(this.at, this.at + take)
      parts.push(take < need ? Buffer.from(part) : part)
      this.at += take
      need -= take
    }
    return parts.length === 1 ? parts[0] : Buffer.concat(parts)
  }

  async *body(n: number): AsyncGenerator<Buffer> {
    let need = n
    while (need > 0) {
      if (!(await this.fill())) throw this.problem('it ends in the middle of a file')
      const take = Math.min(need, this.current.length - this.at)
      yield this.current.subarray(this.at, this.at + take)
      this.at += take
      need -= take
    }
  }

  async expectEnd(): Promise<void> {
    if (await this.fill()) throw this.problem('it has bytes after its end')
  }
}
