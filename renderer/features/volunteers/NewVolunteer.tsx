import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { Link, useLocation } from 'wouter'
import type { CallError } from '../../../electron/contract'
import { newVolunteerInput } from '../../../electron/core/volunteers/api'
import { useCabinetMutation } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { FormErrorSummary } from '../../ui/ErrorSummary'
import { FormButtons } from '../../ui/FormButtons'
import { placeServerError } from '../../ui/forms'
import { Page } from '../../ui/Page'
import { EMPTY_PERSON, PERSON_FIELDS, PersonFields, type PersonIn, type PersonOut } from './PersonFields'

/** #/volunteers/new: a new volunteer or member of staff, usually at the application. */
export function NewVolunteer() {
  const [, navigate] = useLocation()
  const create = useCabinetMutation('volunteers.create', { invalidates: ['volunteers'] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const form = useForm<PersonIn, unknown, PersonOut>({ resolver: zodResolver(newVolunteerInput), defaultValues: EMPTY_PERSON })
  const submit = form.handleSubmit(async (values) => {
    const r = await create.run(values)
    if (r.ok) navigate(`/${r.value.id}`)
    else setBanner(placeServerError(r.error, form.setError, PERSON_FIELDS))
  })
  return (
    <Page title="Add a volunteer" intro={<Link href="/">Back to volunteers</Link>}>
      <FormErrorSummary form={form} />
      <ErrorBanner error={banner} title="Not saved" />
      <form onSubmit={(e) => void submit(e)} noValidate className="card">
        <PersonFields control={form.control} />
        <FormButtons submitLabel="Add the volunteer" pending={form.formState.isSubmitting} onCancel={() => navigate('/')} />
      </form>
    </Page>
  )
}
