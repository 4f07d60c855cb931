/*
 * A tiny reader for the end of a zip file: find the End Of Central Directory record and list the
 * entry names in the central directory. Enough to tell a Word .docx (it has word/document.xml)
 * from an Excel or PowerPoint file or any other zip, without unpacking anything.
 */

const EOCD_SIGNATURE = 0x06054b50
const CENTRAL_ENTRY_SIGNATURE = 0x02014b50
const EOCD_MIN_BYTES = 22
const MAX_COMMENT_BYTES = 0xffff

/**
 * `tail` holds the last bytes of the file and `tailStart` its offset in the whole file. Returns
 * null when the central directory is not (entirely) inside the tail or is malformed.
 */
export function zipEntryNames(tail: Buffer, tailStart: number, maxNames = 10_000): string[] | null {
  const eocd = findEocd(tail)
  if (eocd < 0) return null
  const entries = tail.readUInt16LE(eocd + 10)
  const cdSize = tail.readUInt32LE(eocd + 12)
  const cdOffset = tail.readUInt32LE(eocd + 16)
  // 0xFFFFFFFF means zip64, which no Word document needs.
  if (cdOffset === 0xffffffff || cdSize === 0xffffffff) return null
  let at = cdOffset - tailStart
  if (at < 0 || at + cdSize > eocd) return null
  const names: string[] = []
  for (let i = 0; i < entries && names.length < maxNames; i++) {
    if (at + 46 > eocd || tail.readUInt32LE(at) !== CENTRAL_ENTRY_SIGNATURE) return null
    const nameLength = tail.readUInt16LE(at + 28)
    const extraLength = tail.readUInt16LE(at + 30)
    const commentLength = tail.readUInt16LE(at + 32)
    const nameStart = at + 46
    if (nameStart + nameLength > eocd) return null
    names.push(tail.toString('utf8', nameStart, nameStart + nameLength))
    at = nameStart + nameLength + extraLength + commentLength
  }
  return names
}

/** The EOCD sits in the last 22 bytes plus an optional comment of up to 64 KiB: scan backwards. */
function findEocd(tail: Buffer): number {
  const last = tail.length - EOCD_MIN_BYTES
  const first = Math.max(0, last - MAX_COMMENT_BYTES)
  for (let at = last; at >= first; at--) {
    if (tail.readUInt32LE(at) === EOCD_SIGNATURE && at + EOCD_MIN_BYTES + tail.readUInt16LE(at + 20) === tail.length) return at
  }
  return -1
}
