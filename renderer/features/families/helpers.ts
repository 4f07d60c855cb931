import { formatPhoneForDisplay } from '../../../electron/core/rules'
/* Small pure helpers of the families screens (kept apart from components so tests and the print page can import them alone). */

/** `12`, `12?blank=1` (the documented form) or `12/blank` (the form Electron's print whitelist allows). */
export function checklistParams(personParam: string | undefined, rest?: string): { personId: number | null; blank: boolean } {
  const [id, query = ''] = (personParam ?? '').split('?')
  const personId = /^\d+$/.test(id) ? Number(id) : null
  return { personId, blank: rest === 'blank' || /(^|&)blank=1(&|$)/.test(query) }
}

/** Phone numbers are stored E.164; show UK ones the way people write them. */
/** Phone numbers are stored E.164; shown the one way core/rules/phone.ts formats them. */
export const displayPhone = formatPhoneForDisplay
