import { Fragment } from 'react'
import type { AccidentView } from '../../../electron/core/accidents/api'
import { formatDate } from '../../ui/dates'

/** An entry as the accident-book page sets it out: on screen and on paper alike. */
export function AccidentFields({ entry: a }: { entry: AccidentView }) {
  const rows: [string, string | null][] = [
    ['Date and time', `${formatDate(a.occurredOn)}${a.occurredTime ? ` at ${a.occurredTime}` : ''}`],
    ['Where', a.location],
    ['Person hurt', a.who],
    ['What happened', a.whatHappened],
    ['Injury', a.injury],
    ['First aid given', a.firstAid],
    ['First aid given by', a.firstAidBy],
    ['Witnesses', a.witnesses],
    ['Parent or carer told', a.informedWho ? `${a.informedWho}${a.informedAt ? `, ${a.informedAt}` : ''}` : null],
    [
      'Reportable under RIDDOR',
      a.riddorReportable ? `Yes${a.riddorReportedOn ? `, reported on ${formatDate(a.riddorReportedOn)}` : ', not yet reported'}` : 'No',
    ],
    ['Follow-up', a.followUp],
  ]
  return (
    <dl className="dl">
      {rows.map(([label, value]) => (
        <Fragment key={label}>
          <dt>{label}</dt>
          <dd className="prewrap">{value ?? 'None recorded'}</dd>
        </Fragment>
      ))}
    </dl>
  )
}
