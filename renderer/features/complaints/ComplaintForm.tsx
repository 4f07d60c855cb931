import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { Link, useLocation } from 'wouter'
import type { z } from 'zod'
import type { CallError } from '../../../electron/contract'
import { complaintChannels, complaintKinds, complaintSubjects, recordComplaintArgs } from '../../../electron/core/complaints/api'
import { isoDate } from '../../../electron/core/families/fields'
import { useCabinetMutation } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { FormCheckbox } from '../../ui/Checkbox'
import { FormRadioGroup } from '../../ui/Choice'
import { FormDateField } from '../../ui/DateField'
import { FormErrorSummary } from '../../ui/ErrorSummary'
import { FormTextField } from '../../ui/Field'
import { FormButtons } from '../../ui/FormButtons'
import { placeServerError } from '../../ui/forms'
import { Page } from '../../ui/Page'

type In = z.input<typeof recordComplaintArgs>
type Out = z.output<typeof recordComplaintArgs>
const FIELDS = ['kind', 'receivedOn', 'channel', 'anonymous', 'fromName', 'fromContact', 'about', 'summary'] as const

/** A complaint or intent to complain as it arrives: its targets are set from Settings when it is saved. */
export function ComplaintForm() {
  const [, navigate] = useLocation()
  const record = useCabinetMutation('complaints.record', { invalidates: ['complaints', 'reports'] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const form = useForm<In, unknown, Out>({
    resolver: zodResolver(recordComplaintArgs),
    defaultValues: {
      kind: 'complaint',
      receivedOn: isoDate(new Date()),
      channel: undefined,
      anonymous: false,
      fromName: '',
      fromContact: '',
      about: undefined,
      summary: '',
    },
  })
  const anonymous = form.watch('anonymous')
  const submit = form.handleSubmit(async (v) => {
    const r = await record.run(v)
    if (r.ok) navigate(`/${r.value.id}`)
    else setBanner(placeServerError(r.error, form.setError, FIELDS))
  })
  return (
    <Page title="Record a complaint">
      <form onSubmit={(e) => void submit(e)} noValidate className="area-form">
        <FormErrorSummary form={form} />
        <ErrorBanner error={banner} title="Not saved" />
        <FormRadioGroup control={form.control} name="kind" label="Is it a complaint or an intent to complain?" options={complaintKinds.options} />
        <FormDateField control={form.control} name="receivedOn" label="Date received" isRequired />
        <FormRadioGroup control={form.control} name="channel" label="How it was received" options={complaintChannels.options} />
        <FormCheckbox control={form.control} name="anonymous">
          The complaint is anonymous
        </FormCheckbox>
        {!anonymous && (
          <>
            <FormTextField control={form.control} name="fromName" label="Name of the person complaining" isRequired />
            <FormTextField
              control={form.control}
              name="fromContact"
              label="How to contact them"
              description="An address, email or phone number for the acknowledgement"
              multiline
            />
          </>
        )}
        <FormRadioGroup control={form.control} name="about" label="What is it about?" options={complaintSubjects.options} />
        <FormTextField control={form.control} name="summary" label="The complaint in brief" multiline isRequired />
        <FormButtons submitLabel="Save complaint" pending={form.formState.isSubmitting} />
        <p>
          <Link href="/">Cancel</Link>
        </p>
      </form>
    </Page>
  )
}
