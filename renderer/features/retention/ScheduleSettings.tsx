import { useEffect, useMemo, useState } from 'react'
import { useForm, useWatch, type Control } from 'react-hook-form'
import type { CallError } from '../../../electron/contract'
import { recordClasses, type RecordClass } from '../../../electron/core/data-map/record-classes'
import { presetNames, type Schedule } from '../../../electron/core/retention/api'
import { useCabinetMutation, useCabinetQuery } from '../../api/queries'
import { Banner, ErrorBanner } from '../../ui/Banner'
import { RadioGroupField } from '../../ui/Choice'
import { formatDateTime } from '../../ui/dates'
import { FormErrorSummary } from '../../ui/ErrorSummary'
import { FormTextField } from '../../ui/Field'
import { FormButtons } from '../../ui/FormButtons'
import { FormNumberField } from '../../ui/NumberField'
import { Page } from '../../ui/Page'
import { FormSelect } from '../../ui/Select'
import { KEEP_KINDS, fromForm, scheduleResolver, toForm, type ScheduleForm } from './schedule-form'

const PRESET_OPTIONS = (['ww', 'mm', 'ce'] as const).map((p) => ({ value: p, label: presetNames.label(p) }))

/**
 * The retention schedule: start from a seed centre's preset, or change any class's rule; each
 * change is a new numbered version with who made it and why (audited), and each disposal names
 * the version it followed.
 */
export function ScheduleSettings() {
  const schedule = useCabinetQuery('retention.schedule.get', {})
  const adopt = useCabinetMutation('retention.schedule.adopt', { invalidates: ['retention', 'reminders'] })
  const [preset, setPreset] = useState<string | null>(null)
  const [missing, setMissing] = useState(false)
  const current = schedule.data?.current ?? null
  const choose = async () => {
    if (!preset) return setMissing(true)
    await adopt.run({ preset: preset as 'ww' | 'mm' | 'ce' })
  }
  return (
    <Page title="Retention schedule" intro={<p>How long each kind of record is kept, in the words the privacy notice uses.</p>}>
      <ErrorBanner error={schedule.error ?? adopt.error} />
      {current ? (
        <p>
          Version {current.version} ({presetNames.label(current.schedule.preset)}), made by {current.createdBy} on {formatDateTime(current.createdAt)}:{' '}
          {current.note}.
        </p>
      ) : (
        schedule.data && (
          <Banner tone="info" title="No schedule chosen yet">
            Start from the policy closest to your centre’s, then change what differs.
          </Banner>
        )
      )}
      <form
        aria-label="Start from a preset"
        onSubmit={(e) => {
          e.preventDefault()
          void choose()
        }}
        noValidate
      >
        <RadioGroupField
          label="Start from a seed centre’s policy"
          options={PRESET_OPTIONS}
          value={preset}
          onChange={(v) => {
            setPreset(v)
            setMissing(false)
          }}
          error={missing ? 'Choose the schedule to start from.' : undefined}
        />
        <FormButtons submitLabel="Use this schedule" pending={adopt.isPending} />
      </form>
      {current && <EditSchedule key={current.version} base={current.schedule} />}
      {schedule.data && schedule.data.history.length > 0 && (
        <section aria-labelledby="schedule-history">
          <h2 id="schedule-history">Versions</h2>
          <ul>
            {schedule.data.history.map((h) => (
              <li key={h.version}>
                Version {h.version}: {h.note} ({h.createdBy}, {formatDateTime(h.createdAt)})
              </li>
            ))}
          </ul>
        </section>
      )}
    </Page>
  )
}

function EditSchedule({ base }: { base: Schedule }) {
  const save = useCabinetMutation('retention.schedule.save', { invalidates: ['retention', 'reminders'] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const resolver = useMemo(() => scheduleResolver(base), [base])
  const form = useForm<ScheduleForm>({ resolver, defaultValues: toForm(base) })
  useEffect(() => form.reset(toForm(base)), [base, form])
  const submit = form.handleSubmit(async (values) => {
    setBanner(undefined)
    const r = await save.run({ schedule: fromForm(values, base), note: values.note })
    if (!r.ok) setBanner(r.error)
  })
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="edit-schedule">
      <h2 id="edit-schedule">Change the schedule</h2>
      <FormErrorSummary form={form} />
      <ErrorBanner error={banner} title="The schedule was not saved" />
      <FormNumberField control={form.control} name="reviewEveryMonths" label="Review the privacy policy every (months)" />
      {recordClasses.values.map((c) => (
        <RuleFieldset key={c} recordClass={c} control={form.control} />
      ))}
      <FormTextField control={form.control} name="note" label="What changed and why" isRequired />
      <FormButtons submitLabel="Save as a new version" pending={save.isPending} />
    </form>
  )
}

function RuleFieldset({ recordClass, control }: { recordClass: RecordClass; control: Control<ScheduleForm> }) {
  const kind = useWatch({ control, name: `rules.${recordClass}.kind` })
  return (
    <fieldset className="fieldset">
      <legend>{recordClasses.label(recordClass)}</legend>
      <FormSelect control={control} name={`rules.${recordClass}.kind`} label="Kept" options={KEEP_KINDS} />
      <div className="retention-rules">
        {(kind === 'period' || kind === 'financial-year') && <FormNumberField control={control} name={`rules.${recordClass}.years`} label="Years" isRequired />}
        {kind === 'period' && <FormNumberField control={control} name={`rules.${recordClass}.months`} label="Months" isRequired />}
        {kind === 'until-age' && <FormNumberField control={control} name={`rules.${recordClass}.age`} label="Age" isRequired />}
        {kind === 'financial-year' && <FormTextField control={control} name={`rules.${recordClass}.yearEnds`} label="Financial year ends (MM-DD)" isRequired />}
      </div>
      <FormTextField control={control} name={`rules.${recordClass}.fileType`} label="File type, as the notice names it" isRequired />
      <FormTextField control={control} name={`rules.${recordClass}.period`} label="Retention period, as the notice says it" isRequired multiline />
    </fieldset>
  )
}
