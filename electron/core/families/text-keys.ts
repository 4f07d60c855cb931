/**
 * Normalised forms of names for matching: "Siân O'Neill" and "sian oneill" must meet, both in
 * the duplicate check and in search.
 */

/**
 * Letters that are letters of their own in Unicode rather than a base letter plus an accent, so
 * NFD leaves them whole: mapped to what someone typing on a UK keyboard writes instead. (The
 * fold-to-ascii package, Lucene's folding table, would do this too but is not among Cabinet's
 * dependencies; this is the part of it that names need. Its ĸ → q is ĸ → k here, as Greenlandic
 * spells it now.) Keys are lower case: capitals are lower-cased before this table is applied.
 */
const OWN_LETTERS: Readonly<Record<string, string>> = {
  ł: 'l',
  ŀ: 'l',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  ı: 'i',
  þ: 'th',
  ŧ: 't',
  ĸ: 'k',
  ĳ: 'ij',
  ſ: 's',
}
const OWN_LETTER = new RegExp(`[${Object.keys(OWN_LETTERS).join('')}]`, 'gu')

/**
 * Lower case, accents removed (NFD then drop combining marks) and letters that do not decompose
 * spelt out (ł → l, ß → ss, æ → ae …), so "Bartłomiej" and "Bartlomiej" fold alike. Lower-cased
 * first: "İ".toLowerCase() is i plus a combining dot, which the next step removes.
 */
export function foldAccents(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(OWN_LETTER, (letter) => OWN_LETTERS[letter])
}

/**
 * The duplicate check's key: folded, letters and digits only, so "Nowak-Wiśniewska",
 * "Nowak Wisniewska" and "nowakwisniewska" meet (a rare false match is only a hint to look).
 */
export function nameKey(givenName: string, familyName: string): string {
  return foldAccents(`${givenName}${familyName}`).replace(/[^\p{L}\p{N}]+/gu, '')
}

/** "O'Neill" → "ONeill", "Nowak-Wiśniewska" → "NowakWiśniewska": the form people type without punctuation. */
export function compactName(s: string): string {
  return s.replace(/['’\s-]/g, '')
}

/** The family list's sort order: folded label, so Ó sorts with O. */
export function sortKey(label: string): string {
  return foldAccents(label)
}
