import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useState } from 'react'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import type { CallError } from '../../../electron/contract'
import { volunteerSettingsSchema } from '../../../electron/core/volunteers/api'
import { PRESET_DBS_WORDS, VOLUNTEER_PRESETS, centrePresets, type CentrePreset } from '../../../electron/core/volunteers/presets'
import { requirableSteps } from '../../../electron/core/volunteers/vocab'
import { useCabinetMutation, useCabinetQuery } from '../../api/queries'
import { Banner, ErrorBanner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { FormCheckbox, FormCheckboxGroup } from '../../ui/Checkbox'
import { FormRadioGroup } from '../../ui/Choice'
import { FormErrorSummary } from '../../ui/ErrorSummary'
import { FormTextField } from '../../ui/Field'
import { FormButtons } from '../../ui/FormButtons'
import { placeServerError } from '../../ui/forms'
import { FormNumberField } from '../../ui/NumberField'
import { Page } from '../../ui/Page'

type In = z.input<typeof volunteerSettingsSchema>
type Out = z.output<typeof volunteerSettingsSchema>

const FIELDS = [
  'preset',
  'requiredSteps',
  'trialMonths',
  'dbsRecheckYears',
  'updateServiceCheckMonths',
  'supersededDbs',
  'dbsKeptYearsAfterEnd',
  'financialYearEnd',
  'holdsFinance',
  'holdsParentalLeave',
] as const

/** Settings → Volunteers: what must be done before a first session, the trial period, DBS renewals, and the centre's policy preset. */
export function VolunteerSettings() {
  const current = useCabinetQuery('volunteers.settings.get', {})
  const save = useCabinetMutation('volunteers.settings.update', { invalidates: ['volunteers'] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const [saved, setSaved] = useState(false)
  const form = useForm<In, unknown, Out>({ resolver: zodResolver(volunteerSettingsSchema), defaultValues: VOLUNTEER_PRESETS.WW })
  const { reset } = form
  useEffect(() => {
    if (current.data) reset(current.data)
  }, [current.data, reset])
  const preset = form.watch('preset') as CentrePreset
  const submit = form.handleSubmit(async (values) => {
    setSaved(false)
    const r = await save.run(values)
    if (r.ok) setSaved(true)
    else setBanner(placeServerError(r.error, form.setError, FIELDS))
  })
  return (
    <Page title="Volunteers" intro="What the centre requires of volunteers, and what its privacy policy says about their records.">
      {saved && <Banner tone="success" title="Volunteer settings saved" />}
      <FormErrorSummary form={form} />
      <ErrorBanner error={banner ?? current.error} title="Not saved" />
      <form onSubmit={(e) => void submit(e)} noValidate className="card">
        <fieldset className="fieldset">
          <legend>Privacy policy preset</legend>
          <p>{PRESET_DBS_WORDS[preset]}</p>
          <div className="button-row">
            {centrePresets.map((p) => (
              <Button key={p} onPress={() => reset({ ...VOLUNTEER_PRESETS[p], requiredSteps: form.getValues('requiredSteps') })}>
                Use the {p} preset
              </Button>
            ))}
          </div>
        </fieldset>
        <FormCheckboxGroup control={form.control} name="requiredSteps" label="Required before a first session" options={requirableSteps.options} />
        <FormNumberField control={form.control} name="trialMonths" label="Trial period (months)" />
        <FormNumberField control={form.control} name="dbsRecheckYears" label="Years between DBS checks" />
        <FormNumberField control={form.control} name="updateServiceCheckMonths" label="Months between update-service status checks" />
        <FormRadioGroup
          control={form.control}
          name="supersededDbs"
          label="When a new DBS check replaces the last one"
          options={[
            { value: 'keep', label: 'Keep the old record with the HR file' },
            { value: 'remove', label: 'Remove the old record (“until the next DBS”)' },
          ]}
        />
        <FormNumberField control={form.control} name="dbsKeptYearsAfterEnd" label="Years a DBS record is kept after it is replaced or they leave" />
        <FormTextField control={form.control} name="financialYearEnd" label="Financial year end (month-day)" description="For example, 03-31 for 31 March" />
        <FormCheckbox control={form.control} name="holdsFinance">
          The centre keeps finance records for paid staff
        </FormCheckbox>
        <FormCheckbox control={form.control} name="holdsParentalLeave">
          The centre keeps parental-leave records
        </FormCheckbox>
        <FormButtons submitLabel="Save volunteer settings" pending={form.formState.isSubmitting} />
      </form>
    </Page>
  )
}
