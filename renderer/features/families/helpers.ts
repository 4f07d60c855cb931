/* Small pure helpers of the families screens (kept apart from components so tests and the print page can import them alone). */

/** `12`, `12?blank=1` (the documented form) or `12/blank` (the form Electron's print whitelist allows). */
export function checklistParams(personParam: string | undefined, rest?: string): { personId: number | null; blank: boolean } {
  const [id, query = ''] = (personParam ?? '').split('?')
  const personId = /^\d+$/.test(id) ? Number(id) : null
  return { personId, blank: rest === 'blank' || /(^|&)blank=1(&|$)/.test(query) }
}

/** Phone numbers are stored E.164; show UK ones the way people write them. */
export function displayPhone(e164: string | null): string {
  if (!e164) return ''
  const uk = /^\+44(\d+)$/.exec(e164)
  if (!uk) return e164
  const national = `0${uk[1]}`
  return national.startsWith('07') || national.startsWith('01') ? `${national.slice(0, 5)} ${national.slice(5)}` : `${national.slice(0, 3)} ${national.slice(3, 7)} ${national.slice(7)}`
}
