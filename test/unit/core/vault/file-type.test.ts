import { describe, expect, it } from 'vitest'
import { CabinetError } from '../../../../electron/core/errors'
import { looksLikeEmail } from '../../../../electron/core/vault/email-headers'
import { FileTypeSniffer } from '../../../../electron/core/vault/file-type'
import { PlainTextCheck } from '../../../../electron/core/vault/utf8-check'
import { zipEntryNames } from '../../../../electron/core/vault/zip-names'
import { DOCX, DOCX_NAMES, EMAIL, EXE, JPEG, PLAIN_ZIP, PNG, TIFF_BE, TIFF_LE, XLSX, pdfBytes, zipWith } from './sample-files'

/** Sniff `bytes`, fed in pieces of `piece` bytes (type detection must not depend on chunking). */
function sniff(bytes: Buffer, piece = 4096 * 3): string {
  const s = new FileTypeSniffer()
  for (let at = 0; at < bytes.length; at += piece) s.update(bytes.subarray(at, at + piece))
  return s.finish()
}

function refusal(bytes: Buffer, piece?: number): string {
  try {
    sniff(bytes, piece)
  } catch (e) {
    expect(e).toBeInstanceOf(CabinetError)
    expect((e as CabinetError).code).toBe('validation')
    expect((e as CabinetError).field).toBe('file')
    return (e as CabinetError).message
  }
  throw new Error('expected the file to be refused')
}

describe('file types are detected from content, not from names', () => {
  it.each([
    ['pdf', pdfBytes()],
    ['jpeg', JPEG],
    ['png', PNG],
    ['tiff', TIFF_LE],
    ['tiff', TIFF_BE],
    ['docx', DOCX],
    ['eml', EMAIL],
    ['txt', Buffer.from('Notes from the pre-visit with Siân Nowak-Wiśniewska.\r\nAll fine.\n\tIndented line.\f', 'utf8')],
    ['txt', Buffer.from('\ufeffText with a byte-order mark', 'utf8')],
  ])('recognises %s', (type, bytes) => {
    expect(sniff(bytes)).toBe(type)
    expect(sniff(bytes, 1)).toBe(type) // one byte at a time
  })

  it('recognises a docx whose central directory lies beyond the first 4 KiB, fed in odd pieces', () => {
    const names = [...DOCX_NAMES, ...Array.from({ length: 300 }, (_, i) => `word/media/image${i}.png`)]
    const big = zipWith(names)
    expect(big.length).toBeGreaterThan(4096 * 3)
    expect(sniff(big, 997)).toBe('docx')
  })

  it('decides the same however the head is split (bytes before the decision are checked too)', () => {
    const text = Buffer.concat([Buffer.from('a'.repeat(4000)), Buffer.from([0xc3]), Buffer.from('b'.repeat(200))]) // bad UTF-8 at 4000
    expect(refusal(text, 3000)).toMatch(/plain UTF-8 text/)
    expect(refusal(text, 1)).toMatch(/plain UTF-8 text/)
    expect(refusal(text, 100_000)).toMatch(/plain UTF-8 text/)
  })

  it('refuses a Windows program, saying so', () => {
    expect(refusal(EXE)).toMatch(/^This file is a Windows program, not a document\./)
  })

  it.each([
    ['an empty file', Buffer.alloc(0), /This file is empty/],
    ['an ELF program', Buffer.from('\x7fELF\x02\x01\x01\0\0\0', 'latin1'), /a program, not a document/],
    ['a script', Buffer.from('#!/bin/sh\nrm -rf /\n'), /a script/],
    ['an Excel file', XLSX, /an Excel spreadsheet/],
    ['a plain zip', PLAIN_ZIP, /a zip archive/],
    ['a truncated zip', DOCX.subarray(0, DOCX.length - 10), /damaged or unusual zip/],
    ['an old Word file', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /old-style Office/],
    ['an RTF file', Buffer.from('{\\rtf1\\ansi hello}'), /Rich Text/],
    ['a GIF', Buffer.from('GIF89a\x01\0\x01\0', 'latin1'), /GIF image/],
    ['a HEIC photo', Buffer.from('\0\0\0\x18ftypheic\0\0\0\0', 'latin1'), /HEIC/],
    ['a gzip archive', Buffer.from([0x1f, 0x8b, 8, 0, 0, 0]), /compressed archive/],
    ['binary noise', Buffer.from([1, 2, 3, 200, 0, 5]), /binary data/],
    ['Latin-1 text (not UTF-8)', Buffer.from('caf\xe9 au lait', 'latin1'), /plain UTF-8 text/],
    ['text with a control character', Buffer.from('line one\x1bline two'), /binary data/],
    ['text with a NUL late in the file', Buffer.concat([Buffer.from('x'.repeat(10_000)), Buffer.from([0]), Buffer.from('y')]), /binary data/],
    ['an email with binary data', Buffer.concat([EMAIL, Buffer.from([0, 1, 2])]), /not a valid email/],
  ])('refuses %s with a reason', (_name, bytes, message) => {
    const m = refusal(bytes)
    expect(m).toMatch(message)
  })

  it('refuses a program at once, from its first bytes, before the rest arrives', () => {
    const s = new FileTypeSniffer()
    expect(() => s.update(Buffer.concat([EXE, Buffer.alloc(8192)]))).toThrow(/Windows program/)
  })
})

describe('the pieces', () => {
  it('email headers: real headers pass, prose mentioning "From:" does not', () => {
    expect(looksLikeEmail(EMAIL.toString('latin1'))).toBe(true)
    expect(looksLikeEmail('From - Mon Mar 03 2025\nFrom: a@b.c\nDate: today\n\nbody')).toBe(true)
    expect(looksLikeEmail('Dear Sir,\nFrom: me\nTo: you\n')).toBe(false)
    expect(looksLikeEmail('Subject: only one known header\nX-Thing: 1\n\n')).toBe(false)
    expect(looksLikeEmail(' continuation first\nFrom: a\nDate: b\n')).toBe(false)
  })

  it('UTF-8 check: overlong forms, surrogates and code points above U+10FFFF are refused', () => {
    const check = (bytes: number[]) => {
      const c = new PlainTextCheck()
      c.update(Uint8Array.from(bytes))
      return c.result()
    }
    expect(check([0xe2, 0x82, 0xac])).toBe('ok') // €
    expect(check([0xf0, 0x9f, 0x98, 0x80])).toBe('ok') // an emoji
    expect(check([0xc0, 0xaf])).toBe('encoding') // overlong '/'
    expect(check([0xe0, 0x80, 0xaf])).toBe('encoding') // overlong
    expect(check([0xed, 0xa0, 0x80])).toBe('encoding') // a surrogate
    expect(check([0xf4, 0x90, 0x80, 0x80])).toBe('encoding') // above U+10FFFF
    expect(check([0xe2, 0x82])).toBe('encoding') // cut off at the end
    expect(check([0x41, 0x7f])).toBe('control') // DEL
  })

  it('zip reader: lists central directory names; null when the directory is out of reach', () => {
    expect(zipEntryNames(DOCX, 0)).toEqual(DOCX_NAMES)
    expect(zipEntryNames(DOCX.subarray(DOCX.length - 40), DOCX.length - 40)).toBeNull() // the directory starts before the tail
    expect(zipEntryNames(Buffer.from('not a zip at all, just text'), 0)).toBeNull()
  })
})
