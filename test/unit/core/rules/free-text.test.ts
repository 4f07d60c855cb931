import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { contract } from '../../../../electron/contract'
import { freeText, optionalFreeText, tidyFreeText } from '../../../../electron/core/rules'

/*
 * Free text (issue 9): control characters other than newline and tab, bidi embeddings,
 * overrides and isolates, and lone surrogates are refused with a message naming the field;
 * what is accepted is stored composed (NFC) and is unchanged by a second pass.
 */

const notes = freeText('the notes', { max: 4000, multiline: true })
const town = optionalFreeText('the town', { max: 80 })

/** Every code point the rule refuses in multi-line text. */
const REFUSED: number[] = [
  ...Array.from({ length: 0x20 }, (_, i) => i).filter((c) => c !== 0x09 && c !== 0x0a && c !== 0x0d),
  ...Array.from({ length: 0xa0 - 0x7f }, (_, i) => 0x7f + i),
  0x202a,
  0x202b,
  0x202c,
  0x202d,
  0x202e,
  0x2066,
  0x2067,
  0x2068,
  0x2069,
]
const LONE_SURROGATES = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF']

const refusedCharacter = fc.oneof(
  fc.constantFrom(...REFUSED).map((c) => String.fromCharCode(c)),
  fc.constantFrom(...LONE_SURROGATES),
)
/** Any text at all, including astral characters, combining marks and controls. */
const anyText = fc
  .array(
    fc.oneof(
      fc.constantFrom('e\u0301', '\u0301', '\r\n', ' ', '\t'),
      fc.string({ unit: 'grapheme', maxLength: 4 }),
      fc.string({ unit: 'binary', maxLength: 4 }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''))

function messageOf(schema: typeof notes | typeof town, value: unknown): string | undefined {
  return schema.safeParse(value).error?.issues[0].message
}

describe('rule: free text', () => {
  it.each([
    ['NUL', 'Meet at\u0000 noon'],
    ['ESC', 'Meet \u001b[31mat noon'],
    ['DEL', 'Meet\u007f at noon'],
    ['a right-to-left override', 'Invoice \u202Efdp.exe'],
    ['a first-strong isolate', 'Ref \u2068CX-1\u2069'],
    ['a lone surrogate', 'Half \uD83D a face'],
  ])('refuses %s, naming the field', (_what, value) => {
    expect(messageOf(notes, value)).toBe('The notes contains a hidden control character; retype it.')
    expect(messageOf(town, value)).toBe('The town contains a hidden control character; retype it.')
  })

  it('keeps newlines and tabs in multi-line text, with line ends as \\n, and refuses them on one line', () => {
    expect(notes.parse('First line\r\nSecond\tline\rThird')).toBe('First line\nSecond\tline\nThird')
    expect(messageOf(town, 'Bath\nSomerset')).toBe('The town must be on one line; remove the line break or tab.')
    expect(messageOf(town, 'Bath\tSomerset')).toBe('The town must be on one line; remove the line break or tab.')
  })

  it('stores text composed (NFC): e + combining acute is é', () => {
    expect(notes.parse('Cafe\u0301 visit')).toBe('Café visit')
    expect(town.parse(' Ame\u0301lie ')).toBe('Amélie')
    expect(town.parse('')).toBeNull()
  })

  it('property: any string holding a refused code point is refused, wherever it sits', () => {
    fc.assert(
      fc.property(anyText, refusedCharacter, anyText, (before, bad, after) => {
        // A lone high surrogate followed by a low one would make a pair: keep the refused one alone.
        const value = `${before}x${bad}x${after}`
        expect(notes.safeParse(value).success).toBe(false)
        expect(town.safeParse(value).success).toBe(false)
      }),
      { numRuns: 500 },
    )
  })

  it('property: whatever is accepted is NFC and unchanged by a second pass', () => {
    fc.assert(
      fc.property(anyText, (value) => {
        for (const schema of [notes, town]) {
          const first = schema.safeParse(value)
          if (!first.success || first.data === null) continue
          expect(first.data).toBe(first.data.normalize('NFC'))
          expect(tidyFreeText(first.data)).toBe(first.data)
          expect(schema.parse(first.data)).toBe(first.data)
        }
      }),
      { numRuns: 500 },
    )
  })

  it('applies to the typed text of the operations: a note, an address line, centre details, checklist text, an export reason', () => {
    const bidi = 'Ref \u202Edcba'
    const hidden = (r: { error?: { issues: { message: string }[] } }) => r.error?.issues.some((i) => i.message.includes('hidden control character')) ?? false
    const cases: [boolean, string][] = [
      [
        hidden(
          contract['families.previsits.complete'].args.safeParse({
            referralId: 1,
            personId: 1,
            completedOn: '2026-01-01',
            conductedBy: 'Jo',
            ticked: [],
            notes: bidi,
          }),
        ),
        'notes',
      ],
      [
        hidden(
          contract['app.centre.update'].args.safeParse({
            name: 'Centre',
            address: bidi,
            dataController: 'Trust',
            contactEmail: 'a@example.org',
            contactPhone: '01225 765432',
          }),
        ),
        'centre address',
      ],
      [
        hidden(contract['families.checklist.saveTemplate'].args.safeParse({ title: 'Checklist', items: [{ id: 'a', heading: 'Heading', text: bidi }] })),
        'checklist text',
      ],
      [hidden(contract['documents.prepareExport'].args.safeParse({ id: 'a'.repeat(32), reasonCode: 'other', reasonText: bidi })), 'export reason'],
    ]
    for (const [refusedAsHidden, what] of cases) expect([what, refusedAsHidden]).toEqual([what, true])
    const referral = contract['families.referrals.create'].args.safeParse({
      familyId: 1,
      referral: { source: 'self', receivedOn: '2026-01-10', contactType: 'supported', collectionArrangements: 'Only mum\u0000' },
    })
    expect(referral.error?.issues[0]).toMatchObject({
      path: ['referral', 'collectionArrangements'],
      message: 'Who may collect the children contains a hidden control character; retype it.',
    })
  })
})
