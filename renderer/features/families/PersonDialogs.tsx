import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm, type FieldPath, type FieldValues } from 'react-hook-form'
import { z } from 'zod'
import type { CallError } from '../../../electron/contract'
import { adultInput, childInput, recordSource } from '../../../electron/core/families/schemas'
import type { PersonView } from '../../../electron/core/families/views'
import { useCabinetMutation } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { FormDateField } from '../../ui/DateField'
import { ModalDialog } from '../../ui/Dialog'
import { FormTextField } from '../../ui/Field'
import { FormButtons } from '../../ui/FormButtons'
import { placeServerError, type AnyControl } from '../../ui/forms'
import { FormSelect } from '../../ui/Select'
import { AdultFields } from './AdultFields'
import { blankAdult } from './intake/values'
import { DuplicateWarning, duplicateQuery } from './DuplicateWarning'
import { HOUSEHOLD_LABELS, RECORD_SOURCE_LABELS, fullName, options } from './labels'
import type { DuplicateMatch } from '../../../electron/core/families/views'
import type { Household } from '../../../electron/core/families/types'

const adultForm = z.object({ source: recordSource, person: adultInput })
const childForm = z.object({ source: recordSource, child: childInput })

function SourceSelect<T extends FieldValues, TT>({ control }: { control: AnyControl<T, TT> }) {
  return (
    <FormSelect control={control} name={'source' as FieldPath<T>} label="Where the new details came from" options={options(RECORD_SOURCE_LABELS)} isRequired />
  )
}

/** A person as the adult form holds them (blank strings for what is not known). */
function personValues(p: PersonView) {
  return {
    role: p.role === 'child' ? ('parent' as const) : p.role,
    relationship: p.relationship ?? '',
    givenName: p.givenName,
    familyName: p.familyName,
    dateOfBirth: p.dateOfBirth ?? '',
    addressLine1: p.address?.line1 ?? '',
    addressLine2: p.address?.line2 ?? '',
    town: p.address?.town ?? '',
    postcode: p.address?.postcode ?? '',
    addressConfidential: p.addressConfidential,
    mobilePhone: p.mobilePhone ?? '',
    otherPhone: p.otherPhone ?? '',
    email: p.email ?? '',
    preferredContact: p.preferredContact,
    language: p.language ?? '',
    interpreterNeeded: p.interpreterNeeded,
    accessNeeds: p.accessNeeds ?? '',
  }
}

/**
 * Add an adult to a household, or correct one. A correction is saved as a whole; main records
 * each changed field with its old value (P22). A confidential address that has not been
 * revealed cannot be corrected here without revealing it first.
 */
export function AdultDialog(props: { familyId: number; household: Household; person?: PersonView; onClose: () => void }) {
  const editing = props.person
  // Each save refreshes the family and its correction history wherever they are shown.
  const add = useCabinetMutation('families.addAdult', { invalidates: ['families'] })
  const update = useCabinetMutation('families.updateAdult', { invalidates: ['families'] })
  // Audited reads on demand, which change nothing cached.
  const checkDuplicates = useCabinetMutation('families.checkDuplicates', { invalidates: [] })
  const reveal = useCabinetMutation('families.revealAddress', { invalidates: [] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const [duplicates, setDuplicates] = useState<{ key: string; matches: DuplicateMatch[] } | null>(null)
  const form = useForm<z.input<typeof adultForm>, unknown, z.output<typeof adultForm>>({
    resolver: zodResolver(adultForm),
    defaultValues: { source: 'phone', person: editing ? personValues(editing) : blankAdult('approved_adult') },
  })
  const submit = form.handleSubmit(async (values) => {
    setBanner(undefined)
    const key = JSON.stringify(values.person)
    if (duplicates?.key !== key) {
      const r = await checkDuplicates.run(duplicateQuery(values.person, editing?.id))
      const matches = r.ok ? r.value : []
      setDuplicates({ key, matches })
      if (matches.length > 0) return
    }
    const r = editing
      ? await update.run({ personId: editing.id, source: values.source, person: values.person })
      : await add.run({ familyId: props.familyId, household: props.household, source: values.source, person: values.person })
    if (r.ok) props.onClose()
    else setBanner(placeServerError(r.error, form.setError, ['source'], { addressConfidential: 'person.addressConfidential', role: 'person.role' }))
  })
  // A masked confidential address must be revealed (audited) before the form can hold it;
  // saving without it would clear the address.
  const [unmasked, setUnmasked] = useState(!editing?.addressWithheld)
  const revealAndEdit = async () => {
    if (!editing) return
    const r = await reveal.run({ personId: editing.id })
    if (!r.ok) return setBanner(r.error)
    form.reset({ source: 'phone', person: personValues({ ...editing, address: r.value }) })
    setUnmasked(true)
  }
  return (
    <ModalDialog
      isOpen
      onOpenChange={(open) => !open && props.onClose()}
      title={editing ? `Correct ${fullName(editing)}` : `Add an adult to the ${HOUSEHOLD_LABELS[props.household].toLowerCase()}`}
    >
      {!unmasked ? (
        <>
          <ErrorBanner error={banner} />
          <p>This person’s address is confidential. To correct their details the address must be shown; showing it is recorded in the audit log.</p>
          <FormButtons submitLabel="Show the address and continue" onSubmit={() => void revealAndEdit()} pending={reveal.isPending} onCancel={props.onClose} />
        </>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          <ErrorBanner error={banner} title="Not saved" />
          <SourceSelect control={form.control} />
          <AdultFields control={form.control} prefix="person" roles={editing ? ['parent', 'carer', 'approved_adult'] : ['approved_adult', 'carer', 'parent']} />
          {duplicates && <DuplicateWarning matches={duplicates.matches} />}
          <FormButtons
            submitLabel={duplicates && duplicates.matches.length > 0 ? 'Save anyway' : 'Save'}
            pending={form.formState.isSubmitting}
            onCancel={props.onClose}
          />
        </form>
      )}
    </ModalDialog>
  )
}

/** Add a child to the family, or correct one (including who they live with). */
export function ChildDialog(props: { familyId: number; adults: readonly PersonView[]; child?: PersonView; onClose: () => void }) {
  const editing = props.child
  const add = useCabinetMutation('families.addChild', { invalidates: ['families'] })
  const update = useCabinetMutation('families.updateChild', { invalidates: ['families'] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const carers = props.adults.filter((a) => a.role !== 'approved_adult')
  const form = useForm<z.input<typeof childForm>, unknown, z.output<typeof childForm>>({
    resolver: zodResolver(childForm),
    defaultValues: {
      source: 'phone',
      child: editing
        ? {
            givenName: editing.givenName,
            familyName: editing.familyName,
            dateOfBirth: editing.dateOfBirth ?? '',
            livesWithPersonId: editing.livesWithPersonId ?? carers[0]?.id,
          }
        : { givenName: '', familyName: '', dateOfBirth: '', livesWithPersonId: carers[0]?.id },
    },
  })
  const submit = form.handleSubmit(async (values) => {
    const r = editing
      ? await update.run({ personId: editing.id, source: values.source, child: values.child })
      : await add.run({ familyId: props.familyId, source: values.source, child: values.child })
    if (r.ok) props.onClose()
    else setBanner(placeServerError(r.error, form.setError, ['source'], { livesWithPersonId: 'child.livesWithPersonId', dateOfBirth: 'child.dateOfBirth' }))
  })
  return (
    <ModalDialog isOpen onOpenChange={(open) => !open && props.onClose()} title={editing ? `Correct ${fullName(editing)}` : 'Add a child'}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorBanner error={banner} title="Not saved" />
        <SourceSelect control={form.control} />
        <div className="field-row">
          <FormTextField control={form.control} name="child.givenName" label="First name" isRequired autoComplete="off" />
          <FormTextField control={form.control} name="child.familyName" label="Last name" isRequired autoComplete="off" />
        </div>
        <FormDateField control={form.control} name="child.dateOfBirth" label="Date of birth" isRequired />
        <FormSelect
          control={form.control}
          name="child.livesWithPersonId"
          label="Lives with"
          options={carers.map((a) => ({ value: String(a.id), label: `${fullName(a)} (${HOUSEHOLD_LABELS[a.household].toLowerCase()})` }))}
          isRequired
          numeric
        />
        <FormButtons submitLabel="Save" pending={form.formState.isSubmitting} onCancel={props.onClose} />
      </form>
    </ModalDialog>
  )
}
