import { z } from 'zod'
import { optionalFreeText, pastDate } from '../../rules'
import { vocab } from '../../vocab'
import { centreHeader } from '../../families/views'
import { feedbackContexts, feedbackVia } from '../vocab'

/*
 * The feedback questionnaire (P05): the same short questions on screen and on the paper form, so
 * returned forms are entered as they were filled in. Answers are anonymous: nothing here names
 * the person, their family or their session.
 */

export const feedbackAnswers = vocab({
  strongly_agree: 'Strongly agree',
  agree: 'Agree',
  neutral: 'Neither agree nor disagree',
  disagree: 'Disagree',
  strongly_disagree: 'Strongly disagree',
  no_answer: 'No answer',
})
export type FeedbackAnswer = (typeof feedbackAnswers.values)[number]

/** The questions, by a stable id (stored with each answer); never reuse an id for a new question. */
export const FEEDBACK_QUESTIONS = [
  { id: 'welcome', text: 'The centre felt safe and welcoming.' },
  { id: 'staff', text: 'Staff and volunteers were friendly and helpful.' },
  { id: 'room', text: 'The rooms and toys suited the children.' },
  { id: 'handover', text: 'Arriving and leaving were well organised.' },
  { id: 'recommend', text: 'I would recommend the centre to other families.' },
] as const
export type FeedbackQuestionId = (typeof FEEDBACK_QUESTIONS)[number]['id']

const answer = z.enum(feedbackAnswers.values, { error: 'Choose an answer for each question (or “No answer”).' })

export const recordFeedbackArgs = z.strictObject({
  context: z.enum(feedbackContexts.values, { error: 'Choose whether it was after a session or at the end of the service.' }),
  givenOn: pastDate('the date the form was filled in'),
  via: z.enum(feedbackVia.values, { error: 'Choose a paper form or on screen.' }),
  answers: z.strictObject(Object.fromEntries(FEEDBACK_QUESTIONS.map((q) => [q.id, answer])) as Record<FeedbackQuestionId, typeof answer>),
  comments: optionalFreeText('the comments', { max: 4000, multiline: true }),
})
export type RecordFeedbackArgs = z.input<typeof recordFeedbackArgs>

export const feedbackQuestionnaire = z.object({
  questions: z.array(z.object({ id: z.string(), text: z.string() })),
  answers: z.array(z.object({ value: z.string(), label: z.string() })),
})

export const feedbackPrintView = feedbackQuestionnaire.extend({ centre: centreHeader })
