import { useState } from 'react'
import { mayCall } from '../../../electron/contract'
import type { ConsentView, FamilyView, PersonView } from '../../../electron/core/families/views'
import { useCabinetMutation } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { formatDate } from '../../ui/dates'
import { LongText } from '../../ui/LongText'
import { useCurrentUser } from '../app/app-state'
import { CONSENT_METHOD_LABELS, MEDICAL_KIND_LABELS, fullName } from './labels'
import { ConsentDialog, MedicalDialog, WithdrawConsentDialog } from './MedicalDialogs'

/**
 * Medical needs, allergies and dietary requirements, each under a recorded consent (P03).
 * Coordinator only; volunteers are briefed by the coordinator on session days.
 */
export function MedicalPanel({ family }: { family: FamilyView }) {
  const medical = family.medical
  const { role } = useCurrentUser()
  // Only the actions this user may take are offered.
  const may = {
    recordConsent: mayCall(role, 'families.consent.record'),
    withdrawConsent: mayCall(role, 'families.consent.withdraw'),
    add: mayCall(role, 'families.medical.add'),
    remove: mayCall(role, 'families.medical.remove'),
  }
  const [open, setOpen] = useState<'consent' | 'medical' | null>(null)
  const [withdrawing, setWithdrawing] = useState<ConsentView | null>(null)
  const remove = useCabinetMutation('families.medical.remove', { invalidates: ['families'] })
  if (!medical) return null
  const people: PersonView[] = [...family.children, ...family.adults]
  const current = medical.consents.filter((c) => !c.withdrawnOn)
  const withConsent = people.filter((p) => current.some((c) => c.personId === p.id))
  const without = people.filter((p) => !current.some((c) => c.personId === p.id))
  const done = () => {
    setOpen(null)
    setWithdrawing(null)
  }
  return (
    <section className="card" aria-labelledby="medical-heading">
      <h2 id="medical-heading">Medical information and consent</h2>
      <p className="field__hint">Held only with consent; withdrawing consent deletes it.</p>
      <ErrorBanner error={remove.error} />
      {people
        .filter((p) => medical.consents.some((c) => c.personId === p.id))
        .map((p) => (
          <div key={p.id} className="medical-person">
            <h3>{fullName(p)}</h3>
            <ul>
              {medical.consents
                .filter((c) => c.personId === p.id)
                .map((c) => (
                  <li key={c.id}>
                    Consent given by {c.givenBy} on {formatDate(c.givenOn)} ({CONSENT_METHOD_LABELS[c.method].toLowerCase()})
                    {c.withdrawnOn
                      ? `, withdrawn on ${formatDate(c.withdrawnOn)} (${CONSENT_METHOD_LABELS[c.withdrawnMethod ?? 'written'].toLowerCase()})`
                      : ''}
                    {!c.withdrawnOn && may.withdrawConsent && (
                      <Button variant="quiet" onPress={() => setWithdrawing(c)}>
                        Withdraw consent
                      </Button>
                    )}
                  </li>
                ))}
            </ul>
            <ul>
              {medical.entries
                .filter((m) => m.personId === p.id)
                .map((m) => (
                  <li key={m.id} className="medical-entry">
                    <strong>{MEDICAL_KIND_LABELS[m.kind]}</strong>
                    <LongText>{m.details}</LongText>
                    {may.remove && (
                      <Button variant="quiet" onPress={() => void remove.run({ medicalId: m.id })}>
                        Remove
                      </Button>
                    )}
                  </li>
                ))}
            </ul>
          </div>
        ))}
      <div className="button-row">
        {may.recordConsent && without.length > 0 && <Button onPress={() => setOpen('consent')}>Record consent</Button>}
        {may.add && withConsent.length > 0 && <Button onPress={() => setOpen('medical')}>Add medical information</Button>}
      </div>
      {open === 'consent' && <ConsentDialog people={without} onClose={done} />}
      {open === 'medical' && <MedicalDialog people={withConsent} onClose={done} />}
      {withdrawing && <WithdrawConsentDialog consent={withdrawing} person={people.find((p) => p.id === withdrawing.personId)} onClose={done} />}
    </section>
  )
}
