import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useLocation } from 'wouter'
import type { z } from 'zod'
import type { CallError } from '../../../electron/contract'
import { seriesInput } from '../../../electron/core/sessions/schemas'
import { useCabinetMutation } from '../../api/queries'
import { Banner, ErrorBanner } from '../../ui/Banner'
import { FormDateField } from '../../ui/DateField'
import { FormErrorSummary } from '../../ui/ErrorSummary'
import { FormTextField } from '../../ui/Field'
import { FormButtons } from '../../ui/FormButtons'
import { FormNumberField } from '../../ui/NumberField'
import { placeServerError } from '../../ui/forms'
import { FormRadioGroup } from '../../ui/Choice'
import { Page } from '../../ui/Page'
import { KIND_LABELS, longDay } from './labels'

type In = z.input<typeof seriesInput>
type Out = z.output<typeof seriesInput>

const FIELDS = ['firstOn', 'until', 'everyWeeks', 'startsAt', 'endsAt', 'room', 'kind', 'capacityFamilies', 'capacityChildren'] as const

/**
 * Add one session, or a recurring pattern (every other Saturday…): bank holidays in England and
 * Wales are skipped and listed, and times are the centre's local times, BST or GMT alike.
 */
export function NewSession() {
  const create = useCabinetMutation('sessions.createSeries', { invalidates: ['sessions'] })
  const [, navigate] = useLocation()
  const [banner, setBanner] = useState<CallError | undefined>()
  const [skipped, setSkipped] = useState<{ onDate: string; reason: string }[] | null>(null)
  const form = useForm<In, unknown, Out>({
    resolver: zodResolver(seriesInput),
    defaultValues: { firstOn: '', until: '', everyWeeks: 2, startsAt: '10:00', endsAt: '12:00', room: '', kind: 'supported', closures: [] },
  })
  const submit = form.handleSubmit(async (values) => {
    const r = await create.run(values)
    if (!r.ok) setBanner(placeServerError(r.error, form.setError, [...FIELDS]))
    else if (r.value.skipped.length === 0) navigate(`/day/${r.value.created[0].onDate}`)
    else setSkipped(r.value.skipped)
  })
  return (
    <Page title="Add sessions" intro="One session, or a pattern such as every other Saturday. For one session, make the last date the same as the first.">
      {skipped && (
        <Banner tone="success" title="Sessions added">
          <p>These dates were skipped:</p>
          <ul>
            {skipped.map((s) => (
              <li key={s.onDate}>
                {longDay(s.onDate)}: {s.reason}
              </li>
            ))}
          </ul>
        </Banner>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate className="card">
        <FormErrorSummary form={form} />
        <ErrorBanner error={banner} title="No sessions were added" />
        <div className="field-row">
          <FormDateField control={form.control} name="firstOn" label="First date" isRequired />
          <FormDateField control={form.control} name="until" label="Last date" isRequired />
        </div>
        <FormNumberField control={form.control} name="everyWeeks" label="Every how many weeks" isRequired />
        <div className="field-row">
          <FormTextField control={form.control} name="startsAt" label="Starts (24-hour)" isRequired />
          <FormTextField control={form.control} name="endsAt" label="Ends (24-hour)" isRequired />
        </div>
        <FormTextField control={form.control} name="room" label="Room" />
        <FormRadioGroup
          control={form.control}
          name="kind"
          label="Type of session"
          options={Object.entries(KIND_LABELS).map(([value, label]) => ({ value, label }))}
        />
        <div className="field-row">
          <FormNumberField control={form.control} name="capacityFamilies" label="Families it can take" markOptional />
          <FormNumberField control={form.control} name="capacityChildren" label="Children it can take" markOptional />
        </div>
        <FormButtons submitLabel="Add sessions" pending={form.formState.isSubmitting} />
      </form>
    </Page>
  )
}
