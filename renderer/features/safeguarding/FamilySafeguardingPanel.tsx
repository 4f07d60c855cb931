import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { Link } from 'wouter'
import type { z } from 'zod'
import { mayCall, type CallError } from '../../../electron/contract'
import { holdKinds } from '../../../electron/core/holds/vocab'
import { liftHoldArgs, type HoldView } from '../../../electron/core/holds/api'
import { useCabinetMutation, useCabinetQuery } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { formatDate } from '../../ui/dates'
import { ModalDialog } from '../../ui/Dialog'
import { FormTextField } from '../../ui/Field'
import { FormButtons } from '../../ui/FormButtons'
import { placeServerError } from '../../ui/forms'
import { useCurrentUser } from '../app/app-state'
import { decisionLabel, statusLabel } from './labels'
import './safeguarding.css'

/**
 * The family page's safeguarding panel. A coordinator sees the family's concerns and the holds
 * that keep its records from disposal, and lifts a hold (with a reason) once nothing needs it; a
 * volunteer sees only the way to raise a concern, never one that exists.
 */
export function FamilySafeguardingPanel({ familyId }: { familyId: number }) {
  const user = useCurrentUser()
  const mayRead = mayCall(user.role, 'safeguarding.forFamily')
  const mayRaise = mayCall(user.role, 'safeguarding.raise')
  if (!mayRead) {
    return mayRaise ? (
      <section className="card" aria-labelledby="safeguarding-heading">
        <h2 id="safeguarding-heading">Safeguarding</h2>
        <p>
          Worried about a child or an adult? <Link href="~/concerns/raise">Raise a concern</Link> for the coordinator.
        </p>
      </section>
    ) : null
  }
  return <CoordinatorPanel familyId={familyId} />
}

function CoordinatorPanel({ familyId }: { familyId: number }) {
  const concerns = useCabinetQuery('safeguarding.forFamily', { familyId })
  const holds = useCabinetQuery('holds.on', { subject: { type: 'family', id: familyId } })
  const [lifting, setLifting] = useState<HoldView | null>(null)
  const active = (holds.data ?? []).filter((h) => !h.liftedAt)
  return (
    <section className="card" aria-labelledby="safeguarding-heading">
      <h2 id="safeguarding-heading">Safeguarding and holds</h2>
      <ErrorBanner error={concerns.error ?? holds.error} />
      {active.length === 0 ? (
        <p>No holds: the family’s records follow the retention schedule.</p>
      ) : (
        <ul className="holds-list" aria-label="Holds on the family’s records">
          {active.map((h) => (
            <li key={h.id}>
              <strong>{holdKinds.label(h.kind)} hold</strong> on {h.subject.type === 'family' ? 'the whole family' : 'a child’s records'} since{' '}
              {formatDate(h.setAt.slice(0, 10))}: {h.reason}.{' '}
              <Button variant="quiet" onPress={() => setLifting(h)}>
                Lift this hold
              </Button>
            </li>
          ))}
        </ul>
      )}
      <h3>Concerns</h3>
      {concerns.data && concerns.data.length === 0 && <p>No safeguarding concerns have been raised about this family.</p>}
      {concerns.data && concerns.data.length > 0 && (
        <ul>
          {concerns.data.map((c) => (
            <li key={c.id}>
              <Link href={`~/concerns/${c.id}`}>Concern of {formatDate(c.occurredOn)}</Link> about {c.about.join(', ')}: {statusLabel(c.status)},{' '}
              {decisionLabel(c.decision).toLowerCase()}
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href="~/concerns/raise">Raise a concern</Link>
      </p>
      {lifting && <LiftHoldDialog hold={lifting} onClose={() => setLifting(null)} />}
    </section>
  )
}

function LiftHoldDialog({ hold, onClose }: { hold: HoldView; onClose: () => void }) {
  const lift = useCabinetMutation('holds.lift', { invalidates: ['holds', 'safeguarding'] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const form = useForm<z.input<typeof liftHoldArgs>, unknown, z.output<typeof liftHoldArgs>>({
    resolver: zodResolver(liftHoldArgs),
    defaultValues: { id: hold.id, reason: '' },
  })
  const submit = form.handleSubmit(async (v) => {
    const r = await lift.run(v)
    if (r.ok) onClose()
    else setBanner(placeServerError(r.error, form.setError, ['reason']))
  })
  return (
    <ModalDialog isOpen onOpenChange={(o) => !o && onClose()} title="Lift the hold">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorBanner error={banner} title="Not lifted" />
        <p>Once lifted, the records it held follow the retention schedule again. The lifting is recorded with your name and reason.</p>
        <FormTextField control={form.control} name="reason" label="Why the hold can be lifted" multiline isRequired />
        <FormButtons submitLabel="Lift the hold" tone="danger" pending={form.formState.isSubmitting} onCancel={onClose} />
      </form>
    </ModalDialog>
  )
}
