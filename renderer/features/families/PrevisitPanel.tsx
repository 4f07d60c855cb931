import { zodResolver } from '@hookform/resolvers/zod'
import { useMemo, useState } from 'react'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import type { CallError } from '../../../electron/contract'
import { bookPrevisitInput, completePrevisitInput } from '../../../electron/core/families/api'
import { isoDate } from '../../../electron/core/families/fields'
import type { PersonView, PrevisitView, ReferralView } from '../../../electron/core/families/views'
import { useCabinetMutation, useCabinetQuery } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { FormCheckboxGroup } from '../../ui/Checkbox'
import { DataTable, columnHelperFor } from '../../ui/DataTable'
import { FormDateField } from '../../ui/DateField'
import { ModalDialog } from '../../ui/Dialog'
import { FormTextField } from '../../ui/Field'
import { maxLengthOf } from '../../ui/character-count'
import { FormButtons } from '../../ui/FormButtons'
import { placeServerError } from '../../ui/forms'
import { FormSelect } from '../../ui/Select'
import { formatDate } from '../../ui/dates'
import { LongText, Reference } from '../../ui/LongText'
import { useCurrentUser } from '../app/app-state'
import { fullName } from './labels'

/** onClose: on Cancel and after a save (the save itself refreshes the family on screen). */
type Props = { referral: ReferralView; parents: readonly PersonView[]; onClose: () => void }

function parentOptions(parents: readonly PersonView[]) {
  return parents.map((p) => ({ value: String(p.id), label: fullName(p) }))
}

export function BookPrevisitDialog({ referral, parents, onClose }: Props) {
  const book = useCabinetMutation('families.previsits.book', { invalidates: ['families'] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const form = useForm<z.input<typeof bookPrevisitInput>, unknown, z.output<typeof bookPrevisitInput>>({
    resolver: zodResolver(bookPrevisitInput),
    defaultValues: { referralId: referral.id, personId: parents[0]?.id, bookedFor: '' },
  })
  const submit = form.handleSubmit(async (values) => {
    const r = await book.run(values)
    if (r.ok) onClose()
    else setBanner(placeServerError(r.error, form.setError, ['personId', 'bookedFor']))
  })
  return (
    <ModalDialog
      isOpen
      onOpenChange={(open) => !open && onClose()}
      title={
        <>
          Book a pre-visit (<Reference>{referral.reference}</Reference>)
        </>
      }
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorBanner error={banner} title="Not booked" />
        <FormSelect control={form.control} name="personId" label="With" options={parentOptions(parents)} isRequired numeric />
        <FormDateField control={form.control} name="bookedFor" label="Date" isRequired />
        <FormButtons submitLabel="Book" pending={form.formState.isSubmitting} onCancel={onClose} />
      </form>
    </ModalDialog>
  )
}

/** Record a pre-visit that has happened: when, who held it, each checklist item gone through, notes. */
export function CompletePrevisitDialog({ referral, parents, onClose }: Props) {
  const user = useCurrentUser()
  const template = useCabinetQuery('families.checklist.template', {})
  const complete = useCabinetMutation('families.previsits.complete', { invalidates: ['families'] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const form = useForm<z.input<typeof completePrevisitInput>, unknown, z.output<typeof completePrevisitInput>>({
    resolver: zodResolver(completePrevisitInput),
    defaultValues: {
      referralId: referral.id,
      personId: parents[0]?.id,
      completedOn: isoDate(new Date()),
      conductedBy: user.displayName,
      ticked: [],
      notes: '',
    },
  })
  const submit = form.handleSubmit(async (values) => {
    const r = await complete.run(values)
    if (r.ok) onClose()
    else setBanner(placeServerError(r.error, form.setError, ['personId', 'completedOn', 'conductedBy', 'ticked', 'notes']))
  })
  return (
    <ModalDialog
      isOpen
      onOpenChange={(open) => !open && onClose()}
      title={
        <>
          Record a pre-visit (<Reference>{referral.reference}</Reference>)
        </>
      }
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorBanner error={banner ?? template.error} title="Not recorded" />
        <FormSelect control={form.control} name="personId" label="With" options={parentOptions(parents)} isRequired numeric />
        <div className="field-row">
          <FormDateField control={form.control} name="completedOn" label="Date of the pre-visit" isRequired />
          <FormTextField
            control={form.control}
            name="conductedBy"
            label="Held by"
            isRequired
            maxLength={maxLengthOf(completePrevisitInput.shape.conductedBy)}
          />
        </div>
        <FormCheckboxGroup
          control={form.control}
          name="ticked"
          label="Checklist items gone through"
          options={(template.data?.items ?? []).map((item) => ({ value: item.id, label: item.heading }))}
        />
        <FormTextField control={form.control} name="notes" label="Notes" multiline maxLength={maxLengthOf(completePrevisitInput.shape.notes)} />
        <FormButtons submitLabel="Save pre-visit" pending={form.formState.isSubmitting} onCancel={onClose} />
      </form>
    </ModalDialog>
  )
}

const helper = columnHelperFor<PrevisitView>()

function namers(people: readonly PersonView[], referrals: readonly ReferralView[]) {
  return {
    nameOf: (id: number) => {
      const p = people.find((x) => x.id === id)
      return p ? fullName(p) : ''
    },
    referenceOf: (id: number) => referrals.find((r) => r.id === id)?.reference ?? '',
  }
}

function previsitColumns(people: readonly PersonView[], referrals: readonly ReferralView[]) {
  const { nameOf, referenceOf } = namers(people, referrals)
  return helper.columns([
    helper.accessor('referralId', { header: 'Referral', cell: (info) => <Reference>{referenceOf(info.getValue())}</Reference> }),
    helper.accessor('personId', { header: 'With', cell: (info) => nameOf(info.getValue()) }),
    helper.accessor('bookedFor', { header: 'Booked for', cell: (info) => formatDate(info.getValue()) }),
    helper.accessor('completedOn', { header: 'Held on', cell: (info) => formatDate(info.getValue()) }),
    helper.accessor('conductedBy', { header: 'Held by', cell: (info) => info.getValue() ?? '' }),
    helper.accessor('items', {
      header: 'Items gone through',
      cell: ({ row: { original: v } }) =>
        v.items
          ? `${v.items.filter((i) => i.ticked).length} of ${v.items.length}${
              v.items.some((i) => !i.ticked)
                ? ` (not: ${v.items
                    .filter((i) => !i.ticked)
                    .map((i) => i.heading)
                    .join(', ')})`
                : ''
            }`
          : '',
    }),
  ])
}

/**
 * The family's pre-visits, across its referrals: a table of who, when and what was gone through,
 * then each pre-visit's notes as paragraphs (a long note never sits in a narrow column).
 */
export function PrevisitTable({
  previsits,
  people,
  referrals,
}: {
  previsits: readonly PrevisitView[]
  people: readonly PersonView[]
  referrals: readonly ReferralView[]
}) {
  const columns = useMemo(() => previsitColumns(people, referrals), [people, referrals])
  if (previsits.length === 0) return <p>No pre-visits yet.</p>
  const { nameOf, referenceOf } = namers(people, referrals)
  const noted = previsits.filter((v) => v.notes)
  return (
    <>
      <DataTable caption="Pre-visits" columns={columns} data={previsits} rowId={(v) => v.id} />
      {noted.length > 0 && (
        <>
          <h3>Notes from the pre-visits</h3>
          <ul className="notes">
            {noted.map((v) => (
              <li key={v.id}>
                <p className="notes__about">
                  With {nameOf(v.personId)}
                  {v.completedOn ? `, held ${formatDate(v.completedOn)}` : ''} (<Reference>{referenceOf(v.referralId)}</Reference>)
                </p>
                <LongText>{v.notes}</LongText>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  )
}
