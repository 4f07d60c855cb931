import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useState } from 'react'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import type { CallError } from '../../../electron/contract'
import { sessionSettings } from '../../../electron/core/sessions/schemas'
import { useCabinetMutation, useCabinetQuery } from '../../api/queries'
import { Banner, ErrorBanner } from '../../ui/Banner'
import { FormErrorSummary } from '../../ui/ErrorSummary'
import { FormButtons } from '../../ui/FormButtons'
import { FormNumberField } from '../../ui/NumberField'
import { placeServerError } from '../../ui/forms'
import { Page } from '../../ui/Page'

/** Settings → Sessions: the households' stagger, the size of an offer, how often progress is reviewed. */
export function SessionSettings() {
  const current = useCabinetQuery('sessions.settings.get', {})
  const save = useCabinetMutation('sessions.settings.save', { invalidates: ['sessions'] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const [saved, setSaved] = useState(false)
  const form = useForm<z.input<typeof sessionSettings>, unknown, z.output<typeof sessionSettings>>({ resolver: zodResolver(sessionSettings) })
  const { reset } = form
  useEffect(() => {
    if (current.data) reset(current.data)
  }, [current.data, reset])
  const submit = form.handleSubmit(async (values) => {
    setSaved(false)
    const r = await save.run(values)
    if (r.ok) setSaved(true)
    else setBanner(placeServerError(r.error, form.setError, ['staggerMinutes', 'offerBlockSize', 'reviewMonths']))
  })
  return (
    <Page title="Sessions" intro="How bookings and offers are made, and how often a family’s progress is reviewed.">
      {saved && <Banner tone="success" title="Session settings saved" />}
      <ErrorBanner error={banner ?? current.error} title="Not saved" />
      {current.data && (
        <form onSubmit={(e) => void submit(e)} noValidate className="card">
          <FormErrorSummary form={form} />
          <FormNumberField
            control={form.control}
            name="staggerMinutes"
            label="Stagger in minutes"
            description="The non-resident parent arrives this long before the children and leaves this long after them."
            isRequired
          />
          <FormNumberField control={form.control} name="offerBlockSize" label="Sessions in an offer" isRequired />
          <FormNumberField control={form.control} name="reviewMonths" label="Review progress every (months)" isRequired />
          <FormButtons submitLabel="Save session settings" pending={form.formState.isSubmitting} />
        </form>
      )}
    </Page>
  )
}
