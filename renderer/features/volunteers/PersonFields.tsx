import type { z } from 'zod'
import { newVolunteerInput } from '../../../electron/core/volunteers/api'
import { volunteerKinds, volunteerRoles } from '../../../electron/core/volunteers/vocab'
import type { VolunteerView } from '../../../electron/core/volunteers/views'
import { useCabinetQuery } from '../../api/queries'
import { FormCheckboxGroup } from '../../ui/Checkbox'
import { FormRadioGroup } from '../../ui/Choice'
import { FormDateField } from '../../ui/DateField'
import { FormTextField } from '../../ui/Field'
import type { AnyControl } from '../../ui/forms'
import { FormSelect } from '../../ui/Select'

export type PersonIn = z.input<typeof newVolunteerInput>
export type PersonOut = z.output<typeof newVolunteerInput>

export const PERSON_FIELDS = [
  'kind',
  'givenName',
  'familyName',
  'dateOfBirth',
  'email',
  'phone',
  'addressLine1',
  'town',
  'postcode',
  'emergencyContactName',
  'emergencyContactPhone',
  'roles',
  'startedOn',
  'confidentialitySignedOn',
  'userId',
] as const

export const EMPTY_PERSON: PersonIn = {
  kind: 'volunteer',
  givenName: '',
  familyName: '',
  dateOfBirth: '',
  email: '',
  phone: '',
  addressLine1: '',
  town: '',
  postcode: '',
  emergencyContactName: '',
  emergencyContactPhone: '',
  roles: [],
  startedOn: '',
  confidentialitySignedOn: '',
  userId: null,
}

/** The person's details as the form holds them (blank text for nothing). */
export function personValues(v: VolunteerView): PersonIn {
  return {
    kind: v.kind,
    givenName: v.givenName,
    familyName: v.familyName,
    dateOfBirth: v.dateOfBirth ?? '',
    email: v.email ?? '',
    phone: v.phone ?? '',
    addressLine1: v.addressLine1 ?? '',
    town: v.town ?? '',
    postcode: v.postcode ?? '',
    emergencyContactName: v.emergencyContactName ?? '',
    emergencyContactPhone: v.emergencyContactPhone ?? '',
    roles: v.roles,
    startedOn: v.startedOn ?? '',
    confidentialitySignedOn: v.confidentialitySignedOn ?? '',
    userId: v.account?.userId ?? null,
  }
}

/** The Cabinet logins a person's record may be linked to (the enabled ones), as the login select offers them. */
export function useLoginOptions(): { value: string; label: string }[] {
  const users = useCabinetQuery('app.users.list', {})
  return (users.data ?? []).filter((u) => !u.disabled).map((u) => ({ value: String(u.id), label: `${u.displayName} (${u.username})` }))
}

type PersonControl = { control: AnyControl<PersonIn, PersonOut> }

/** The fields of a volunteer's or staff member's details, grouped as the paper application groups them (the correction dialog asks them together). */
export function PersonFields({ control }: PersonControl) {
  return (
    <>
      <fieldset className="fieldset">
        <legend>Who they are</legend>
        <WhoTheyAreFields control={control} />
      </fieldset>
      <fieldset className="fieldset">
        <legend>Contact details</legend>
        <ContactFields control={control} />
      </fieldset>
      <fieldset className="fieldset">
        <legend>Confidentiality and Cabinet login</legend>
        <LoginFields control={control} />
      </fieldset>
    </>
  )
}

export function WhoTheyAreFields({ control }: PersonControl) {
  return (
    <>
      <FormRadioGroup control={control} name="kind" label="Volunteer or paid staff" options={volunteerKinds.options} />
      <FormTextField control={control} name="givenName" label="First name" isRequired autoComplete="off" />
      <FormTextField control={control} name="familyName" label="Last name" isRequired autoComplete="off" />
      <FormDateField control={control} name="dateOfBirth" label="Date of birth" />
      <FormCheckboxGroup control={control} name="roles" label="Roles at the centre" options={volunteerRoles.options} />
      <FormDateField control={control} name="startedOn" label="Start date" description="Leave blank while they are still being recruited" />
    </>
  )
}

export function ContactFields({ control }: PersonControl) {
  return (
    <>
      <FormTextField control={control} name="email" label="Email" type="email" />
      <FormTextField control={control} name="phone" label="Phone" type="tel" />
      <FormTextField control={control} name="addressLine1" label="Address" />
      <FormTextField control={control} name="town" label="Town" />
      <FormTextField control={control} name="postcode" label="Postcode" />
      <FormTextField control={control} name="emergencyContactName" label="Emergency contact’s name" />
      <FormTextField control={control} name="emergencyContactPhone" label="Emergency contact’s phone" type="tel" />
    </>
  )
}

export function LoginFields({ control }: PersonControl) {
  const logins = useLoginOptions()
  return (
    <>
      <FormDateField
        control={control}
        name="confidentialitySignedOn"
        label="Confidentiality agreement signed on"
        description="Leave blank until they sign it"
      />
      <FormSelect control={control} name="userId" label="Their Cabinet login" noneLabel="No Cabinet login" options={logins} numeric />
    </>
  )
}
