import { Link } from 'wouter'
import { EXPORT_REASON_LABELS, LINK_TARGET_LABELS } from '../../../../electron/core/vault/catalogue'
import { formatDateTime } from '../../../ui/dates'
import type { DocumentDetail } from '../transfer'

/** What the document is attached to, and every time it has left Cabinet (P18). */
export function DocumentDetails({ document: d }: { document: DocumentDetail }) {
  return (
    <section className="card">
      <h2>Attached to</h2>
      <ul>
        {d.links.map((l) => (
          <li key={`${l.targetType}-${l.targetId}`}>
            {l.targetType === 'family' ? (
              <Link href={`~/families/${l.targetId}`}>{l.label ?? `Family ${l.targetId}`}</Link>
            ) : (
              `${LINK_TARGET_LABELS[l.targetType]}: ${l.label ?? l.targetId}`
            )}
          </li>
        ))}
      </ul>
      <h2>Exports</h2>
      {d.exports.length === 0 ? (
        <p>It has never been exported.</p>
      ) : (
        <ul>
          {d.exports.map((e) => (
            <li key={e.exportedAt}>
              {formatDateTime(e.exportedAt)}, {e.exportedBy}: {EXPORT_REASON_LABELS[e.reasonCode]} — {e.reasonText}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
