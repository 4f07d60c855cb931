import { CabinetError } from '../errors'
import type { FileType } from './catalogue'
import { looksLikeEmail } from './email-headers'
import { PlainTextCheck } from './utf8-check'
import { zipEntryNames } from './zip-names'

/*
 * What a file really is, from its bytes and never from its name. The head (first 4 KiB) settles
 * PDF, JPEG, PNG and TIFF at once and refuses programs and other known non-documents before
 * anything much is encrypted; Word files need the zip's central directory at the end, and text
 * needs every byte checked, so those are confirmed when the stream ends.
 */

const HEAD_BYTES = 4096
const ZIP_TAIL_BYTES = 256 * 1024

const KEPT = 'Cabinet keeps PDF, JPEG, PNG and TIFF images, Word (.docx), text and email (.eml) files.'

function refuse(what: string): CabinetError {
  return new CabinetError('validation', `This file is ${what}. ${KEPT}`, { field: 'file' })
}

type Candidate = FileType | 'zip'

function startsWith(head: Buffer, ...bytes: number[]): boolean {
  return head.length >= bytes.length && bytes.every((b, i) => head[i] === b)
}

function ascii(head: Buffer, start: number, end: number): string {
  return head.toString('latin1', start, Math.min(end, head.length))
}

/** Known non-documents, named so the coordinator knows what they picked. */
function recogniseRefused(head: Buffer): CabinetError | null {
  const a4 = ascii(head, 0, 4)
  if (ascii(head, 0, 2) === 'MZ') return refuse('a Windows program, not a document')
  if (a4 === '\x7fELF') return refuse('a program, not a document')
  if ([0xcafebabe, 0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe].includes(head.length >= 4 ? head.readUInt32BE(0) : -1)) {
    return refuse('a program (for a Mac), not a document')
  }
  if (ascii(head, 0, 2) === '#!') return refuse('a script (a program), not a document')
  if (startsWith(head, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
    return refuse('an old-style Office file (.doc, .xls or .ppt); save it as .docx or PDF and add that instead')
  }
  if (ascii(head, 0, 5) === '{\\rtf') return refuse('a Rich Text (.rtf) document; save it as .docx or PDF and add that instead')
  if (a4 === 'GIF8') return refuse('a GIF image; convert it to PNG or JPEG first')
  if (a4 === 'RIFF' && ascii(head, 8, 12) === 'WEBP') return refuse('a WebP image; convert it to PNG or JPEG first')
  if (ascii(head, 4, 8) === 'ftyp') {
    const brand = ascii(head, 8, 12)
    if (/^(heic|heix|mif1|msf1|avif)$/.test(brand)) return refuse('an HEIC/AVIF photo (as iPhones take); convert it to JPEG first')
    return refuse('a video or audio file, not a document')
  }
  if (ascii(head, 0, 3) === 'ID3' || startsWith(head, 0xff, 0xfb)) return refuse('an audio file, not a document')
  if (startsWith(head, 0x1f, 0x8b) || ascii(head, 0, 6) === '7z\xbc\xaf\x27\x1c' || a4 === 'Rar!') {
    return refuse('a compressed archive, not a document; unpack it and add the documents inside')
  }
  return null
}

function classifyHead(head: Buffer): Candidate | CabinetError {
  if (ascii(head, 0, 5) === '%PDF-') return 'pdf'
  if (startsWith(head, 0xff, 0xd8, 0xff)) return 'jpeg'
  if (startsWith(head, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png'
  if (startsWith(head, 0x49, 0x49, 0x2a, 0x00) || startsWith(head, 0x4d, 0x4d, 0x00, 0x2a)) return 'tiff'
  if (startsWith(head, 0x50, 0x4b, 0x03, 0x04) || startsWith(head, 0x50, 0x4b, 0x05, 0x06)) return 'zip'
  const refused = recogniseRefused(head)
  if (refused) return refused
  if (looksLikeEmail(head.toString('latin1'))) return 'eml'
  const text = new PlainTextCheck()
  text.update(head) // a character cut off at 4 KiB still counts as plausible here
  return text.plausible ? 'txt' : textRefusal(text.problemSoFar)
}

function textRefusal(problem: 'encoding' | 'control' | null): CabinetError {
  return problem === 'control'
    ? refuse('not a type of document Cabinet can keep (it holds binary data)')
    : refuse('neither a recognised document nor plain UTF-8 text')
}

export class FileTypeSniffer {
  /** Every byte so far, until the type is decided (at most HEAD_BYTES). */
  private head = Buffer.alloc(0)
  private candidate: Candidate | null = null
  private size = 0
  private readonly text = new PlainTextCheck()
  private sawNul = false
  /** The zip's last chunks, at least ZIP_TAIL_BYTES of them once there are that many. */
  private tailChunks: Buffer[] = []
  private tailLength = 0

  /** Feed the next bytes; throws CabinetError('validation') as soon as the file is known to be refused. */
  update(chunk: Buffer): void {
    this.size += chunk.length
    if (this.candidate !== null) return this.observe(chunk)
    const before = this.head
    this.head = Buffer.concat([before, chunk.subarray(0, HEAD_BYTES - before.length)])
    if (this.head.length < HEAD_BYTES) return
    this.decide()
    // The whole-file checks start now: give them every byte seen so far, none twice.
    this.observe(before)
    this.observe(chunk)
  }

  /** The detected type once the whole file has been seen; throws CabinetError('validation') when refused. */
  finish(): FileType {
    if (this.size === 0) throw new CabinetError('validation', 'This file is empty (0 bytes), so there is nothing to keep.', { field: 'file' })
    if (this.candidate === null) {
      this.decide()
      this.observe(this.head)
    }
    switch (this.candidate) {
      case 'txt': {
        const problem = this.text.result()
        if (problem !== 'ok') throw textRefusal(problem)
        return 'txt'
      }
      case 'eml':
        if (this.sawNul) throw refuse('not a valid email (.eml) file (it holds binary data)')
        return 'eml'
      case 'zip':
        return this.zipType()
      default:
        return this.candidate as FileType
    }
  }

  private decide(): void {
    const decided = classifyHead(this.head)
    if (decided instanceof CabinetError) throw decided
    this.candidate = decided
  }

  private observe(chunk: Buffer): void {
    if (chunk.length === 0) return
    if (this.candidate === 'txt') this.text.update(chunk)
    else if (this.candidate === 'eml') this.sawNul ||= chunk.includes(0)
    else if (this.candidate === 'zip') {
      this.tailChunks.push(Buffer.from(chunk)) // a copy: the caller may reuse its buffer
      this.tailLength += chunk.length
      while (this.tailLength - this.tailChunks[0].length >= ZIP_TAIL_BYTES) this.tailLength -= (this.tailChunks.shift() as Buffer).length
    }
  }

  private zipType(): FileType {
    const tail = Buffer.concat(this.tailChunks, this.tailLength)
    const names = zipEntryNames(tail, this.size - tail.length)
    if (!names) throw refuse('a damaged or unusual zip file, not a Word document')
    if (names.includes('word/document.xml')) return 'docx'
    if (names.some((n) => n.startsWith('xl/'))) throw refuse('an Excel spreadsheet; save it as PDF and add that instead')
    if (names.some((n) => n.startsWith('ppt/'))) throw refuse('a PowerPoint presentation; save it as PDF and add that instead')
    throw refuse('a zip archive, not a document; unpack it and add the documents inside')
  }
}
