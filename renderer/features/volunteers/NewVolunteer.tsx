import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { Link, useLocation } from 'wouter'
import type { CallError } from '../../../electron/contract'
import { newVolunteerInput } from '../../../electron/core/volunteers/api'
import { volunteerKinds, volunteerRoles } from '../../../electron/core/volunteers/vocab'
import { useCabinetMutation } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { CheckAnswers } from '../../ui/CheckAnswers'
import { formatDate } from '../../ui/dates'
import type { FormStep } from '../../ui/form-steps'
import { Page } from '../../ui/Page'
import { StepsForm } from '../../ui/StepsForm'
import { useFormSteps } from '../../ui/useFormSteps'
import { ContactFields, EMPTY_PERSON, LoginFields, WhoTheyAreFields, useLoginOptions, type PersonIn, type PersonOut } from './PersonFields'

/** The paper application's three parts, one a step, then the answers checked before the record is made. */
const VOLUNTEER_STEPS: readonly FormStep[] = [
  { title: 'Who they are', fields: ['kind', 'givenName', 'familyName', 'dateOfBirth', 'roles', 'startedOn'] },
  { title: 'Contact details', fields: ['email', 'phone', 'addressLine1', 'town', 'postcode', 'emergencyContactName', 'emergencyContactPhone'] },
  { title: 'Confidentiality and Cabinet login', fields: ['confidentialitySignedOn', 'userId'] },
  { title: 'Check your answers', fields: [] },
]

/**
 * #/volunteers/new: a new volunteer or member of staff, usually at the application, in steps
 * (ui/StepsForm). A refusal naming a field (a login already someone else's) is shown on it, at its step.
 */
export function NewVolunteer() {
  const [, navigate] = useLocation()
  const create = useCabinetMutation('volunteers.create', { invalidates: ['volunteers'] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const form = useForm<PersonIn, unknown, PersonOut>({ resolver: zodResolver(newVolunteerInput), defaultValues: EMPTY_PERSON, shouldFocusError: false })
  const steps = useFormSteps(form, VOLUNTEER_STEPS)
  const logins = useLoginOptions()

  const save = async (values: PersonOut) => {
    setBanner(undefined)
    const r = await create.run(values)
    if (r.ok) navigate(`/${r.value.id}`)
    else setBanner(steps.placeServerError(r.error))
  }

  const c = form.control
  const v = form.getValues()
  return (
    <Page title="Add a volunteer" intro={<Link href="/">Back to volunteers</Link>}>
      <StepsForm
        form={form}
        steps={steps}
        onSave={save}
        submitLabel="Add the volunteer"
        banner={<ErrorBanner error={banner} title="Not saved" />}
        onCancel={() => navigate('/')}
      >
        {steps.step === 0 && <WhoTheyAreFields control={c} />}
        {steps.step === 1 && <ContactFields control={c} />}
        {steps.step === 2 && <LoginFields control={c} />}
        {steps.step === 3 && (
          <CheckAnswers
            steps={steps}
            groups={[
              {
                step: 0,
                answers: [
                  ['Volunteer or paid staff', volunteerKinds.labels[v.kind]],
                  ['First name', v.givenName],
                  ['Last name', v.familyName],
                  ['Date of birth', formatDate(v.dateOfBirth)],
                  ['Roles at the centre', (v.roles ?? []).map((role) => volunteerRoles.labels[role]).join('\n')],
                  ['Start date', formatDate(v.startedOn)],
                ],
              },
              {
                step: 1,
                answers: [
                  ['Email', v.email],
                  ['Phone', v.phone],
                  ['Address', v.addressLine1],
                  ['Town', v.town],
                  ['Postcode', v.postcode],
                  ['Emergency contact’s name', v.emergencyContactName],
                  ['Emergency contact’s phone', v.emergencyContactPhone],
                ],
              },
              {
                step: 2,
                answers: [
                  ['Confidentiality agreement signed on', formatDate(v.confidentialitySignedOn)],
                  ['Their Cabinet login', logins.find((l) => l.value === String(v.userId))?.label ?? 'No Cabinet login'],
                ],
              },
            ]}
          />
        )}
      </StepsForm>
    </Page>
  )
}
