import { describe, expect, it } from 'vitest'
import { DOCUMENT_CATEGORIES, exportFileName, formatBytes, suggestsDbsCertificate, tooLargeMessage } from '../../../../electron/core/vault/catalogue'

describe('vault catalogue', () => {
  it('P13: there is no category for DBS certificates', () => {
    expect(DOCUMENT_CATEGORIES.some((c) => /dbs|disclosure|barring/i.test(c))).toBe(false)
  })

  it.each(['DBS certificate', 'dbs.pdf', 'volunteer_dbs_2024.pdf', 'Enhanced Disclosure', 'Disclosure and Barring Service check', 'BARRING list'])(
    'P13: "%s" suggests a DBS certificate',
    (name) => expect(suggestsDbsCertificate(name)).toBe(true),
  )

  it.each(['Court order', 'referral-dbsx.pdf', 'adbs', 'Pre-visit checklist', '', null, undefined])('"%s" does not', (name) => {
    expect(suggestsDbsCertificate(name)).toBe(false)
  })

  it('sizes read as Windows shows them', () => {
    expect(formatBytes(1)).toBe('1 byte')
    expect(formatBytes(900)).toBe('900 bytes')
    expect(formatBytes(1536)).toBe('1.5 KB')
    expect(formatBytes(62 * 1024 * 1024)).toBe('62 MB')
    expect(tooLargeMessage(62 * 1024 * 1024, 50 * 1024 * 1024)).toBe('This file is 62 MB; the limit is 50 MB.')
    expect(tooLargeMessage(null, 50 * 1024 * 1024)).toBe('This file is larger than the limit of 50 MB.')
  })

  it('export names drop characters Windows refuses and take the real type’s extension', () => {
    expect(exportFileName('Order: Nowak / Smith?', 'pdf')).toBe('Order Nowak Smith.pdf')
    expect(exportFileName('Letter.pdf', 'docx')).toBe('Letter.pdf.docx')
    expect(exportFileName('***', 'txt')).toBe('document.txt')
    expect(exportFileName('Ends with dots...', 'jpeg')).toBe('Ends with dots.jpg')
  })
})
