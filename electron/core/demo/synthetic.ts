import type { Faker } from '@faker-js/faker'

/**
 * Synthetic contact details that can never reach a real person: postcodes of the right shape
 * (faker's en_GB ones are not valid UK postcodes), Ofcom's drama phone ranges, and reserved
 * example.org / example.com email domains.
 */

// Outward areas around the kind of centres Cabinet serves (Wiltshire, Bath, Leicestershire, Cambridgeshire …).
const AREAS = ['BA', 'SN', 'SP', 'BS', 'GL', 'RG', 'OX', 'LE', 'NG', 'CB', 'PE', 'NR', 'IP', 'CO', 'MK', 'NN']
// Letters an inward code may use (no C, I, K, M, O, V).
const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ'

export function postcode(f: Faker): string {
  const area = f.helpers.arrayElement(AREAS)
  const district = f.number.int({ min: 1, max: 29 })
  const sector = f.number.int({ min: 0, max: 9 })
  const unit = f.helpers.arrayElement([...INWARD_LETTERS]) + f.helpers.arrayElement([...INWARD_LETTERS])
  return `${area}${district} ${sector}${unit}`
}

// Ofcom's numbers reserved for TV and radio drama, 1,000 each (those libphonenumber-js accepts).
const DRAMA_LANDLINES = [
  '0113 496 0',
  '0114 496 0',
  '0116 496 0',
  '0117 496 0',
  '0118 496 0',
  '0121 496 0',
  '0131 496 0',
  '0141 496 0',
  '0151 496 0',
  '0161 496 0',
  '0191 498 0',
  '020 7946 0',
  '028 9649 6',
  '029 2018 0',
]

export function mobile(f: Faker): string {
  return `07700 900${String(f.number.int({ min: 0, max: 999 })).padStart(3, '0')}`
}

export function landline(f: Faker): string {
  return `${f.helpers.arrayElement(DRAMA_LANDLINES)}${String(f.number.int({ min: 0, max: 999 })).padStart(3, '0')}`
}

export function email(f: Faker, given: string, family: string): string {
  const ascii = (s: string) =>
    s
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(/[^A-Za-z]/g, '')
      .toLowerCase()
  return `${ascii(given)}.${ascii(family)}${f.number.int({ min: 1, max: 999 })}@${f.helpers.arrayElement(['example.org', 'example.com'])}`
}

/**
 * Names faker's en_GB list lacks but a centre meets every week — Welsh, Irish, Polish,
 * Vietnamese — so search and validation are exercised on accents and apostrophes.
 */
export const EXTRA_GIVEN = ['Siân', 'Zoë', 'Seán', 'Aoife', 'Niamh', 'Łucja', 'Bartłomiej', 'Ngọc', 'Dafydd', 'Rhiannon', 'Chloé', 'José']
export const EXTRA_FAMILY = ["O'Neill", 'Nowak-Wiśniewska', "D'Souza", 'Wójcik', 'Nguyễn', 'Ó Briain', 'ap Dafydd', 'Kowalczyk', 'Müller', "O'Brien"]

export function givenName(f: Faker, sex: 'female' | 'male'): string {
  return f.number.int({ min: 1, max: 10 }) === 1 ? f.helpers.arrayElement(EXTRA_GIVEN) : f.person.firstName(sex)
}

export function familyName(f: Faker): string {
  return f.number.int({ min: 1, max: 10 }) === 1 ? f.helpers.arrayElement(EXTRA_FAMILY) : f.person.lastName()
}

/** yyyy-MM-dd, `days` after `iso` (negative for before), in UTC so the result never depends on the machine's zone. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}
