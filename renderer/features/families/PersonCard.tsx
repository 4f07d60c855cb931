import { useState } from 'react'
import { mayCall } from '../../../electron/contract'
import type { AddressView, PersonView } from '../../../electron/core/families/views'
import { cabinet } from '../../api/cabinet'
import { useCabinetMutation } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { formatDate } from '../../ui/dates'
import { LongText } from '../../ui/LongText'
import { useCurrentUser } from '../app/app-state'
import { displayPhone } from './helpers'
import { PREFERRED_CONTACT_LABELS, RECORD_SOURCE_LABELS, ROLE_LABELS, fullName } from './labels'

function AddressLines({ address }: { address: AddressView }) {
  return (
    <span className="address">
      {[address.line1, address.line2, address.town, address.postcode].filter(Boolean).map((line) => (
        <span key={line}>{line}</span>
      ))}
    </span>
  )
}

/**
 * One adult of a household. A confidential address stays masked until the coordinator chooses
 * to reveal it; main audits each reveal and only then sends the address. Only the actions this
 * user may take are offered: `onEdit` is given only to those who may correct the person.
 */
export function PersonCard({ person, onEdit }: { person: PersonView; onEdit?: () => void }) {
  const user = useCurrentUser()
  // An audited read on demand: the address is shown here only, nothing cached changes.
  const reveal = useCabinetMutation('families.revealAddress', { invalidates: [] })
  const [revealed, setRevealed] = useState<AddressView | null>(null)
  const [printError, setPrintError] = useState<string | null>(null)
  const address = person.address ?? revealed
  const mayPrint = mayCall(user.role, 'families.checklist.print')
  const printChecklist = async (blank: boolean) => {
    setPrintError(null)
    const r = await cabinet.printToPdf({
      route: `#/print/checklist/${person.id}${blank ? '/blank' : ''}`,
      suggestedName: blank ? 'Pre-visit checklist (blank).pdf' : `Pre-visit checklist ${fullName(person)}.pdf`.replace(/[\\/:*?"<>|]/g, ''),
    })
    if (!r.ok) setPrintError(r.error.message)
  }
  return (
    <article className="person-card" aria-label={fullName(person)}>
      <h3>
        {fullName(person)} <span className="tag tag--muted">{person.relationship ?? ROLE_LABELS[person.role]}</span>
      </h3>
      <dl className="dl">
        {person.dateOfBirth && (
          <>
            <dt>Date of birth</dt>
            <dd>{formatDate(person.dateOfBirth)}</dd>
          </>
        )}
        {(address || person.addressWithheld) && (
          <>
            <dt>Address</dt>
            <dd>
              {address ? <AddressLines address={address} /> : <span className="masked">Confidential address (hidden)</span>}
              {person.addressConfidential && address && <span className="tag">Confidential</span>}
              {person.addressWithheld && !revealed && mayCall(user.role, 'families.revealAddress') && (
                <Button
                  variant="quiet"
                  onPress={async () => {
                    const r = await reveal.run({ personId: person.id })
                    if (r.ok) setRevealed(r.value)
                  }}
                >
                  Reveal address
                </Button>
              )}
            </dd>
          </>
        )}
        {person.mobilePhone && (
          <>
            <dt>Mobile</dt>
            <dd>{displayPhone(person.mobilePhone)}</dd>
          </>
        )}
        {person.otherPhone && (
          <>
            <dt>Other phone</dt>
            <dd>{displayPhone(person.otherPhone)}</dd>
          </>
        )}
        {person.email && (
          <>
            <dt>Email</dt>
            <dd>{person.email}</dd>
          </>
        )}
        {person.preferredContact && (
          <>
            <dt>Preferred contact</dt>
            <dd>{PREFERRED_CONTACT_LABELS[person.preferredContact]}</dd>
          </>
        )}
        {(person.language || person.interpreterNeeded) && (
          <>
            <dt>Language</dt>
            <dd>
              {person.language ?? 'English'}
              {person.interpreterNeeded ? ' (needs an interpreter)' : ''}
            </dd>
          </>
        )}
        {person.accessNeeds && (
          <>
            <dt>Access needs</dt>
            <dd>
              <LongText>{person.accessNeeds}</LongText>
            </dd>
          </>
        )}
        {mayCall(user.role, 'families.updateAdult') && (
          <>
            <dt>Source</dt>
            <dd>{RECORD_SOURCE_LABELS[person.source]}</dd>
          </>
        )}
      </dl>
      <ErrorBanner error={reveal.error} />
      {printError && <ErrorBanner error={{ code: 'internal', message: printError }} />}
      {(onEdit || mayPrint) && (
        <div className="button-row">
          {onEdit && <Button onPress={onEdit}>Correct details</Button>}
          {mayPrint && (
            <>
              <Button onPress={() => void printChecklist(false)}>Print pre-visit checklist</Button>
              <Button variant="quiet" onPress={() => void printChecklist(true)}>
                Blank checklist
              </Button>
            </>
          )}
        </div>
      )}
    </article>
  )
}
