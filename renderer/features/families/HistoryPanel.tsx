import { useState } from 'react'
import type { ResultOf } from '../../../electron/contract'
import type { FamilyView } from '../../../electron/core/families/views'
import { useCabinetQuery } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { formatDateTime } from '../../ui/dates'
import { LongText, Reference } from '../../ui/LongText'
import { FIELD_LABELS, RECORD_SOURCE_LABELS, fullName } from './labels'

type Correction = ResultOf<'families.history'>[number]

/** The record a correction was made to, named from this family's people and referrals. */
function RecordName({ family, correction: h }: { family: FamilyView; correction: Correction }) {
  if (h.recordType === 'person') {
    const p = [...family.adults, ...family.children].find((x) => x.id === h.recordId)
    return <>{p ? fullName(p) : 'Person'}</>
  }
  if (h.recordType === 'referral') {
    const reference = family.referrals?.find((r) => r.id === h.recordId)?.reference
    return reference ? <Reference>{reference}</Reference> : <>Referral</>
  }
  return <>{h.recordType === 'medical' ? 'Medical information' : 'Pre-visit'}</>
}

/**
 * One correction: which field of which record, when, by whom and on what source, then what it
 * was and what it is now, as paragraphs (a long note reads as text, never in a narrow column).
 */
function CorrectionEntry({ family, correction: h }: { family: FamilyView; correction: Correction }) {
  return (
    <li className="correction">
      <p className="correction__about">
        <strong>{FIELD_LABELS[h.field] ?? h.field}</strong> of <RecordName family={family} correction={h} />, {formatDateTime(h.changedAt)}
        {h.changedBy ? ` by ${h.changedBy}` : ''}. Source: {RECORD_SOURCE_LABELS[h.source]}
      </p>
      <dl className="dl">
        <dt>Was</dt>
        <dd>
          <LongText>{h.oldValue ?? '—'}</LongText>
        </dd>
        <dt>Now</dt>
        <dd>
          <LongText>{h.newValue ?? '—'}</LongText>
        </dd>
      </dl>
    </li>
  )
}

/**
 * Corrections to this family's records (P22): who changed which field, when, from what to
 * what, on what source. Loaded only when asked for (the view is audited: it shows old values);
 * once shown it follows every correction saved on the page (the save makes it stale).
 */
export function HistoryPanel({ family }: { family: FamilyView }) {
  const [shown, setShown] = useState(false)
  const history = useCabinetQuery('families.history', shown ? { familyId: family.id } : null)
  return (
    <section className="card" aria-labelledby="history-heading">
      <h2 id="history-heading">Corrections</h2>
      {!shown ? (
        <Button onPress={() => setShown(true)}>Show the correction history</Button>
      ) : (
        <>
          <ErrorBanner error={history.error} />
          {history.data && history.data.length === 0 && <p>No corrections have been made.</p>}
          {history.data && history.data.length > 0 && (
            <ol className="corrections" aria-label="Correction history">
              {history.data.map((h) => (
                <CorrectionEntry key={h.id} family={family} correction={h} />
              ))}
            </ol>
          )}
        </>
      )}
    </section>
  )
}
