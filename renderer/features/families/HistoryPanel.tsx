import { useState } from 'react'
import type { FamilyView } from '../../../electron/core/families/views'
import { useCall } from '../../api/hooks'
import { ErrorBanner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { formatDateTime } from '../../ui/dates'
import { FIELD_LABELS, RECORD_SOURCE_LABELS, fullName } from './labels'

/**
 * Corrections to this family's records (P22): who changed which field, when, from what to
 * what, on what source. Loaded only when asked for (the view is audited: it shows old values).
 */
export function HistoryPanel({ family }: { family: FamilyView }) {
  const [shown, setShown] = useState(false)
  const history = useCall('families.history', shown ? { familyId: family.id } : null)
  const people = [...family.adults, ...family.children]
  const recordName = (type: string, id: number) => {
    if (type === 'person') {
      const p = people.find((x) => x.id === id)
      return p ? fullName(p) : 'Person'
    }
    if (type === 'referral') return family.referrals?.find((r) => r.id === id)?.reference ?? 'Referral'
    return type === 'medical' ? 'Medical information' : 'Pre-visit'
  }
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
            <div className="table-wrap">
              <table className="data-table">
                <caption>Correction history</caption>
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">Who</th>
                    <th scope="col">Record</th>
                    <th scope="col">Field</th>
                    <th scope="col">Was</th>
                    <th scope="col">Now</th>
                    <th scope="col">Source</th>
                  </tr>
                </thead>
                <tbody>
                  {history.data.map((h) => (
                    <tr key={h.id}>
                      <td>{formatDateTime(h.changedAt)}</td>
                      <td>{h.changedBy ?? ''}</td>
                      <td>{recordName(h.recordType, h.recordId)}</td>
                      <td>{FIELD_LABELS[h.field] ?? h.field}</td>
                      <td>{h.oldValue ?? '—'}</td>
                      <td>{h.newValue ?? '—'}</td>
                      <td>{RECORD_SOURCE_LABELS[h.source]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
    </section>
  )
}
