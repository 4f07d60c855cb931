import { useParams } from 'wouter'
import { useCabinetQuery } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { formatDateTime } from '../../ui/dates'
import { LongText } from '../../ui/LongText'
import { PrintPage } from '../print/PrintPage'
import { longDay } from './labels'

/** A supervised contact note for the referrer (#/print/note/<noteId>), with its sign-off and addenda; main audits the print. */
export function NotePrint() {
  const { noteId } = useParams<{ noteId: string }>()
  const id = Number(noteId)
  const note = useCabinetQuery('sessions.notes.print', Number.isInteger(id) && id > 0 ? { noteId: id } : null)
  const n = note.data
  if (!n) {
    return (
      <PrintPage title="Supervised contact note" ready={false}>
        <h1>Supervised contact note</h1>
        <ErrorBanner error={note.error} />
      </PrintPage>
    )
  }
  const rows: [string, string | null][] = [
    ['Aim of the session', n.aim],
    ['Who was present', n.present],
    ['Arrival and the child’s response', n.arrival],
    ['What was seen and said', n.observed],
    ['Any safeguarding concern', n.safeguarding ?? 'None'],
  ]
  return (
    <PrintPage title={`Supervised contact note ${n.reference}`} ready>
      <h1>Supervised contact note</h1>
      <p>
        {n.reference}, session on {longDay(n.onDate)}
      </p>
      <dl className="dl">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>
              <LongText>{value}</LongText>
            </dd>
          </div>
        ))}
      </dl>
      <p>
        Written by {n.writtenBy} on {formatDateTime(n.writtenAt)}.{' '}
        {n.signedAt ? `Signed off by ${n.signedBy} on ${formatDateTime(n.signedAt)}.` : 'Not yet signed off.'}
      </p>
      {n.addenda.length > 0 && (
        <>
          <h2>Addenda</h2>
          {n.addenda.map((a) => (
            <p key={a.id}>
              {formatDateTime(a.writtenAt)}, {a.writtenBy}: {a.text}
            </p>
          ))}
        </>
      )}
    </PrintPage>
  )
}
