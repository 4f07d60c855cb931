import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { Link, useLocation, useParams } from 'wouter'
import type { z } from 'zod'
import type { CallError } from '../../../electron/contract'
import { injuredKinds, recordAccidentArgs, type AccidentView } from '../../../electron/core/accidents/api'
import { isoDate } from '../../../electron/core/families/fields'
import { useCabinetMutation, useCabinetQuery } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { FormCheckbox } from '../../ui/Checkbox'
import { FormRadioGroup } from '../../ui/Choice'
import { FormDateField } from '../../ui/DateField'
import { FormErrorSummary } from '../../ui/ErrorSummary'
import { FormTextField } from '../../ui/Field'
import { FormButtons } from '../../ui/FormButtons'
import { placeServerError } from '../../ui/forms'
import { Page } from '../../ui/Page'
import { FormSelect } from '../../ui/Select'
import { FamilyPicker } from '../documents/FamilyPicker'

type In = z.input<typeof recordAccidentArgs>
type Out = z.output<typeof recordAccidentArgs>

const FIELDS = [
  'occurredOn',
  'occurredTime',
  'location',
  'injuredKind',
  'personId',
  'injuredName',
  'whatHappened',
  'injury',
  'firstAid',
  'firstAidBy',
  'witnesses',
  'informedWho',
  'informedAt',
  'riddorReportable',
  'riddorReportedOn',
  'followUp',
] as const

function valuesOf(a: AccidentView | undefined): In {
  const t = (v: string | null | undefined) => v ?? ''
  return {
    occurredOn: a?.occurredOn ?? isoDate(new Date()),
    occurredTime: t(a?.occurredTime),
    location: t(a?.location),
    sessionId: a?.sessionId ?? null,
    injuredKind: a?.injuredKind ?? ('' as In['injuredKind']),
    personId: a?.personId ?? null,
    injuredName: t(a?.injuredName),
    whatHappened: t(a?.whatHappened),
    injury: t(a?.injury),
    firstAid: t(a?.firstAid),
    firstAidBy: t(a?.firstAidBy),
    witnesses: t(a?.witnesses),
    informedWho: t(a?.informedWho),
    informedAt: t(a?.informedAt),
    riddorReportable: a?.riddorReportable ?? false,
    riddorReportedOn: a?.riddorReportedOn ?? null,
    followUp: t(a?.followUp),
  }
}

/** A new entry in the accident book (#/accidents/new), or a correction and follow-up of one (#/accidents/<id>/edit). */
export function AccidentForm() {
  const params = useParams<{ id?: string }>()
  const editingId = params.id ? Number(params.id) : null
  const existing = useCabinetQuery('accidents.get', editingId ? { id: editingId } : null)
  if (editingId && !existing.data) {
    return (
      <Page title="Accident">
        <ErrorBanner error={existing.error} />
      </Page>
    )
  }
  return <AccidentFormLoaded entry={existing.data} />
}

function AccidentFormLoaded({ entry }: { entry: AccidentView | undefined }) {
  const [, navigate] = useLocation()
  const record = useCabinetMutation('accidents.record', { invalidates: ['accidents', 'reports'] })
  const update = useCabinetMutation('accidents.update', { invalidates: ['accidents', 'reports'] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const [familyId, setFamilyId] = useState<number | null>(entry?.familyId ?? null)
  const form = useForm<In, unknown, Out>({ resolver: zodResolver(recordAccidentArgs), defaultValues: valuesOf(entry) })
  const kind = form.watch('injuredKind')
  const fromFamily = kind === 'child' || kind === 'adult'
  const family = useCabinetQuery('families.get', fromFamily && familyId ? { id: familyId } : null)
  const people = (kind === 'child' ? family.data?.children : family.data?.adults) ?? []
  const submit = form.handleSubmit(async (v) => {
    const r = entry ? await update.run({ ...v, id: entry.id }) : await record.run(v)
    if (r.ok) navigate(`/${r.value.id}`)
    else setBanner(placeServerError(r.error, form.setError, FIELDS))
  })
  return (
    <Page title={entry ? 'Correct or follow up an accident' : 'Record an accident'}>
      <form onSubmit={(e) => void submit(e)} noValidate className="area-form">
        <FormErrorSummary form={form} />
        <ErrorBanner error={banner} title="Not saved" />
        <h2>When and where</h2>
        <FormDateField control={form.control} name="occurredOn" label="Date of the accident" isRequired />
        <FormTextField control={form.control} name="occurredTime" label="Time" description="For example 14:30" />
        <FormTextField control={form.control} name="location" label="Where it happened" isRequired />
        <h2>Who was hurt</h2>
        <FormRadioGroup control={form.control} name="injuredKind" label="Who was hurt" options={injuredKinds.options} />
        {fromFamily && (
          <>
            <FamilyPicker familyId={familyId} onChange={(id) => (setFamilyId(id), form.setValue('personId', null))} />
            {familyId && (
              <FormSelect
                control={form.control}
                name="personId"
                numeric
                label={kind === 'child' ? 'Child' : 'Adult'}
                options={people.map((p) => ({ value: String(p.id), label: `${p.givenName} ${p.familyName}` }))}
                isRequired
              />
            )}
          </>
        )}
        {kind && !fromFamily && <FormTextField control={form.control} name="injuredName" label="Name of the person hurt" isRequired />}
        <h2>What happened</h2>
        <FormTextField control={form.control} name="whatHappened" label="What happened" multiline isRequired />
        <FormTextField control={form.control} name="injury" label="Injury" multiline isRequired />
        <FormTextField control={form.control} name="firstAid" label="First aid given" multiline />
        <FormTextField control={form.control} name="firstAidBy" label="First aid given by" />
        <FormTextField control={form.control} name="witnesses" label="Witnesses" multiline />
        <h2>Who was told, and after</h2>
        <FormTextField control={form.control} name="informedWho" label="Parent or carer told" />
        <FormTextField control={form.control} name="informedAt" label="When they were told" description="For example 14/03/2026 11:30" />
        <FormCheckbox control={form.control} name="riddorReportable">
          Reportable under RIDDOR
        </FormCheckbox>
        {form.watch('riddorReportable') && <FormDateField control={form.control} name="riddorReportedOn" label="Date reported under RIDDOR" />}
        <FormTextField control={form.control} name="followUp" label="Follow-up" multiline />
        <FormButtons submitLabel="Save entry" pending={form.formState.isSubmitting} />
        <p>
          <Link href={entry ? `/${entry.id}` : '/'}>Cancel</Link>
        </p>
      </form>
    </Page>
  )
}
