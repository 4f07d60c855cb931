import { compactName, foldAccents, sortKey } from './text-keys'

/** What the search entry needs of each person in a family, in id order. */
export interface IndexedPerson {
  givenName: string
  familyName: string
  household: string
  role: string
  postcode: string | null
  confidential: 0 | 1
}

/** A family's label, its sort key and its family_fts row, derived from its people and referrals. */
export interface SearchEntry {
  label: string
  sortKey: string
  names: string
  refs: string
  postcodes: string
}

/**
 * The family's searchable text, worked out from its rows with no database at hand, so the write
 * path (reindexFamily) and the migration that recomputes every family (0004) derive it alike.
 *
 * Names are indexed folded (foldAccents: "Bartłomiej Strauß" as "bartlomiej strauss"), the same
 * fold matchExpression applies to what is typed: SQLite's own remove_diacritics only strips
 * accents that decompose, and would leave ł, ø, æ and ß as they are. A confidential address is
 * not findable by its postcode.
 */
export function searchEntry(familyId: number, people: readonly IndexedPerson[], references: readonly string[]): SearchEntry {
  const names = people.flatMap((p) => [p.givenName, p.familyName, compactName(p.givenName), compactName(p.familyName)]).map(foldAccents)
  const postcodes = people.filter((p) => p.postcode && p.confidential === 0).flatMap((p) => [p.postcode!, p.postcode!.replace(' ', '')])
  // "R-2024-0042" as "2024-0042 R20240042": a lone "R" would be a word in every family's row, and
  // every phrase starting with it would read them all (migration 0011).
  const refs = references.flatMap((r) => [r.replace(/^[A-Za-z]+-/, ''), r.replace(/-/g, '')])

  const lead = (household: string) => people.find((p) => p.household === household && p.role !== 'child' && p.role !== 'approved_adult')
  const leads = [lead('resident'), lead('non_resident')].filter((p) => p !== undefined)
  const label = leads.map((p) => `${p.givenName} ${p.familyName}`).join(' / ') || `Family ${familyId}`
  return {
    label,
    sortKey: sortKey(leads.map((p) => `${p.familyName} ${p.givenName}`).join(' / ') || label),
    names: unique(names).join(' '),
    refs: unique(refs).join(' '),
    postcodes: unique(postcodes).join(' '),
  }
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)]
}
