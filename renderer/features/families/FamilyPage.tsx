import { useState } from 'react'
import { useParams } from 'wouter'
import { mayCall } from '../../../electron/contract'
import type { Household } from '../../../electron/core/families/types'
import type { FamilyView, PersonView, ReferralView } from '../../../electron/core/families/views'
import { useCabinetQuery } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { formatDate } from '../../ui/dates'
import { LongText } from '../../ui/LongText'
import { Page } from '../../ui/Page'
import { useCurrentUser } from '../app/app-state'
import { HistoryPanel } from './HistoryPanel'
import { CONTACT_TYPE_LABELS, HOUSEHOLD_LABELS, fullName } from './labels'
import { MedicalPanel } from './MedicalPanel'
import { FamilyPanelSlot } from './panels'
import { PersonCard } from './PersonCard'
import { AdultDialog, ChildDialog } from './PersonDialogs'
import { BookPrevisitDialog, CompletePrevisitDialog, PrevisitTable } from './PrevisitPanel'
import { ReferralCard } from './ReferralCard'
import { ClosureDialog, ReferralDialog, TransitionDialog } from './ReferralDialogs'

type Open =
  | { kind: 'adult'; household: Household; person?: PersonView }
  | { kind: 'child'; child?: PersonView }
  | { kind: 'referral'; referral?: ReferralView }
  | { kind: 'transition' | 'closure' | 'book' | 'complete'; referral: ReferralView }
  | null

function ageToday(dob: string | null): string {
  if (!dob) return ''
  const [y, m, d] = dob.split('-').map(Number)
  const now = new Date()
  let age = now.getFullYear() - y
  if (now.getMonth() + 1 < m || (now.getMonth() + 1 === m && now.getDate() < d)) age--
  return `${age}`
}

/** A family: both households, the children, referrals with their histories, pre-visits, medical information, corrections, and the slots later areas fill. */
export function FamilyPage() {
  const { id } = useParams<{ id: string }>()
  const familyId = Number(id)
  const user = useCurrentUser()
  const family = useCabinetQuery('families.get', Number.isInteger(familyId) && familyId > 0 ? { id: familyId } : null)
  const [open, setOpen] = useState<Open>(null)
  const f = family.data
  if (!f) {
    return (
      <Page title="Family">
        <ErrorBanner
          error={family.error ?? (Number.isInteger(familyId) && familyId > 0 ? undefined : { code: 'not_found', message: 'There is no such family.' })}
        />
        {family.isLoading && <p>Loading…</p>}
      </Page>
    )
  }
  // Only the actions this user may take are shown (a volunteer sees the family, and no buttons).
  const may = {
    addAdult: mayCall(user.role, 'families.addAdult'),
    updateAdult: mayCall(user.role, 'families.updateAdult'),
    addChild: mayCall(user.role, 'families.addChild'),
    updateChild: mayCall(user.role, 'families.updateChild'),
    addReferral: mayCall(user.role, 'families.referrals.create'),
    bookPrevisit: mayCall(user.role, 'families.previsits.book'),
    recordPrevisit: mayCall(user.role, 'families.previsits.complete'),
    history: mayCall(user.role, 'families.history'),
  }
  // The dialogs' saves refresh every families answer on screen (this page, its history) themselves.
  const close = () => setOpen(null)
  const parents = f.adults.filter((a) => a.role !== 'approved_adult')
  return (
    <Page title={f.label}>
      {f.sessionDay && <SessionDay family={f} />}
      <div className="households">
        {(['resident', 'non_resident'] as const).map((h) => (
          <section key={h} className="card household" aria-labelledby={`household-${h}`}>
            <h2 id={`household-${h}`}>{HOUSEHOLD_LABELS[h]}</h2>
            {f.adults
              .filter((a) => a.household === h)
              .map((a) => (
                <PersonCard key={a.id} person={a} onEdit={may.updateAdult ? () => setOpen({ kind: 'adult', household: h, person: a }) : undefined} />
              ))}
            {may.addAdult && <Button onPress={() => setOpen({ kind: 'adult', household: h })}>Add an adult to this household</Button>}
          </section>
        ))}
      </div>
      <section className="card" aria-labelledby="children-heading">
        <h2 id="children-heading">Children</h2>
        <ul className="children">
          {f.children.map((c) => (
            <li key={c.id}>
              <strong>{fullName(c)}</strong>
              {c.dateOfBirth && `, born ${formatDate(c.dateOfBirth)} (age ${ageToday(c.dateOfBirth)})`}, lives with{' '}
              {(() => {
                const a = f.adults.find((x) => x.id === c.livesWithPersonId)
                return a ? fullName(a) : HOUSEHOLD_LABELS[c.household].toLowerCase()
              })()}
              {may.updateChild && (
                <Button variant="quiet" onPress={() => setOpen({ kind: 'child', child: c })}>
                  Correct
                </Button>
              )}
            </li>
          ))}
        </ul>
        {may.addChild && <Button onPress={() => setOpen({ kind: 'child' })}>Add a child</Button>}
      </section>
      {f.referrals && (
        <section className="card" aria-labelledby="referrals-heading">
          <h2 id="referrals-heading">Referrals</h2>
          {f.referrals.map((r) => (
            <ReferralCard
              key={r.id}
              referral={r}
              onTransition={() => setOpen({ kind: 'transition', referral: r })}
              onEdit={() => setOpen({ kind: 'referral', referral: r })}
              onCorrectClosure={() => setOpen({ kind: 'closure', referral: r })}
            />
          ))}
          {may.addReferral && <Button onPress={() => setOpen({ kind: 'referral' })}>New referral</Button>}
        </section>
      )}
      {f.previsits && f.referrals && (
        <section className="card" aria-labelledby="previsits-heading">
          <h2 id="previsits-heading">Pre-visits</h2>
          <PrevisitTable previsits={f.previsits} people={f.adults} referrals={f.referrals} />
          {(may.bookPrevisit || may.recordPrevisit) && f.referrals[0] && (
            <div className="button-row">
              {may.bookPrevisit && <Button onPress={() => setOpen({ kind: 'book', referral: f.referrals![0] })}>Book a pre-visit</Button>}
              {may.recordPrevisit && <Button onPress={() => setOpen({ kind: 'complete', referral: f.referrals![0] })}>Record a pre-visit</Button>}
            </div>
          )}
        </section>
      )}
      <MedicalPanel family={f} />
      {/* Filled by later areas through panels.tsx. */}
      <FamilyPanelSlot slot="sessions" familyId={f.id} />
      <FamilyPanelSlot slot="documents" familyId={f.id} />
      <FamilyPanelSlot slot="incidents" familyId={f.id} />
      <FamilyPanelSlot slot="retention" familyId={f.id} />
      {may.history && <HistoryPanel family={f} />}

      {open?.kind === 'adult' && <AdultDialog familyId={f.id} household={open.household} person={open.person} onClose={close} />}
      {open?.kind === 'child' && <ChildDialog familyId={f.id} adults={f.adults} child={open.child} onClose={close} />}
      {open?.kind === 'referral' && <ReferralDialog familyId={f.id} referral={open.referral} onClose={close} />}
      {open?.kind === 'transition' && <TransitionDialog referral={open.referral} onClose={close} />}
      {open?.kind === 'closure' && <ClosureDialog referral={open.referral} onClose={close} />}
      {open?.kind === 'book' && <BookPrevisitDialog referral={open.referral} parents={parents} onClose={close} />}
      {open?.kind === 'complete' && <CompletePrevisitDialog referral={open.referral} parents={parents} onClose={close} />}
    </Page>
  )
}

/** What volunteers (and everyone) need on a session day, from the current referral. */
function SessionDay({ family }: { family: FamilyView }) {
  const s = family.sessionDay!
  return (
    <section className="card session-day" aria-labelledby="session-day-heading">
      <h2 id="session-day-heading">On a session day</h2>
      <dl className="dl">
        <dt>Contact</dt>
        <dd>{CONTACT_TYPE_LABELS[s.contactType]}</dd>
        <dt>Arrival and departure</dt>
        <dd>{s.separateArrival ? 'Separate: the parents must not meet' : 'No special arrangements'}</dd>
        {s.collectionArrangements && (
          <>
            <dt>Who may collect the children</dt>
            <dd>
              <LongText>{s.collectionArrangements}</LongText>
            </dd>
          </>
        )}
      </dl>
    </section>
  )
}
