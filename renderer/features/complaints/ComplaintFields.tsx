import { Fragment } from 'react'
import { complaintOutcomes, escalationBodies, followUpMethods, type ComplaintView } from '../../../electron/core/complaints/api'
import { formatDate, formatDateTime } from '../../ui/dates'

/** A complaint as its record sets it out: on screen and on paper alike. */
export function ComplaintFields({ complaint: c }: { complaint: ComplaintView }) {
  const rows: [string, string][] = [
    ['From', c.anonymous ? 'Anonymous' : [c.fromName, c.fromContact].filter(Boolean).join(', ')],
    ['The complaint', c.summary],
    ['Acknowledge by', formatDate(c.acknowledgeDueOn)],
    ['Acknowledgement sent', c.acknowledgedOn ? formatDate(c.acknowledgedOn) : 'Not yet'],
    ['Respond by', formatDate(c.responseDueOn)],
    ['Resolved', c.resolvedOn ? `${formatDate(c.resolvedOn)}: ${complaintOutcomes.label(c.outcome ?? 'upheld')}` : 'Not yet'],
    ['Resolution', c.resolution ?? 'Not yet'],
    [
      'Follow-up with the complainant',
      c.followedUpOn
        ? `${formatDate(c.followedUpOn)}, ${followUpMethods.label(c.followUpMethod ?? 'letter').toLowerCase()}, by ${c.followedUpBy ?? ''}`
        : 'Not yet',
    ],
    ['Escalated', c.escalatedTo ? `${escalationBodies.label(c.escalatedTo)} on ${formatDate(c.escalatedOn)}` : 'No'],
  ]
  return (
    <>
      <dl className="dl">
        {rows.map(([label, value]) => (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd className="prewrap">{value}</dd>
          </Fragment>
        ))}
      </dl>
      <h2>Investigation notes</h2>
      {c.notes.length === 0 ? (
        <p>No notes yet.</p>
      ) : (
        <ol className="addenda">
          {c.notes.map((n) => (
            <li key={n.id}>
              <p className="hint">
                {n.writtenBy}, {formatDateTime(n.writtenAt)}
              </p>
              <p className="prewrap">{n.text}</p>
            </li>
          ))}
        </ol>
      )}
    </>
  )
}
