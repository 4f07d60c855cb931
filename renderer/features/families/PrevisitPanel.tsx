import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useController, useForm } from 'react-hook-form'
import type { z } from 'zod'
import type { CallError } from '../../../electron/contract'
import { bookPrevisitInput, completePrevisitInput } from '../../../electron/contract/areas/families'
import { isoDate } from '../../../electron/core/families/fields'
import type { PersonView, PrevisitView, ReferralView } from '../../../electron/core/families/views'
import { cabinet } from '../../api/cabinet'
import { useCall } from '../../api/hooks'
import { ErrorBanner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { Checkbox } from '../../ui/Choice'
import { ModalDialog } from '../../ui/Dialog'
import { FormTextField } from '../../ui/Field'
import { placeServerError } from '../../ui/forms'
import { formatDate } from '../../ui/dates'
import { useCurrentUser } from '../app/app-state'
import { FormDateField, FormSelect } from './form-fields'
import { fullName } from './labels'

type Props = { referral: ReferralView; parents: readonly PersonView[]; onClose: () => void; onSaved: () => void }

function parentOptions(parents: readonly PersonView[]) {
  return parents.map((p) => ({ value: String(p.id), label: fullName(p) }))
}

export function BookPrevisitDialog({ referral, parents, onClose, onSaved }: Props) {
  const [banner, setBanner] = useState<CallError | undefined>()
  const form = useForm<z.input<typeof bookPrevisitInput>, unknown, z.output<typeof bookPrevisitInput>>({
    resolver: zodResolver(bookPrevisitInput),
    defaultValues: { referralId: referral.id, personId: parents[0]?.id, bookedFor: '' },
  })
  const submit = form.handleSubmit(async (values) => {
    const r = await cabinet.invoke('families.previsits.book', values)
    if (r.ok) onSaved()
    else setBanner(placeServerError(r.error, form.setError, ['personId', 'bookedFor']))
  })
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title={`Book a pre-visit (${referral.reference})`}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorBanner error={banner} title="Not booked" />
        <FormSelect control={form.control} name="personId" label="With" options={parentOptions(parents)} isRequired numeric />
        <FormDateField control={form.control} name="bookedFor" label="Date" isRequired />
        <div className="button-row">
          <Button type="submit" variant="primary" isPending={form.formState.isSubmitting}>
            Book
          </Button>
          <Button onPress={onClose}>Cancel</Button>
        </div>
      </form>
    </ModalDialog>
  )
}

/** Record a pre-visit that has happened: when, who held it, each checklist item gone through, notes. */
export function CompletePrevisitDialog({ referral, parents, onClose, onSaved }: Props) {
  const user = useCurrentUser()
  const template = useCall('families.checklist.template', {})
  const [banner, setBanner] = useState<CallError | undefined>()
  const form = useForm<z.input<typeof completePrevisitInput>, unknown, z.output<typeof completePrevisitInput>>({
    resolver: zodResolver(completePrevisitInput),
    defaultValues: { referralId: referral.id, personId: parents[0]?.id, completedOn: isoDate(new Date()), conductedBy: user.displayName, ticked: [], notes: '' },
  })
  const ticked = useController({ control: form.control, name: 'ticked' })
  const chosen = (ticked.field.value ?? []) as string[]
  const submit = form.handleSubmit(async (values) => {
    const r = await cabinet.invoke('families.previsits.complete', values)
    if (r.ok) onSaved()
    else setBanner(placeServerError(r.error, form.setError, ['personId', 'completedOn', 'conductedBy', 'notes']))
  })
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && onClose()} title={`Record a pre-visit (${referral.reference})`}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorBanner error={banner ?? template.error} title="Not recorded" />
        <FormSelect control={form.control} name="personId" label="With" options={parentOptions(parents)} isRequired numeric />
        <div className="field-row">
          <FormDateField control={form.control} name="completedOn" label="Date of the pre-visit" isRequired />
          <FormTextField control={form.control} name="conductedBy" label="Held by" isRequired />
        </div>
        <fieldset className="fieldset">
          <legend>Checklist items gone through</legend>
          {(template.data?.items ?? []).map((item) => (
            <Checkbox
              key={item.id}
              name={`ticked-${item.id}`}
              isSelected={chosen.includes(item.id)}
              onChange={(on) => ticked.field.onChange(on ? [...chosen, item.id] : chosen.filter((x) => x !== item.id))}
            >
              {item.heading}
            </Checkbox>
          ))}
        </fieldset>
        <FormTextField control={form.control} name="notes" label="Notes" multiline />
        <div className="button-row">
          <Button type="submit" variant="primary" isPending={form.formState.isSubmitting}>
            Save pre-visit
          </Button>
          <Button onPress={onClose}>Cancel</Button>
        </div>
      </form>
    </ModalDialog>
  )
}

/** The family's pre-visits, across its referrals. */
export function PrevisitTable({ previsits, people, referrals }: { previsits: readonly PrevisitView[]; people: readonly PersonView[]; referrals: readonly ReferralView[] }) {
  if (previsits.length === 0) return <p>No pre-visits yet.</p>
  const nameOf = (id: number) => {
    const p = people.find((x) => x.id === id)
    return p ? fullName(p) : ''
  }
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption>Pre-visits</caption>
        <thead>
          <tr>
            <th scope="col">Referral</th>
            <th scope="col">With</th>
            <th scope="col">Booked for</th>
            <th scope="col">Held on</th>
            <th scope="col">Held by</th>
            <th scope="col">Items gone through</th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          {previsits.map((v) => (
            <tr key={v.id}>
              <td>{referrals.find((r) => r.id === v.referralId)?.reference ?? ''}</td>
              <td>{nameOf(v.personId)}</td>
              <td>{formatDate(v.bookedFor)}</td>
              <td>{formatDate(v.completedOn)}</td>
              <td>{v.conductedBy ?? ''}</td>
              <td>{v.items ? `${v.items.filter((i) => i.ticked).length} of ${v.items.length}${v.items.some((i) => !i.ticked) ? ` (not: ${v.items.filter((i) => !i.ticked).map((i) => i.heading).join(', ')})` : ''}` : ''}</td>
              <td>{v.notes ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
