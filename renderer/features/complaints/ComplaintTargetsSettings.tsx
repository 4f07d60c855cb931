import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import type { CallError } from '../../../electron/contract'
import { complaintTargets, type ComplaintTargets } from '../../../electron/core/complaints/api'
import { useCabinetMutation, useCabinetQuery } from '../../api/queries'
import { Banner, ErrorBanner } from '../../ui/Banner'
import { FormButtons } from '../../ui/FormButtons'
import { placeServerError } from '../../ui/forms'
import { FormNumberField } from '../../ui/NumberField'
import { Page } from '../../ui/Page'

/** Settings › Complaints: the targets, in working days, that new complaints are given (P04). */
export function ComplaintTargetsSettings() {
  const current = useCabinetQuery('complaints.targets', {})
  if (!current.data) return <ErrorBanner error={current.error} />
  return <TargetsForm targets={current.data} />
}

function TargetsForm({ targets }: { targets: ComplaintTargets }) {
  const save = useCabinetMutation('complaints.saveTargets', { invalidates: ['complaints.targets'] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const [saved, setSaved] = useState(false)
  const form = useForm<ComplaintTargets>({ resolver: zodResolver(complaintTargets), defaultValues: targets })
  const submit = form.handleSubmit(async (v) => {
    setSaved(false)
    const r = await save.run(v)
    if (r.ok) setSaved(true)
    else setBanner(placeServerError(r.error, form.setError, ['acknowledgeWorkingDays', 'respondWorkingDays']))
  })
  return (
    <Page
      title="Complaint targets"
      intro="Working days leave out weekends and the bank holidays of England and Wales. A change applies to complaints received after it."
    >
      {saved && <Banner tone="success" title="Targets saved" />}
      <form onSubmit={(e) => void submit(e)} noValidate className="area-form">
        <ErrorBanner error={banner} title="Not saved" />
        <FormNumberField control={form.control} name="acknowledgeWorkingDays" label="Acknowledge a complaint within (working days)" isRequired />
        <FormNumberField control={form.control} name="respondWorkingDays" label="Respond to a complaint within (working days)" isRequired />
        <FormButtons submitLabel="Save targets" pending={form.formState.isSubmitting} />
      </form>
    </Page>
  )
}
