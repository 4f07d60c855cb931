import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useFieldArray, useForm } from 'react-hook-form'
import { useLocation } from 'wouter'
import type { z } from 'zod'
import type { CallError } from '../../../electron/contract'
import { newFamilyInput } from '../../../electron/core/families/api'
import type { DuplicateMatch } from '../../../electron/core/families/views'
import { useCabinetMutation } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { FormRadioGroup } from '../../ui/Choice'
import { FormDateField } from '../../ui/DateField'
import { FormTextField } from '../../ui/Field'
import { FormButtons } from '../../ui/FormButtons'
import { placeServerError } from '../../ui/forms'
import { Page } from '../../ui/Page'
import { FormSelect } from '../../ui/Select'
import { AdultFields, blankAdult } from './AdultFields'
import { DuplicateWarning, duplicateQuery } from './DuplicateWarning'
import { RECORD_SOURCE_LABELS, options } from './labels'
import { ReferralFields, blankReferral } from './ReferralFields'
import { InlineError } from '../../ui/InlineError'

type FormIn = z.input<typeof newFamilyInput>
type FormOut = z.output<typeof newFamilyInput>

const blankChild = () => ({ givenName: '', familyName: '', dateOfBirth: '', livesWith: 'resident' as const })

/**
 * A new family: the referral, both households' parents and the children, saved in one go.
 * Possible duplicates are looked up first and shown; the user decides.
 */
export function NewFamily() {
  const [, navigate] = useLocation()
  // A new family shows in the list (and anywhere else families are listed) at once.
  const create = useCabinetMutation('families.create', { invalidates: ['families'] })
  const checkDuplicates = useCabinetMutation('families.checkDuplicates', { invalidates: [] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const [duplicates, setDuplicates] = useState<{ key: string; matches: DuplicateMatch[] } | null>(null)
  const form = useForm<FormIn, unknown, FormOut>({
    resolver: zodResolver(newFamilyInput),
    defaultValues: {
      source: 'self_referral_form',
      referral: blankReferral(),
      resident: blankAdult('parent'),
      nonResident: blankAdult('parent'),
      children: [blankChild()],
    },
  })
  const children = useFieldArray({ control: form.control, name: 'children' })
  const c = form.control

  const submit = form.handleSubmit(async (values) => {
    setBanner(undefined)
    // Look for people already on file, once for what is on the form now.
    const people = [values.resident, values.nonResident, ...values.children]
    const key = JSON.stringify(people)
    if (duplicates?.key !== key) {
      const found: DuplicateMatch[] = []
      for (const p of people) {
        const r = await checkDuplicates.run(duplicateQuery(p))
        if (r.ok) found.push(...r.value.filter((m) => !found.some((f) => f.personId === m.personId)))
      }
      setDuplicates({ key, matches: found })
      if (found.length > 0) return
    }
    const result = await create.run(values)
    if (result.ok) navigate(`/${result.value.familyId}`)
    else setBanner(placeServerError(result.error, form.setError, ['source']))
  })

  const warned = duplicates !== null && duplicates.matches.length > 0
  return (
    <Page title="New family" intro="Enter the referral, both households and the children. Nothing is saved until you choose Save.">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorBanner error={banner} title="The family was not saved" />
        <section className="card" aria-labelledby="source-heading">
          <h2 id="source-heading">Where these details came from</h2>
          <FormSelect control={c} name="source" label="Source of the information" options={options(RECORD_SOURCE_LABELS)} isRequired />
        </section>
        <section className="card" aria-labelledby="referral-heading">
          <h2 id="referral-heading">Referral</h2>
          <ReferralFields control={c} prefix="referral" />
        </section>
        <section className="card" aria-labelledby="resident-heading">
          <h2 id="resident-heading">Resident household</h2>
          <p className="field__hint">The parent or carer the children live with.</p>
          <AdultFields control={c} prefix="resident" roles={['parent', 'carer']} />
        </section>
        <section className="card" aria-labelledby="non-resident-heading">
          <h2 id="non-resident-heading">Non-resident household</h2>
          <p className="field__hint">The parent the children will see at the centre.</p>
          <AdultFields control={c} prefix="nonResident" roles={['parent', 'carer']} />
        </section>
        <section className="card" aria-labelledby="children-heading">
          <h2 id="children-heading">Children</h2>
          <InlineError>{form.formState.errors.children?.message}</InlineError>
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
        </section>
        {warned && <DuplicateWarning matches={duplicates.matches} />}
        <FormButtons submitLabel={warned ? 'Save anyway' : 'Save family'} pending={form.formState.isSubmitting} onCancel={() => navigate('/')} />
      </form>
    </Page>
  )
}
