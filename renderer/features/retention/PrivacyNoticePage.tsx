import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import type { CallError } from '../../../electron/contract'
import { recordReviewArgs } from '../../../electron/core/retention/api'
import { cabinet } from '../../api/cabinet'
import { useCabinetMutation, useCabinetQuery } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import { FormDateField } from '../../ui/DateField'
import { formatDate } from '../../ui/dates'
import { FormErrorSummary } from '../../ui/ErrorSummary'
import { FormTextField } from '../../ui/Field'
import { FormButtons } from '../../ui/FormButtons'
import { placeServerError } from '../../ui/forms'
import { Page } from '../../ui/Page'
import { NoticeContent } from './NoticeContent'

type Input = z.input<typeof recordReviewArgs>
type Output = z.output<typeof recordReviewArgs>

/** The privacy notice as Cabinet generates it (P20), its plain version, printing, and the policy's reviews (P31). */
export function PrivacyNoticePage() {
  const notice = useCabinetQuery('retention.notice', {})
  const [plain, setPlain] = useState(false)
  const [printError, setPrintError] = useState<string | null>(null)
  const print = async (which: 'full' | 'plain') => {
    setPrintError(null)
    const r = await cabinet.printToPdf({
      route: which === 'plain' ? '#/print/privacy-notice/plain' : '#/print/privacy-notice',
      suggestedName: which === 'plain' ? 'Your information (short version).pdf' : 'Privacy notice.pdf',
    })
    if (!r.ok) setPrintError(r.error.message)
  }
  return (
    <Page title="Privacy notice" intro={<p>Generated from the centre’s details and its retention schedule, so it always says what Cabinet does.</p>}>
      <ErrorBanner error={notice.error} title="The notice could not be made" />
      {printError && <ErrorBanner error={{ code: 'internal', message: printError }} title="The notice was not printed" />}
      <div className="button-row">
        <Button variant="secondary" onPress={() => setPlain(!plain)}>
          {plain ? 'Show the full notice' : 'Show the short version for parents'}
        </Button>
        <Button variant="secondary" onPress={() => void print('full')}>
          Print the notice
        </Button>
        <Button variant="secondary" onPress={() => void print('plain')}>
          Print the short version
        </Button>
      </div>
      {notice.data && <NoticeContent notice={notice.data} plain={plain} />}
      <PolicyReviews />
    </Page>
  )
}

function PolicyReviews() {
  const reviews = useCabinetQuery('retention.reviews.list', {})
  const record = useCabinetMutation('retention.reviews.record', { invalidates: ['retention', 'reminders'] })
  const [banner, setBanner] = useState<CallError | undefined>()
  const form = useForm<Input, unknown, Output>({ resolver: zodResolver(recordReviewArgs), defaultValues: { reviewedOn: '', summary: '' } })
  const submit = form.handleSubmit(async (values) => {
    setBanner(undefined)
    const r = await record.run(values)
    if (r.ok) form.reset()
    else setBanner(placeServerError(r.error, form.setError, ['reviewedOn', 'summary']))
  })
  const d = reviews.data
  return (
    <section aria-labelledby="policy-reviews">
      <h2 id="policy-reviews">Policy reviews</h2>
      {d && (
        <p>
          {d.reviewEveryMonths ? `The schedule asks for a review every ${d.reviewEveryMonths} months.` : 'The schedule sets no review interval.'}
          {d.nextDueOn ? ` The next is due by ${formatDate(d.nextDueOn)}.` : ''}
        </p>
      )}
      {d && d.reviews.length > 0 && (
        <ul>
          {d.reviews.map((r) => (
            <li key={r.id}>
              {formatDate(r.reviewedOn)}, by {r.reviewedBy}: {r.summary}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate aria-label="Record a review">
        <h3>Record a review</h3>
        <FormErrorSummary form={form} />
        <ErrorBanner error={banner} title="The review was not recorded" />
        <FormDateField control={form.control} name="reviewedOn" label="Date of the review" isRequired />
        <FormTextField control={form.control} name="summary" label="What was reviewed and changed" multiline isRequired />
        <FormButtons submitLabel="Record the review" pending={record.isPending} />
      </form>
    </section>
  )
}
