/* Small pure helpers of the families screens (kept apart from components so tests can import them). */

/** `12`, `12?blank=1` (the documented form) or `12/blank` (the form Electron's print whitelist allows). */
export function checklistParams(personParam: string | undefined, rest?: string): { personId: number | null; blank: boolean } {
  const [id, query = ''] = (personParam ?? '').split('?')
  const personId = /^\d+$/.test(id) ? Number(id) : null
  return { personId, blank: rest === 'blank' || /(^|&)blank=1(&|$)/.test(query) }
}

/** "2/4/1988", "02-04-1988" or "1988-04-02" → "1988-04-02"; anything else is passed on as typed, for the schema to refuse. */
export function dateFromUk(text: string): string {
  const t = text.trim()
  const uk = /^(\d{1,2})[/.\-\s](\d{1,2})[/.\-\s](\d{4})$/.exec(t)
  if (uk) return `${uk[3]}-${uk[2].padStart(2, '0')}-${uk[1].padStart(2, '0')}`
  return t
}
