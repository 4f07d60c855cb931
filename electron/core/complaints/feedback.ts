import type { z } from 'zod'
import type { Session } from '../session'
import { FEEDBACK_QUESTIONS, feedbackAnswers, type recordFeedbackArgs } from './feedback/schemas'

/** Enter one questionnaire (P05): the answers, the day and the kind of form; nothing that names anyone. */
export function recordFeedback(session: Session, input: z.output<typeof recordFeedbackArgs>): number {
  const row = session.db
    .prepare('INSERT INTO feedback_response (context, given_on, via, answers, comments) VALUES (?, ?, ?, ?, ?) RETURNING id')
    .get(input.context, input.givenOn, input.via, JSON.stringify(input.answers), input.comments) as { id: number }
  return row.id
}

export function questionnaire() {
  return { questions: FEEDBACK_QUESTIONS.map((q) => ({ id: q.id, text: q.text })), answers: feedbackAnswers.options.map((o) => ({ ...o })) }
}
