/**
 * Normalised forms of names for matching: "Siân O'Neill" and "sian oneill" must meet, both in
 * the duplicate check and in search.
 */

/** Lower case, accents removed (NFD then drop combining marks). */
export function foldAccents(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
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
