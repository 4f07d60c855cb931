import type { ResultOf } from '../../../electron/contract'

export type Review = ResultOf<'retention.review'>
export type SubjectGroups = Review['due'][number]
export type Group = SubjectGroups['groups'][number]
export type GroupRef = Pick<Group, 'subject' | 'recordClass'>

/** One key per group, for the chosen set and React lists. */
export function groupKey(g: GroupRef): string {
  return `${g.subject.type}:${g.subject.id ?? ''}|${g.recordClass}`
}

export const STATE_WORDS: Record<Group['state'], string> = {
  due: 'Due now',
  upcoming: 'Falls due soon',
  deferred: 'Deferred',
  held: 'Held',
  running: 'Not started',
  kept: 'Kept',
}
