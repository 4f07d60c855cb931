import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm, type FieldPath } from 'react-hook-form'
import { Link } from 'wouter'
import type { z } from 'zod'
import type { CallError } from '../../../electron/contract'
import { feedbackContexts, feedbackVia, recordFeedbackArgs, FEEDBACK_QUESTIONS, feedbackAnswers } from '../../../electron/core/complaints/api'
import { isoDate } from '../../../electron/core/families/fields'
import { cabinet } from '../../api/cabinet'
import { useCabinetMutation } from '../../api/queries'
import { Banner, ErrorBanner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { FormRadioGroup } from '../../ui/Choice'
import { FormDateField } from '../../ui/DateField'
import { FormErrorSummary } from '../../ui/ErrorSummary'
import { FormTextField } from '../../ui/Field'
import { FormButtons } from '../../ui/FormButtons'
import { placeServerError } from '../../ui/forms'
import { Page } from '../../ui/Page'

type In = z.input<typeof recordFeedbackArgs>
type Out = z.output<typeof recordFeedbackArgs>

const blank = (): In => ({
  context: 'session',
  givenOn: isoDate(new Date()),
  via: 'paper',
  answers: Object.fromEntries(FEEDBACK_QUESTIONS.map((q) => [q.id, undefined])) as unknown as In['answers'],
  comments: '',
})

/**
 * Enter a feedback questionnaire (P05): a returned paper form, or one filled in on screen. The
 * answers are kept with the day and the kind of form only, never with a name.
 */
export function FeedbackEntry() {
  const record = useCabinetMutation('complaints.feedback.record', { invalidates: ['reports'] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const [saved, setSaved] = useState(0)
  const [printError, setPrintError] = useState<string | null>(null)
  const form = useForm<In, unknown, Out>({ resolver: zodResolver(recordFeedbackArgs), defaultValues: blank() })
  const submit = form.handleSubmit(async (v) => {
    const r = await record.run(v)
    if (r.ok) {
      form.reset({ ...blank(), context: v.context, via: v.via, givenOn: v.givenOn })
      setSaved((n) => n + 1)
    } else setBanner(placeServerError(r.error, form.setError, ['context', 'givenOn', 'via', 'comments']))
  })
  const printForm = async () => {
    setPrintError(null)
    const r = await cabinet.printToPdf({ route: '#/print/feedback', suggestedName: 'Feedback questionnaire.pdf' })
    if (!r.ok) setPrintError(r.error.message)
  }
  return (
    <Page
      title="Enter feedback"
      intro="Answers are anonymous: do not write anyone’s name here. The paper form has the same questions."
      actions={
        <Button variant="secondary" onPress={() => void printForm()}>
          Print the paper questionnaire
        </Button>
      }
    >
      <p>
        <Link href="/">Complaints register</Link>
      </p>
      {printError && <ErrorBanner error={{ code: 'internal', message: printError }} title="Not printed" />}
      {saved > 0 && (
        <Banner tone="success" title="Feedback saved">
          <p>{saved === 1 ? '1 questionnaire entered' : `${saved} questionnaires entered`}. Enter the next one below.</p>
        </Banner>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate className="area-form">
        <FormErrorSummary form={form} />
        <ErrorBanner error={banner} title="Not saved" />
        <FormRadioGroup control={form.control} name="context" label="When was it filled in?" options={feedbackContexts.options} />
        <FormRadioGroup control={form.control} name="via" label="How did it come back?" options={feedbackVia.options} />
        <FormDateField control={form.control} name="givenOn" label="Date on the form" isRequired />
        {FEEDBACK_QUESTIONS.map((q) => (
          <FormRadioGroup key={q.id} control={form.control} name={`answers.${q.id}` as FieldPath<In>} label={q.text} options={feedbackAnswers.options} />
        ))}
        <FormTextField control={form.control} name="comments" label="Any other comments" description="Copy them without names." multiline />
        <FormButtons submitLabel="Save feedback" pending={form.formState.isSubmitting} />
      </form>
    </Page>
  )
}
