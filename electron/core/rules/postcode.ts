import { z } from 'zod'

// Royal Mail's outward + inward code shapes (A9 9AA, A99 9AA, AA9 9AA, AA99 9AA, A9A 9AA,
// AA9A 9AA) with the letters each position may hold, plus the Girobank GIR 0AA.
const POSTCODE = /^(GIR 0AA|[A-PR-UWYZ](?:[0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY]) [0-9][ABD-HJLNP-UW-Z]{2})$/

const POSTCODE_MESSAGE = 'Enter a UK postcode, like SN12 6AB.'

/** "sn12 6ab" / "SN126AB" → "SN12 6AB" (upper case, one space); null when it is not a well-formed UK postcode. */
export function normalisePostcode(input: string): string | null {
  const compact = input.toUpperCase().replace(/\s+/g, '')
  if (compact.length < 5 || compact.length > 7) return null
  const spaced = `${compact.slice(0, -3)} ${compact.slice(-3)}`
  return POSTCODE.test(spaced) ? spaced : null
}

/** A UK postcode that may be left blank (null); stored normalised. */
export function optionalPostcode() {
  return z
    .string()
    .nullish()
    .transform((v, ctx) => {
      const t = v?.trim() ?? ''
      if (t === '') return null
      const postcode = normalisePostcode(t)
      if (!postcode) {
        ctx.addIssue({ code: 'custom', message: POSTCODE_MESSAGE })
        return z.NEVER
      }
      return postcode
    })
}
