import { useCabinetQuery } from '../../api/queries'
import { ErrorBanner } from '../../ui/Banner'
import { PrintPage } from '../print/PrintPage'
import '../safeguarding/safeguarding.css'

/**
 * The paper questionnaire (#/print/feedback): the same questions as the screen, a box per answer,
 * and no place for a name, so a returned form is entered as it is (P05).
 */
export function FeedbackPrint() {
  const q = useCabinetQuery('complaints.feedback.print', {})
  const d = q.data
  return (
    <PrintPage title="Feedback questionnaire" ready={Boolean(d)}>
      <h1>Feedback questionnaire</h1>
      <ErrorBanner error={q.error} />
      {d && (
        <>
          <p>Please tell us how we are doing. This form is anonymous: do not write your name on it.</p>
          <p>Tick one: ☐ after a session ☐ at the end of our time with the centre. Date: ____ / ____ / ________</p>
          {d.questions.map((question, i) => (
            <section key={question.id} className="feedback-question">
              <h2>
                {i + 1}. {question.text}
              </h2>
              <p>
                {d.answers
                  .filter((a) => a.value !== 'no_answer')
                  .map((a) => `☐ ${a.label}`)
                  .join('   ')}
              </p>
            </section>
          ))}
          <h2>Any other comments</h2>
          <div className="write-in-box" aria-label="space for comments" />
          <p>Thank you. Please hand the form to a volunteer or post it in the box by the door.</p>
        </>
      )}
    </PrintPage>
  )
}
