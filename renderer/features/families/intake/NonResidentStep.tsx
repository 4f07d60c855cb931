import { useFieldArray, useFormState } from 'react-hook-form'
import { Button } from '../../../ui/Button'
import { FormRadioGroup } from '../../../ui/Choice'
import { FormDateField } from '../../../ui/DateField'
import { FormTextField } from '../../../ui/Field'
import { InlineError } from '../../../ui/InlineError'
import { AdultFields } from '../AdultFields'
import type { FamilyFormControl } from './form-types'
import { blankChild } from './values'

/** Step 3: the parent the children will see at the centre, and the children. */
export function NonResidentStep({ control }: { control: FamilyFormControl }) {
  return (
    <>
      <section className="intake__part" aria-labelledby="non-resident-heading">
        <h3 id="non-resident-heading">Non-resident household</h3>
        <p className="field__hint">The parent the children will see at the centre.</p>
        <AdultFields control={control} prefix="nonResident" roles={['parent', 'carer']} />
      </section>
      <section className="intake__part" aria-labelledby="children-heading">
        <h3 id="children-heading">Children</h3>
        <ChildrenFields control={control} />
      </section>
    </>
  )
}

function ChildrenFields({ control: c }: { control: FamilyFormControl }) {
  const children = useFieldArray({ control: c, name: 'children' })
  const { errors } = useFormState({ control: c, name: 'children' })
  return (
    <>
      <InlineError>{errors.children?.message ?? errors.children?.root?.message}</InlineError>
      {children.fields.map((item, i) => (
        <fieldset key={item.id} className="fieldset">
          <legend>Child {i + 1}</legend>
          <div className="field-row">
            <FormTextField control={c} name={`children.${i}.givenName`} label="First name" isRequired autoComplete="off" />
            <FormTextField control={c} name={`children.${i}.familyName`} label="Last name" isRequired autoComplete="off" />
          </div>
          <FormDateField control={c} name={`children.${i}.dateOfBirth`} label="Date of birth" isRequired />
          <FormRadioGroup
            control={c}
            name={`children.${i}.livesWith`}
            label="Lives with"
            options={[
              { value: 'resident', label: 'The resident parent or carer' },
              { value: 'non_resident', label: 'The non-resident parent' },
            ]}
          />
          {children.fields.length > 1 && (
            <Button variant="quiet" onPress={() => children.remove(i)}>
              Remove child {i + 1}
            </Button>
          )}
        </fieldset>
      ))}
      <Button variant="secondary" onPress={() => children.append(blankChild())}>
        Add another child
      </Button>
    </>
  )
}
