import { describe, expect, it } from 'vitest'
import { foldAccents, nameKey, sortKey } from '../../../../electron/core/families/text-keys'

/*
 * Names as they are written and as someone types them on a UK keyboard: each pair must fold to
 * the same key, or a search or the duplicate check misses the person. Letters that carry an
 * accent decompose (é = e + ´); the second table is letters that do not, which need folding by name.
 */
const ACCENTED: [string, string][] = [
  ['Zoë', 'zoe'],
  ['Siobhán', 'siobhan'],
  ['Nuñez', 'nunez'],
  ['Siân', 'sian'],
  ['Wiśniewska', 'wisniewska'],
  ['Şükrü', 'sukru'],
  ['İpek', 'ipek'],
  ['Dvořák', 'dvorak'],
  ['Ángel', 'angel'],
]

const NOT_DECOMPOSING: [string, string][] = [
  ['Bartłomiej', 'bartlomiej'],
  ['ŁUKASZ', 'lukasz'],
  ['Søren', 'soren'],
  ['ØSTERGAARD', 'ostergaard'],
  ['Æthelred', 'aethelred'],
  ['Cæcilie', 'caecilie'],
  ['Œdipe', 'oedipe'],
  ['Cœur', 'coeur'],
  ['Strauß', 'strauss'],
  ['STRAUẞ', 'strauss'],
  ['Đorđe', 'dorde'],
  ['Guðrún', 'gudrun'],
  ['ÐÓRA', 'dora'],
  ['Ħamrun', 'hamrun'],
  ['Iıl', 'iil'],
  ['Þór', 'thor'],
  ['Ŧest', 'test'],
  ['Ŀlorenç', 'llorenc'],
  ['Coŀlecció', 'colleccio'],
  ['ĸalaallisut', 'kalaallisut'],
  ['Ĳsbrand', 'ijsbrand'],
]

describe('families: folding names for search, sorting and the duplicate check', () => {
  it.each(ACCENTED)('folds accents: %s → %s', (written, typed) => {
    expect(foldAccents(written)).toBe(typed)
    expect(foldAccents(typed)).toBe(typed)
  })

  it.each(NOT_DECOMPOSING)('folds letters that do not decompose: %s → %s', (written, typed) => {
    expect(foldAccents(written)).toBe(typed)
  })

  it('leaves plain text, digits and other scripts as they are (only lower-cased)', () => {
    expect(foldAccents('R-2026-0042')).toBe('r-2026-0042')
    expect(foldAccents("O'Neill Smith")).toBe("o'neill smith")
    expect(foldAccents('Ольга')).toBe('ольга')
    expect(foldAccents('محمد')).toBe('محمد')
  })

  it('gives written and typed names the same duplicate key', () => {
    const pairs: [[string, string], [string, string]][] = [
      [
        ['Bartłomiej', 'Wiśniewski'],
        ['bartlomiej', 'wisniewski'],
      ],
      [
        ['Søren', 'Kierkegård'],
        ['Soren', 'Kierkegard'],
      ],
      [
        ['Æthelred', "O'Brien"],
        ['Aethelred', 'OBrien'],
      ],
      [
        ['Johann', 'Strauß'],
        ['johann', 'strauss'],
      ],
      [
        ['Đorđe', 'Đoković'],
        ['Dorde', 'Dokovic'],
      ],
    ]
    for (const [written, typed] of pairs) expect(nameKey(...written), written.join(' ')).toBe(nameKey(...typed))
  })

  it('sorts folded letters with their plain forms: Łukasz between Lucy and Lydia, Øyvind between Owen and Oz', () => {
    const names = ['Lydia', 'Łukasz', 'Lucy', 'Oz', 'Øyvind', 'Owen']
    // The list is ORDER BY sort_key: SQLite's binary order, which is JavaScript's default string order.
    expect([...names].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1))).toEqual(['Lucy', 'Łukasz', 'Lydia', 'Owen', 'Øyvind', 'Oz'])
  })
})
