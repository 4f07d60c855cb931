import { crc32 } from 'node:zlib'

/*
 * Small, synthetic files of each kind for the type sniffing and vault tests. Built by hand, so
 * the tests know exactly which bytes make a file what it is.
 */

export const SECRET_MARKER = 'CABINET-PLAINTEXT-MARKER-7f3a9c'

export function pdfBytes(extra = ''): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% ${SECRET_MARKER} ${extra}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
    'latin1',
  )
}

export const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0xff, 0xd9])
export const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(24, 1)])
export const TIFF_LE = Buffer.concat([Buffer.from('II*\0', 'latin1'), Buffer.alloc(12, 2)])
export const TIFF_BE = Buffer.concat([Buffer.from('MM\0*', 'latin1'), Buffer.alloc(12, 2)])
/** The start of a Windows executable. */
export const EXE = Buffer.concat([
  Buffer.from('MZ\x90\0\x03\0\0\0\x04\0\0\0\xff\xff', 'latin1'),
  Buffer.alloc(200, 0),
  Buffer.from('This program cannot be run in DOS mode.'),
])

export const EMAIL = Buffer.from(
  [
    'Return-Path: <office@example.org>',
    'From: Riverside Contact Centre <office@example.org>',
    'To: Referrals <referrals@example.org>',
    'Subject: Referral update',
    '\tcontinued subject line',
    'Date: Mon, 3 Mar 2025 10:15:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Please find the update below.',
    '',
  ].join('\r\n'),
  'utf8',
)

/** A minimal zip (stored entries) with the given names: enough for the central-directory reader. */
export function zipWith(names: string[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const name of names) {
    const data = Buffer.from(`<xml>${name}</xml>`, 'utf8')
    const nameBytes = Buffer.from(name, 'utf8')
    const crc = crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(nameBytes.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(nameBytes.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, nameBytes, data)
    centrals.push(central, nameBytes)
    offset += local.length + nameBytes.length + data.length
  }
  const cd = Buffer.concat(centrals)
  const eocd = Buffer.alloc(22)
  eocd.writeUInt32LE(0x06054b50, 0)
  eocd.writeUInt16LE(names.length, 8)
  eocd.writeUInt16LE(names.length, 10)
  eocd.writeUInt32LE(cd.length, 12)
  eocd.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, cd, eocd])
}

export const DOCX_NAMES = ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml']
export const DOCX = zipWith(DOCX_NAMES)
export const XLSX = zipWith(['[Content_Types].xml', 'xl/workbook.xml'])
export const PLAIN_ZIP = zipWith(['photos/one.txt'])
