import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { z } from 'zod'
import type { CallError } from '../../../electron/contract'
import { isoDate } from '../../../electron/core/families/fields'
import { raiseConcernArgs } from '../../../electron/core/safeguarding/api'
import { useCabinetMutation, useCabinetQuery } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { FormCheckboxGroup } from '../../ui/Checkbox'
import { CheckAnswers } from '../../ui/CheckAnswers'
import { FormDateField } from '../../ui/DateField'
import { FormTextField } from '../../ui/Field'
import type { FormStep } from '../../ui/form-steps'
import { maxLengthOf } from '../../ui/character-count'
import { formatDate } from '../../ui/dates'
import { StepsForm } from '../../ui/StepsForm'
import { useFormSteps } from '../../ui/useFormSteps'
import { FamilyPicker } from '../documents/FamilyPicker'

/** The form's own shape: the contract's rules, with the family asked for by name and people ticked as text values, sent as ids. */
const raiseForm = raiseConcernArgs.extend({
  familyId: z.number({ error: 'Choose the family the concern is about.' }).pipe(raiseConcernArgs.shape.familyId),
  personIds: z
    .array(z.string())
    .min(1, 'Choose at least one person the concern is about.')
    .transform((ids) => ids.map(Number)),
})
type RaiseIn = z.input<typeof raiseForm>
type RaiseOut = z.output<typeof raiseForm>

/** One thing per step, then the answers checked before they go: once sent, the raiser cannot read them again. */
const CONCERN_STEPS: readonly FormStep[] = [
  { title: 'Who the concern is about', fields: ['familyId', 'personIds'] },
  { title: 'When and where it happened', fields: ['occurredOn', 'occurredTime', 'location'] },
  { title: 'What happened', fields: ['account', 'immediateAction'] },
  { title: 'Check your answers before sending', fields: [] },
]

/**
 * The concern in four steps (ui/StepsForm): who it is about, when and where, what happened, and
 * the answers to check, each with a Change. A refusal naming a field (a person no longer on file)
 * is shown on it, at its step.
 */
export function RaiseConcernForm({ sessionId, onSent }: { sessionId: number | null; onSent: () => void }) {
  const raise = useCabinetMutation('safeguarding.raise', { invalidates: ['safeguarding', 'holds'] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const form = useForm<RaiseIn, unknown, RaiseOut>({
    resolver: zodResolver(raiseForm),
    shouldFocusError: false,
    defaultValues: {
      familyId: undefined,
      personIds: [],
      sessionId,
      occurredOn: isoDate(new Date()),
      occurredTime: '',
      location: '',
      account: '',
      immediateAction: '',
    },
  })
  const steps = useFormSteps(form, CONCERN_STEPS)
  const familyId = form.watch('familyId')
  const family = useCabinetQuery('families.get', familyId ? { id: familyId } : null)
  const people = (family.data ? [...family.data.children, ...family.data.adults] : []).map((p) => ({
    value: String(p.id),
    label: `${p.givenName} ${p.familyName}${p.role === 'child' ? ' (child)' : ''}`,
  }))

  const save = async (values: RaiseOut) => {
    setBanner(undefined)
    const r = await raise.run(values)
    if (r.ok) onSent()
    else setBanner(steps.placeServerError(r.error))
  }

  const c = form.control
  const v = form.getValues()
  return (
    <StepsForm
      form={form}
      steps={steps}
      onSave={save}
      submitLabel="Send to the coordinator"
      banner={<ErrorBanner error={banner} title="Not sent" />}
      className="concern-form"
    >
      {steps.step === 0 && (
        <>
          <FamilyPicker
            name="familyId"
            familyId={familyId ?? null}
            onChange={(id) => {
              form.setValue('familyId', id)
              form.setValue('personIds', [])
            }}
            error={form.formState.errors.familyId?.message}
          />
          {familyId && (
            <FormCheckboxGroup
              control={c}
              name="personIds"
              label="Who is the concern about?"
              description="Tick each child or adult it is about."
              options={people}
            />
          )}
        </>
      )}
      {steps.step === 1 && (
        <>
          <FormDateField control={c} name="occurredOn" label="When did it happen?" isRequired />
          <FormTextField control={c} name="occurredTime" label="Time" description="For example 14:30" />
          <FormTextField control={c} name="location" label="Where did it happen?" description="For example the family room, the car park" />
        </>
      )}
      {steps.step === 2 && (
        <>
          <FormTextField
            control={c}
            name="account"
            label="What did you see or hear?"
            description="Use the words people used. Write what happened, not what you think it means."
            multiline
            isRequired
            maxLength={maxLengthOf(raiseConcernArgs.shape.account)}
          />
          <FormTextField control={c} name="immediateAction" label="What did you do straight away?" multiline />
        </>
      )}
      {steps.step === 3 && (
        <CheckAnswers
          steps={steps}
          groups={[
            {
              step: 0,
              answers: [
                ['Family', family.data?.label],
                [
                  'People it is about',
                  people
                    .filter((p) => v.personIds.includes(p.value))
                    .map((p) => p.label)
                    .join('\n'),
                ],
              ],
            },
            {
              step: 1,
              answers: [
                ['Date', formatDate(v.occurredOn)],
                ['Time', v.occurredTime],
                ['Where', v.location],
              ],
            },
            {
              step: 2,
              answers: [
                ['What you saw or heard', v.account],
                ['What you did straight away', v.immediateAction],
              ],
            },
          ]}
        />
      )}
    </StepsForm>
  )
}
