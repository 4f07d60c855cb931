import { Fragment, useId, type ReactNode } from 'react'
import { Button } from './Button'
import type { FormSteps } from './useFormSteps'
import './steps.css'

/** One step's answers on a check-answers page: each question's label and the answer as the user gave it. */
export interface StepAnswers {
  step: number
  answers: readonly (readonly [question: string, answer: ReactNode])[]
}

/**
 * GOV.UK's "Check answers" page: every step's answers as a summary card, headed by the step's
 * title, with a Change button that goes to that step and, on its Continue, comes back here. An
 * unanswered question says so instead of leaving a gap.
 */
export function CheckAnswers({ steps, groups }: { steps: Pick<FormSteps, 'steps' | 'change'>; groups: readonly StepAnswers[] }) {
  return (
    <>
      <p className="field__hint">Check what you have entered. Change anything that is wrong before you send it.</p>
      {groups.map((group) => (
        <AnswerCard key={group.step} title={steps.steps[group.step].title} answers={group.answers} onChange={() => steps.change(group.step)} />
      ))}
    </>
  )
}

function AnswerCard({ title, answers, onChange }: { title: string; answers: StepAnswers['answers']; onChange: () => void }) {
  const id = useId()
  return (
    <section className="summary-card" aria-labelledby={id}>
      <div className="summary-card__header">
        <h3 id={id}>{title}</h3>
        <Button variant="quiet" onPress={onChange}>
          Change<span className="visually-hidden"> {title.toLowerCase()}</span>
        </Button>
      </div>
      <dl className="dl summary-card__answers">
        {answers.map(([question, answer]) => (
          <Fragment key={question}>
            <dt>{question}</dt>
            <dd>{isBlank(answer) ? 'Not given' : answer}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  )
}

function isBlank(answer: ReactNode): boolean {
  return answer === null || answer === undefined || answer === false || (typeof answer === 'string' && answer.trim() === '')
}
