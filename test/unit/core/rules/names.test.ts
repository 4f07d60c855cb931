import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { displayName, isPersonName, personName, tidyName } from '../../../../electron/core/rules'

/** What the rule answers for one value: the stored value, or the first message. */
function answer(schema: ReturnType<typeof personName>, value: unknown): { value: string } | { message: string } {
  const r = schema.safeParse(value)
  return r.success ? { value: r.data } : { message: r.error.issues[0].message }
}

const SHAPE = 'may contain only letters, spaces, apostrophes, hyphens and full stops, starting with a letter.'

describe('rule: personal names', () => {
  const firstName = personName('a first name')

  it.each([
    ['Siân', 'Siân'],
    ["O'Neill", "O'Neill"],
    ['O’Brien', 'O’Brien'],
    ['Nowak-Wiśniewska', 'Nowak-Wiśniewska'],
    ['Bartłomiej', 'Bartłomiej'],
    ['Zoë', 'Zoë'],
    ['Ngọc', 'Ngọc'],
    ['Αλέξανδρος', 'Αλέξανδρος'],
    ['St. John', 'St. John'],
    ['  Mary   Jane ', 'Mary Jane'],
    ['Sia\u0302n', 'Siân'],
    ['x'.repeat(80), 'x'.repeat(80)],
  ])('accepts %j as %j', (input, stored) => {
    expect(answer(firstName, input)).toEqual({ value: stored })
    expect(isPersonName(input)).toBe(true)
  })

  it.each([
    ['', 'Enter a first name.'],
    ['   ', 'Enter a first name.'],
    [undefined, 'Enter a first name.'],
    ['x'.repeat(81), 'A first name can be at most 80 characters.'],
    ['<b>Bob</b>', `A first name ${SHAPE}`],
    ['R2D2', `A first name ${SHAPE}`],
    ["'quote", `A first name ${SHAPE}`],
    ['-dash', `A first name ${SHAPE}`],
    ['.dot', `A first name ${SHAPE}`],
    ['a;b', `A first name ${SHAPE}`],
    ['vol_01', `A first name ${SHAPE}`],
  ])('refuses %j: %s', (input, message) => {
    expect(answer(firstName, input)).toEqual({ message })
    if (typeof input === 'string') expect(isPersonName(input)).toBe(false)
  })

  it('names the field through its label, and a display name allows 100 characters', () => {
    expect(answer(personName('a last name'), '')).toEqual({ message: 'Enter a last name.' })
    expect(answer(displayName(), '')).toEqual({ message: 'Enter a name.' })
    expect(answer(displayName(), 'Siân O’Neill')).toEqual({ value: 'Siân O’Neill' })
    expect(answer(displayName(), 'x'.repeat(100))).toEqual({ value: 'x'.repeat(100) })
    expect(answer(displayName(), 'x'.repeat(101))).toEqual({ message: 'A name can be at most 100 characters.' })
    expect(answer(displayName(), 'vol_01')).toEqual({ message: `A name ${SHAPE}` })
  })

  it('stores any accepted name as typed once tidied (NFC, trimmed), and a stored name is accepted unchanged', () => {
    const letter = fc.constantFrom(...'aZéŁłśÿñçøÆΩжЖ')
    const mark = fc.constantFrom('\u0301', '\u0302', '\u0308', '\u0323')
    const joiner = fc.constantFrom(' ', '-', "'", '’', '.', '  ')
    const piece = fc.tuple(joiner, letter, fc.option(mark, { nil: '' })).map((parts) => parts.join(''))
    // Up to 1 + 8 × 4 characters: always within the 80 allowed.
    const name = fc
      .tuple(fc.constantFrom(' ', ''), letter, fc.array(piece, { maxLength: 8 }), fc.constantFrom(' ', ''))
      .map(([before, first, rest, after]) => `${before}${first}${rest.join('')}${after}`)
    fc.assert(
      fc.property(name, (typed) => {
        const stored = firstName.parse(typed)
        expect(stored).toBe(tidyName(typed))
        expect(stored).toBe(stored.normalize('NFC').trim())
        expect(firstName.parse(stored)).toBe(stored)
      }),
    )
  })
})
