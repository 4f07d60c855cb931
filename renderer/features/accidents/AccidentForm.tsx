import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useLocation, useParams } from 'wouter'
import type { z } from 'zod'
import type { CallError } from '../../../electron/contract'
import { injuredKinds, recordAccidentArgs, type AccidentView } from '../../../electron/core/accidents/api'
import { isoDate } from '../../../electron/core/families/fields'
import { useCabinetMutation, useCabinetQuery } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { FormCheckbox } from '../../ui/Checkbox'
import { FormRadioGroup } from '../../ui/Choice'
import { FormDateField } from '../../ui/DateField'
import { FormTextField } from '../../ui/Field'
import type { FormStep } from '../../ui/form-steps'
import { Page } from '../../ui/Page'
import { FormSelect } from '../../ui/Select'
import { StepsForm } from '../../ui/StepsForm'
import { useFormSteps } from '../../ui/useFormSteps'
import { FamilyPicker } from '../documents/FamilyPicker'
import { AccidentAnswers } from './AccidentAnswers'

type In = z.input<typeof recordAccidentArgs>
type Out = z.output<typeof recordAccidentArgs>

/** The accident book's page, one part a step (as its paper form groups them), then the entry checked before it is written. */
const ACCIDENT_STEPS: readonly FormStep[] = [
  { title: 'When and where', fields: ['occurredOn', 'occurredTime', 'location'] },
  { title: 'Who was hurt', fields: ['injuredKind', 'personId', 'injuredName'] },
  { title: 'What happened', fields: ['whatHappened', 'injury', 'firstAid', 'firstAidBy', 'witnesses'] },
  { title: 'Who was told, and after', fields: ['informedWho', 'informedAt', 'riddorReportable', 'riddorReportedOn', 'followUp'] },
  { title: 'Check your answers', fields: [] },
]
const CHECK_ANSWERS = ACCIDENT_STEPS.length - 1

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

/**
 * A new entry in the accident book (#/accidents/new), in steps (ui/StepsForm); or a correction
 * and follow-up of one (#/accidents/<id>/edit), which opens at its answers, each with a Change.
 */
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
  const form = useForm<In, unknown, Out>({ resolver: zodResolver(recordAccidentArgs), defaultValues: valuesOf(entry), shouldFocusError: false })
  const steps = useFormSteps(form, ACCIDENT_STEPS, { startAt: entry ? CHECK_ANSWERS : 0 })
  const kind = form.watch('injuredKind')
  const fromFamily = kind === 'child' || kind === 'adult'
  const family = useCabinetQuery('families.get', fromFamily && familyId ? { id: familyId } : null)
  const people = (kind === 'child' ? family.data?.children : family.data?.adults) ?? []
  const save = async (v: Out) => {
    setBanner(undefined)
    const r = entry ? await update.run({ ...v, id: entry.id }) : await record.run(v)
    if (r.ok) navigate(`/${r.value.id}`)
    else setBanner(steps.placeServerError(r.error))
  }
  const c = form.control
  const personError = form.formState.errors.personId?.message
  return (
    <Page title={entry ? 'Correct or follow up an accident' : 'Record an accident'}>
      <StepsForm
        form={form}
        steps={steps}
        onSave={save}
        submitLabel="Save entry"
        banner={<ErrorBanner error={banner} title="Not saved" />}
        onCancel={() => navigate(entry ? `/${entry.id}` : '/')}
        className="area-form"
      >
        {steps.step === 0 && (
          <>
            <FormDateField control={c} name="occurredOn" label="Date of the accident" isRequired />
            <FormTextField control={c} name="occurredTime" label="Time" description="For example 14:30" />
            <FormTextField control={c} name="location" label="Where it happened" isRequired />
          </>
        )}
        {steps.step === 1 && (
          <>
            <FormRadioGroup control={c} name="injuredKind" label="Who was hurt" options={injuredKinds.options} />
            {fromFamily && (
              <>
                {/* Until a family is chosen, a missing person is the family search's problem: the summary's link goes there. */}
                <FamilyPicker
                  familyId={familyId}
                  onChange={(id) => (setFamilyId(id), form.setValue('personId', null))}
                  name={familyId ? undefined : 'personId'}
                  error={familyId ? undefined : personError}
                />
                {familyId && (
                  <FormSelect
                    control={c}
                    name="personId"
                    numeric
                    label={kind === 'child' ? 'Child' : 'Adult'}
                    options={people.map((p) => ({ value: String(p.id), label: `${p.givenName} ${p.familyName}` }))}
                    isRequired
                  />
                )}
              </>
            )}
            {kind && !fromFamily && <FormTextField control={c} name="injuredName" label="Name of the person hurt" isRequired />}
          </>
        )}
        {steps.step === 2 && (
          <>
            <FormTextField control={c} name="whatHappened" label="What happened" multiline isRequired />
            <FormTextField control={c} name="injury" label="Injury" multiline isRequired />
            <FormTextField control={c} name="firstAid" label="First aid given" multiline />
            <FormTextField control={c} name="firstAidBy" label="First aid given by" />
            <FormTextField control={c} name="witnesses" label="Witnesses" multiline />
          </>
        )}
        {steps.step === 3 && (
          <>
            <FormTextField control={c} name="informedWho" label="Parent or carer told" />
            <FormTextField control={c} name="informedAt" label="When they were told" description="For example 14/03/2026 11:30" />
            <FormCheckbox control={c} name="riddorReportable">
              Reportable under RIDDOR
            </FormCheckbox>
            {form.watch('riddorReportable') && <FormDateField control={c} name="riddorReportedOn" label="Date reported under RIDDOR" />}
            <FormTextField control={c} name="followUp" label="Follow-up" multiline />
          </>
        )}
        {steps.step === CHECK_ANSWERS && (
          <AccidentAnswers
            steps={steps}
            values={form.getValues()}
            personName={
              people.map((p) => ({ id: p.id, name: `${p.givenName} ${p.familyName}` })).find((p) => p.id === form.getValues('personId'))?.name ?? entry?.who
            }
          />
        )}
      </StepsForm>
    </Page>
  )
}
