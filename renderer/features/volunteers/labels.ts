import type { DbsState, VolunteerStatus } from '../../../electron/core/volunteers/views'

/** The words on the list's chips and the page's status lines (the codes' own labels are in core/volunteers/vocab.ts). */
export const STATUS_WORDS: Readonly<Record<VolunteerStatus, string>> = {
  applicant: 'Applicant',
  active: 'Volunteering',
  left: 'Left',
}

export const DBS_STATE_WORDS: Readonly<Record<DbsState, string>> = {
  none: 'No DBS check',
  pending: 'DBS decision pending',
  not_cleared: 'DBS: not cleared',
  current: 'DBS current',
  due: 'DBS due',
  lapsed: 'DBS lapsed',
}

/** A chip needs attention when the coordinator must act. */
export function dbsNeedsAction(state: DbsState): boolean {
  return state !== 'current'
}

export const fullName = (v: { givenName: string; familyName: string }) => `${v.givenName} ${v.familyName}`

/** Pence as pounds, for finance records. */
export function pounds(pence: number | null): string {
  return pence === null ? '' : `£${(pence / 100).toFixed(2)}`
}
