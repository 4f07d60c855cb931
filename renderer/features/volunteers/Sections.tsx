import type { ReactNode } from 'react'
import {
  dbsLevels,
  dbsWorkforces,
  financeKinds,
  parentalLeaveKinds,
  recruitmentSteps,
  statusCheckResults,
  stepOutcomes,
  trainingKinds,
  vettingDecisions,
} from '../../../electron/core/volunteers/vocab'
import type { DbsView, ReferenceView, VolunteerView } from '../../../electron/core/volunteers/views'
import { Button } from '../../ui/Button'
import { formatDate } from '../../ui/dates'
import { pounds } from './labels'

/*
 * The volunteer's file, section by section, as both the coordinator's page and the volunteer's
 * own record show it. Buttons appear only where the caller passes actions (the coordinator).
 */

export function Section({ id, title, children, actions }: { id: string; title: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <section className="card volunteer-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
      {actions && <div className="button-row">{actions}</div>}
    </section>
  )
}

/**
 * The frame every table of the file shares: its caption, a heading per column, and a last
 * "Actions" column when the caller passes actions. Each table writes its own rows, since each
 * shows its records differently (a row heading, dates, what is still due).
 */
function RecordTable({
  caption,
  headings,
  withActions,
  children,
}: {
  caption: string
  headings: readonly string[]
  withActions?: boolean
  children: ReactNode
}) {
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {headings.map((heading) => (
            <th key={heading} scope="col">
              {heading}
            </th>
          ))}
          {withActions && <th scope="col">Actions</th>}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  )
}

export function StepsTable({ v, onRecord }: { v: VolunteerView; onRecord?: (step: (typeof recruitmentSteps.values)[number]) => void }) {
  return (
    <RecordTable caption="Recruitment steps" headings={['Step', 'Date', 'Outcome']} withActions={!!onRecord}>
      {recruitmentSteps.options.map(({ value, label }) => {
        const s = v.steps.find((x) => x.step === value)
        const dueOn = value === 'trial_mid_review' ? v.trial?.midOn : value === 'trial_end_review' ? v.trial?.endOn : undefined
        return (
          <tr key={value}>
            <th scope="row">{label}</th>
            <td>
              {s ? formatDate(s.doneOn) : dueOn ? `Due ${formatDate(dueOn)}` : 'Not yet'}
              {s?.dbsConsentSignedOn && ` (DBS consent signed ${formatDate(s.dbsConsentSignedOn)})`}
            </td>
            <td>{s ? stepOutcomes.label(s.outcome) : ''}</td>
            {onRecord && (
              <td>
                <Button onPress={() => onRecord(value)} aria-label={`Record: ${label}`}>
                  Record
                </Button>
              </td>
            )}
          </tr>
        )
      })}
    </RecordTable>
  )
}

export function ReferencesTable({ refs, onReceive }: { refs: readonly ReferenceView[]; onReceive?: (r: ReferenceView) => void }) {
  if (refs.length === 0) return <p>No references requested yet.</p>
  return (
    <RecordTable caption="Character references" headings={['Referee', 'Relationship', 'Requested', 'Received', 'Satisfactory']} withActions={!!onReceive}>
      {refs.map((r) => (
        <tr key={r.id}>
          <th scope="row">{r.referee}</th>
          <td>{r.relationship}</td>
          <td>{formatDate(r.requestedOn)}</td>
          <td>{r.receivedOn ? formatDate(r.receivedOn) : `Outstanding: chase on ${formatDate(r.chaseOn)}`}</td>
          <td>
            {r.satisfactory === null ? '' : r.satisfactory ? 'Yes' : 'No'}
            {r.notes ? `: ${r.notes}` : ''}
          </td>
          {onReceive && <td>{r.receivedOn === null && <Button onPress={() => onReceive(r)}>Record it received</Button>}</td>}
        </tr>
      ))}
    </RecordTable>
  )
}

export function DbsTable({ checks, actions }: { checks: readonly DbsView[]; actions?: (d: DbsView) => ReactNode }) {
  if (checks.length === 0) return <p>No DBS check recorded yet.</p>
  return (
    <RecordTable
      caption="DBS checks (newest first; the certificate itself is never kept)"
      headings={['Date', 'Certificate number', 'Level', 'Seen', 'Decision', 'Next']}
      withActions={!!actions}
    >
      {checks.map((d) => (
        <tr key={d.id}>
          <th scope="row">{formatDate(d.checkedOn)}</th>
          <td>{d.certificateNumber ?? 'Not shown in an inspection'}</td>
          <td>
            {dbsLevels.label(d.level)}, {dbsWorkforces.label(d.workforce).toLowerCase()}
          </td>
          <td>
            {d.seenBy}, {formatDate(d.seenOn)}
          </td>
          <td>
            {vettingDecisions.label(d.decision)}
            {d.outcome ? `: ${d.outcome}` : ''}
            {d.assessment && ` (assessed ${formatDate(d.assessment.decidedOn)})`}
          </td>
          <td>
            {d.supersededOn
              ? `Replaced ${formatDate(d.supersededOn)}`
              : d.next
                ? `${d.next.kind === 'recheck' ? 'Re-check' : 'Status check'} due ${formatDate(d.next.dueOn)}`
                : ''}
            {d.updateServiceId &&
              ` (update service ${d.updateServiceId}${d.statusResult ? `; last check ${formatDate(d.statusCheckedOn)}: ${statusCheckResults.label(d.statusResult).toLowerCase()}` : ''})`}
          </td>
          {actions && <td>{actions(d)}</td>}
        </tr>
      ))}
    </RecordTable>
  )
}

export function TrainingTable({ v }: { v: VolunteerView }) {
  if (v.training.length === 0) return <p>No training recorded yet.</p>
  return (
    <RecordTable caption="Training" headings={['Training', 'Completed', 'Expires']}>
      {v.training.map((t) => (
        <tr key={t.id}>
          <th scope="row">
            {t.kind === 'other' && t.title ? t.title : trainingKinds.label(t.kind)}
            {t.level ? ` (${t.level})` : ''}
          </th>
          <td>{formatDate(t.completedOn)}</td>
          <td>{t.expiresOn ? formatDate(t.expiresOn) : 'Does not expire'}</td>
        </tr>
      ))}
    </RecordTable>
  )
}

export function FinanceTable({ v }: { v: VolunteerView }) {
  if (v.finance.length === 0) return <p>No finance records.</p>
  return (
    <RecordTable
      caption="Finance records (kept 6 years from the end of their financial year)"
      headings={['Description', 'Kind', 'Relates to', 'Amount', 'Financial year ends']}
    >
      {v.finance.map((f) => (
        <tr key={f.id}>
          <th scope="row">{f.description}</th>
          <td>{financeKinds.label(f.kind)}</td>
          <td>{formatDate(f.relatesToOn)}</td>
          <td>{pounds(f.amountPence)}</td>
          <td>{formatDate(f.financialYearEndsOn)}</td>
        </tr>
      ))}
    </RecordTable>
  )
}

export function ParentalLeaveTable({ v }: { v: VolunteerView }) {
  if (v.parentalLeave.length === 0) return <p>No parental-leave records.</p>
  return (
    <RecordTable caption="Parental leave" headings={['Kind', 'Birth or adoption', 'Leave', 'Disability allowance']}>
      {v.parentalLeave.map((p) => (
        <tr key={p.id}>
          <th scope="row">{parentalLeaveKinds.label(p.kind)}</th>
          <td>{formatDate(p.childBornOn)}</td>
          <td>
            {formatDate(p.startsOn)}
            {p.endsOn ? ` to ${formatDate(p.endsOn)}` : ''}
          </td>
          <td>{p.disabilityAllowance ? 'Yes' : 'No'}</td>
        </tr>
      ))}
    </RecordTable>
  )
}
