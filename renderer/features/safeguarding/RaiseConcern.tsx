import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { Link, useParams } from 'wouter'
import { z } from 'zod'
import { mayCall, type CallError } from '../../../electron/contract'
import { raiseConcernArgs } from '../../../electron/core/safeguarding/api'
import { isoDate } from '../../../electron/core/families/fields'
import { useCabinetMutation, useCabinetQuery } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { FormCheckboxGroup } from '../../ui/Checkbox'
import { FormDateField } from '../../ui/DateField'
import { FormTextField } from '../../ui/Field'
import { FormErrorSummary } from '../../ui/ErrorSummary'
import { FormButtons } from '../../ui/FormButtons'
import { maxLengthOf } from '../../ui/character-count'
import { placeServerError } from '../../ui/forms'
import { Page } from '../../ui/Page'
import { useCurrentUser } from '../app/app-state'
import { FamilyPicker } from '../documents/FamilyPicker'

/** The form's own shape: people are ticked as text values, sent as ids. */
const raiseForm = raiseConcernArgs.extend({
  personIds: z
    .array(z.string())
    .min(1, 'Choose at least one person the concern is about.')
    .transform((ids) => ids.map(Number)),
})
type RaiseIn = z.input<typeof raiseForm>
type RaiseOut = z.output<typeof raiseForm>

const FIELDS = ['familyId', 'personIds', 'occurredOn', 'occurredTime', 'location', 'account', 'immediateAction'] as const

/**
 * "Raise a concern": the paper form a volunteer fills in on a session day, on screen. Once sent,
 * the page shows only that it was submitted: nothing of what was written can be read back here,
 * by a volunteer or anyone else (the coordinator reads it on the concerns page). A session's day
 * links to #/concerns/raise/session/<id> so the concern names its session.
 */
export function RaiseConcern() {
  const user = useCurrentUser()
  // In the path, not a ?query: wouter's hash routing keeps a query in the page's URL across later moves.
  const sessionParam = Number(useParams<{ sessionId?: string }>().sessionId)
  const sessionId = Number.isInteger(sessionParam) && sessionParam > 0 ? sessionParam : null
  const [submitted, setSubmitted] = useState(false)
  const raise = useCabinetMutation('safeguarding.raise', { invalidates: ['safeguarding', 'holds'] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const form = useForm<RaiseIn, unknown, RaiseOut>({
    resolver: zodResolver(raiseForm),
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
  const familyId = form.watch('familyId')
  const family = useCabinetQuery('families.get', familyId ? { id: familyId } : null)
  const people = family.data ? [...family.data.children, ...family.data.adults] : []

  const submit = form.handleSubmit(async (values) => {
    const r = await raise.run(values)
    if (r.ok) {
      form.reset()
      setSubmitted(true)
    } else setBanner(placeServerError(r.error, form.setError, FIELDS))
  })

  if (submitted) {
    return (
      <Page title="Concern submitted">
        <div className="panel panel--confirmation" role="status">
          <p>Your concern has been submitted to the coordinator.</p>
        </div>
        <p>
          You cannot open it again: it is kept where only the coordinator can read it. If you remember something more, tell the coordinator, or raise another
          concern.
        </p>
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={() => setSubmitted(false)}>
            Raise another concern
          </button>
          {mayCall(user.role, 'safeguarding.list') && (
            <Link href="/" className="button button--quiet">
              Back to the concerns
            </Link>
          )}
        </div>
      </Page>
    )
  }

  return (
    <Page
      title="Raise a safeguarding concern"
      intro="Write down what you saw or heard as soon as you can, in your own words. Only the coordinator will read it; you will not be able to open it again once it is sent."
    >
      <form onSubmit={(e) => void submit(e)} noValidate className="concern-form">
        <FormErrorSummary form={form} />
        <ErrorBanner error={banner} title="Not sent" />
        {sessionId !== null && <p className="hint">This concern will be linked to the session it arose at.</p>}
        <FamilyPicker
          familyId={familyId ?? null}
          onChange={(id) => {
            form.setValue('familyId', id, { shouldValidate: form.formState.isSubmitted })
            form.setValue('personIds', [])
          }}
          error={form.formState.errors.familyId ? 'Choose the family the concern is about.' : undefined}
        />
        {familyId && (
          <FormCheckboxGroup
            control={form.control}
            name="personIds"
            label="Who is the concern about?"
            description="Tick each child or adult it is about."
            options={people.map((p) => ({ value: String(p.id), label: `${p.givenName} ${p.familyName}${p.role === 'child' ? ' (child)' : ''}` }))}
          />
        )}
        <FormDateField control={form.control} name="occurredOn" label="When did it happen?" isRequired />
        <FormTextField control={form.control} name="occurredTime" label="Time" description="For example 14:30" />
        <FormTextField control={form.control} name="location" label="Where did it happen?" description="For example the family room, the car park" />
        <FormTextField
          control={form.control}
          name="account"
          label="What did you see or hear?"
          description="Use the words people used. Write what happened, not what you think it means."
          multiline
          isRequired
          maxLength={maxLengthOf(raiseConcernArgs.shape.account)}
        />
        <FormTextField control={form.control} name="immediateAction" label="What did you do straight away?" multiline />
        <FormButtons submitLabel="Send to the coordinator" pending={form.formState.isSubmitting} />
      </form>
    </Page>
  )
}
