import { useWatch, type FieldPath, type FieldValues } from 'react-hook-form'
import { FormRadioGroup } from '../../ui/Choice'
import { FormTextField } from '../../ui/Field'
import { FormCheckbox } from '../../ui/Checkbox'
import { FormDateField } from '../../ui/DateField'
import type { AnyControl } from '../../ui/forms'
import { FormSelect } from '../../ui/Select'
import { adultInput } from '../../../electron/core/families/schemas'
import { maxLengthOf } from '../../ui/character-count'
import type { AdultRoleChoice } from './intake/values'
import { PREFERRED_CONTACT_LABELS, ROLE_LABELS, options } from './labels'

export type { AdultRoleChoice }

/** The most characters each free-text field keeps, from the contract's own rules. */
const limit = (field: keyof typeof adultInput.shape) => maxLengthOf(adultInput.shape[field])

/**
 * The fields of one adult (parent, carer or another approved adult), under `prefix` in the
 * form's values (e.g. "resident" or "person"). Error messages come from the contract's schema.
 */
export function AdultFields<T extends FieldValues, TT = T>({
  control,
  prefix,
  roles,
}: {
  control: AnyControl<T, TT>
  prefix: string
  roles: readonly AdultRoleChoice[]
}) {
  const name = (field: string) => `${prefix}.${field}` as FieldPath<T>
  const role = useWatch({ control, name: name('role') }) as string | undefined
  const c = control
  return (
    <>
      {roles.length > 1 && (
        <FormRadioGroup control={c} name={name('role')} label="Who they are" options={roles.map((r) => ({ value: r, label: ROLE_LABELS[r] }))} />
      )}
      {(role === 'approved_adult' || role === 'carer') && (
        <FormTextField
          control={c}
          name={name('relationship')}
          label="Relationship to the children"
          description="For example grandmother, aunt, stepfather"
          maxLength={limit('relationship')}
        />
      )}
      <div className="field-row">
        <FormTextField control={c} name={name('givenName')} label="First name" isRequired autoComplete="off" />
        <FormTextField control={c} name={name('familyName')} label="Last name" isRequired autoComplete="off" />
      </div>
      <FormDateField control={c} name={name('dateOfBirth')} label="Date of birth" />
      <fieldset className="fieldset">
        <legend>Postal address</legend>
        <FormTextField control={c} name={name('addressLine1')} label="Address line 1" autoComplete="off" maxLength={limit('addressLine1')} />
        <FormTextField control={c} name={name('addressLine2')} label="Address line 2" autoComplete="off" maxLength={limit('addressLine2')} />
        <div className="field-row">
          <FormTextField control={c} name={name('town')} label="Town or city" autoComplete="off" maxLength={limit('town')} />
          <FormTextField control={c} name={name('postcode')} label="Postcode" autoComplete="off" className="field--short" />
        </div>
        <FormCheckbox control={c} name={name('addressConfidential')}>
          Confidential address: never shown or sent to the other household
        </FormCheckbox>
      </fieldset>
      <div className="field-row">
        <FormTextField control={c} name={name('mobilePhone')} label="Mobile phone" type="tel" autoComplete="off" />
        <FormTextField control={c} name={name('otherPhone')} label="Other phone" type="tel" autoComplete="off" />
      </div>
      <FormTextField control={c} name={name('email')} label="Email" type="email" autoComplete="off" />
      <FormSelect
        control={c}
        name={name('preferredContact')}
        label="Preferred way to contact them"
        options={options(PREFERRED_CONTACT_LABELS)}
        noneLabel="No preference given"
      />
      <div className="field-row">
        <FormTextField
          control={c}
          name={name('language')}
          label="Preferred language"
          description="If not English"
          autoComplete="off"
          maxLength={limit('language')}
        />
      </div>
      <FormCheckbox control={c} name={name('interpreterNeeded')}>
        Needs an interpreter
      </FormCheckbox>
      <FormTextField control={c} name={name('accessNeeds')} label="Access needs" multiline maxLength={limit('accessNeeds')} />
    </>
  )
}
