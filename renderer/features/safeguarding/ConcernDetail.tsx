import { useState } from 'react'
import { Link, useParams } from 'wouter'
import { mayCall } from '../../../electron/contract'
import type { ConcernView } from '../../../electron/core/safeguarding/api'
import { useCabinetQuery } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { formatDate, formatDateTime } from '../../ui/dates'
import { Page } from '../../ui/Page'
import { useCurrentUser } from '../app/app-state'
import { AddendumDialog, DecisionDialog, ReferralDialog, StatusDialog } from './ConcernDialogs'
import { agencyLabel, decisionLabel, statusLabel } from './labels'

type Step = 'addendum' | 'decision' | 'referral' | 'status' | null

/** One concern in full, for the coordinator: opening it marks it read. */
export function ConcernDetail() {
  const { id } = useParams<{ id: string }>()
  const concern = useCabinetQuery('safeguarding.get', { id: Number(id) })
  const user = useCurrentUser()
  const mayManage = mayCall(user.role, 'safeguarding.decide')
  const [step, setStep] = useState<Step>(null)
  const c = concern.data
  if (!c) {
    return (
      <Page title="Safeguarding concern">
        <ErrorBanner error={concern.error} />
        {concern.isPending && <p role="status">Loading…</p>}
      </Page>
    )
  }
  const close = () => setStep(null)
  return (
    <Page
      title={`Concern of ${formatDate(c.occurredOn)}`}
      intro={
        <p>
          About {c.about.join(', ')} · <Link href={`~/families/${c.familyId}`}>{c.familyLabel}</Link> · <strong>{statusLabel(c.status)}</strong>
        </p>
      }
    >
      <p>
        <Link href="/">All concerns</Link>
      </p>
      <section className="card" aria-labelledby="account-heading">
        <h2 id="account-heading">What was seen or heard</h2>
        <p className="hint">
          Raised by {c.raisedBy} on {formatDateTime(c.raisedAt)}. Kept as first written.
        </p>
        <dl className="dl">
          <dt>When</dt>
          <dd>
            {formatDate(c.occurredOn)}
            {c.occurredTime && ` at ${c.occurredTime}`}
          </dd>
          {c.location && (
            <>
              <dt>Where</dt>
              <dd>{c.location}</dd>
            </>
          )}
          <dt>Account</dt>
          <dd className="prewrap">{c.account}</dd>
          <dt>Done straight away</dt>
          <dd className="prewrap">{c.immediateAction ?? 'Nothing recorded'}</dd>
        </dl>
        <Addenda concern={c} />
        {mayManage && (
          <Button variant="secondary" onPress={() => setStep('addendum')}>
            Add to the concern
          </Button>
        )}
      </section>

      <section className="card" aria-labelledby="decision-heading">
        <h2 id="decision-heading">Decision</h2>
        <p>
          <strong>{decisionLabel(c.decision)}</strong>
          {c.decisionOn && ` on ${formatDate(c.decisionOn)}`}
        </p>
        {c.decisionReason && <p className="prewrap">{c.decisionReason}</p>}
        {mayManage && (
          <Button variant="secondary" onPress={() => setStep('decision')}>
            Record the decision
          </Button>
        )}
      </section>

      <section className="card" aria-labelledby="referrals-heading">
        <h2 id="referrals-heading">Referrals made</h2>
        <Referrals concern={c} />
        {mayManage && (
          <Button variant="secondary" onPress={() => setStep('referral')}>
            Record a referral
          </Button>
        )}
      </section>

      <section className="card" aria-labelledby="status-heading">
        <h2 id="status-heading">Status and outcome</h2>
        <dl className="dl">
          <dt>Status</dt>
          <dd>
            {statusLabel(c.status)}
            {c.closedOn && ` on ${formatDate(c.closedOn)}`}
          </dd>
          <dt>Outcome</dt>
          <dd className="prewrap">{c.outcome ?? 'Not recorded yet'}</dd>
          <dt>Records held</dt>
          <dd>
            {c.activeHolds === 0
              ? 'None of its holds remain.'
              : `${c.activeHolds === 1 ? '1 safeguarding hold' : `${c.activeHolds} safeguarding holds`} keep the records of the children it names from disposal. They can be lifted from the family’s page once the concern is closed.`}
          </dd>
        </dl>
        {mayManage && (
          <Button variant="secondary" onPress={() => setStep('status')}>
            Change status or outcome
          </Button>
        )}
      </section>
      {step === 'addendum' && <AddendumDialog concern={c} onClose={close} />}
      {step === 'decision' && <DecisionDialog concern={c} onClose={close} />}
      {step === 'referral' && <ReferralDialog concern={c} onClose={close} />}
      {step === 'status' && <StatusDialog concern={c} onClose={close} />}
    </Page>
  )
}

function Addenda({ concern }: { concern: ConcernView }) {
  if (concern.addenda.length === 0) return null
  return (
    <>
      <h3>Added later</h3>
      <ol className="addenda">
        {concern.addenda.map((a) => (
          <li key={a.id}>
            <p className="hint">
              {a.writtenBy}, {formatDateTime(a.writtenAt)}
            </p>
            <p className="prewrap">{a.text}</p>
          </li>
        ))}
      </ol>
    </>
  )
}

function Referrals({ concern }: { concern: ConcernView }) {
  if (concern.referrals.length === 0) return <p>No referrals recorded.</p>
  return (
    <div className="table-wrap" role="region" aria-labelledby="referrals-heading" tabIndex={0}>
      <table className="data-table">
        <caption className="visually-hidden">Referrals made</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">To</th>
            <th scope="col">Whom</th>
            <th scope="col">Reference</th>
            <th scope="col">Family told</th>
          </tr>
        </thead>
        <tbody>
          {concern.referrals.map((r) => (
            <tr key={r.id}>
              <td>{formatDate(r.referredOn)}</td>
              <td>{agencyLabel(r.agency)}</td>
              <td>{r.toWhom}</td>
              <td>{r.reference ?? ''}</td>
              <td>{r.personTold ?? `Not told: ${r.notToldReason ?? ''}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
