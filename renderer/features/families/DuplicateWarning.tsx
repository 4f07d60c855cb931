import { Link } from 'wouter'
import type { DuplicateMatch } from '../../../electron/core/families/views'
import { Banner } from '../../ui/Banner'
import { formatDate } from '../../ui/dates'

/**
 * People already on file who may be the ones being entered. Shown before saving; the user can
 * open the existing family, or save anyway (a match is a hint, not proof).
 */
export function DuplicateWarning({ matches }: { matches: readonly DuplicateMatch[] }) {
  if (matches.length === 0) return null
  return (
    <Banner tone="info" title="These people may already be on file">
      <ul className="duplicates">
        {matches.map((m) => (
          <li key={m.personId}>
            {m.givenName} {m.familyName}
            {m.dateOfBirth ? `, born ${formatDate(m.dateOfBirth)}` : ''} — {m.reason === 'phone' ? 'same phone number' : 'same name and date of birth'}, in{' '}
            <Link href={`~/families/${m.familyId}`}>{m.familyLabel}</Link>
          </li>
        ))}
      </ul>
      <p>Check them before saving. If they are different people, choose “Save anyway”.</p>
    </Banner>
  )
}

/** What the duplicate check is asked about one person of a form. */
export function duplicateQuery(
  p: { givenName?: string | null; familyName?: string | null; dateOfBirth?: string | null; mobilePhone?: string | null; otherPhone?: string | null },
  excludePersonId?: number,
) {
  return {
    excludePersonId: excludePersonId ?? null,
    givenName: p.givenName ?? '',
    familyName: p.familyName ?? '',
    dateOfBirth: p.dateOfBirth || null,
    phones: [p.mobilePhone, p.otherPhone].filter((x): x is string => Boolean(x)),
  }
}
