import { z } from 'zod'
import { calendarDate, freeText, optionalFreeText, pastDate } from '../rules'
import { HOUSEHOLDS } from '../families/types'
import { ABSENCE_REASONS, SESSION_KINDS, type AbsenceReason } from './vocab'

/*
 * Input schemas for the sessions area: the contract validates calls with them, the forms use
 * them through zodResolver, and cross-field rules put their message on the field to change.
 */

export const id = z.number({ error: 'A record id is required.' }).int().positive()

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

/** A 24-hour clock time, 'HH:MM'. */
export function clockTimeField(label: string) {
  return z
    .string({ error: `Enter ${label}.` })
    .trim()
    .min(1, { message: `Enter ${label}.`, abort: true })
    .regex(TIME, `Enter ${label} as a 24-hour time, for example 10:00.`)
}

/** A 24-hour clock time that may be left blank (null). */
export function optionalClockTime(label: string) {
  return z
    .string()
    .nullish()
    .transform((v) => (v == null || v.trim() === '' ? null : v.trim()))
    .pipe(z.string().regex(TIME, `Enter ${label} as a 24-hour time, for example 10:00.`).nullable())
}

const capacity = (label: string) =>
  z
    .number({ error: `Enter ${label} as a number.` })
    .int(`Enter ${label} as a whole number.`)
    .min(1, `${label[0].toUpperCase()}${label.slice(1)} is at least 1: leave it blank for no limit.`)
    .max(200, `${label[0].toUpperCase()}${label.slice(1)} can be at most 200.`)
    .nullish()
    .transform((v) => v ?? null)

const sessionShape = {
  startsAt: clockTimeField('the start time'),
  endsAt: clockTimeField('the end time'),
  room: optionalFreeText('the room', { max: 60 }),
  kind: z.enum(SESSION_KINDS, { error: 'Choose supported, supervised, handover or indirect.' }),
  capacityFamilies: capacity('the number of families'),
  capacityChildren: capacity('the number of children'),
}

function endsAfterStart(s: { startsAt: string; endsAt: string }, ctx: z.RefinementCtx): void {
  if (s.endsAt <= s.startsAt) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'The session must end after it starts.' })
}

export const newSessionInput = z.strictObject({ onDate: calendarDate('the session date'), ...sessionShape }).superRefine(endsAfterStart)
export type NewSessionArgs = z.input<typeof newSessionInput>

export const seriesInput = z
  .strictObject({
    firstOn: calendarDate('the date of the first session'),
    until: calendarDate('the date of the last session'),
    everyWeeks: z
      .number({ error: 'Enter how many weeks apart the sessions are.' })
      .int('Enter a whole number of weeks.')
      .min(1, 'Sessions are at least a week apart.')
      .max(8, 'Sessions are at most 8 weeks apart.'),
    closures: z.array(calendarDate('a closure date')).max(60, 'List at most 60 closures.').default([]),
    ...sessionShape,
  })
  .superRefine((s, ctx) => {
    endsAfterStart(s, ctx)
    if (s.until < s.firstOn) ctx.addIssue({ code: 'custom', path: ['until'], message: 'The last session must be on or after the first.' })
    else if (Number(s.until.slice(0, 4)) - Number(s.firstOn.slice(0, 4)) > 2)
      ctx.addIssue({ code: 'custom', path: ['until'], message: 'A pattern can run for at most two years: choose an earlier last date.' })
  })
export type SeriesArgs = z.input<typeof seriesInput>

export const cancelSessionInput = z.strictObject({ sessionId: id, reason: freeText('why the session is cancelled', { max: 200 }) })
export const dutyInput = z.strictObject({ sessionId: id, userIds: z.array(id).max(20, 'At most 20 people can be on duty for a session.') })
export const weekInput = z.strictObject({ weekOf: calendarDate('a date in the week') })
export const dayInput = z.strictObject({ onDate: calendarDate('the day') })

export const householdTimes = z
  .strictObject({
    residentArrives: clockTimeField('when the children arrive'),
    residentLeaves: clockTimeField('when the children are collected'),
    nonResidentArrives: clockTimeField('when the non-resident parent arrives'),
    nonResidentLeaves: clockTimeField('when the non-resident parent leaves'),
  })
  .superRefine((t, ctx) => {
    if (t.residentLeaves <= t.residentArrives)
      ctx.addIssue({ code: 'custom', path: ['residentLeaves'], message: 'The children are collected after they arrive: check both times.' })
    if (t.nonResidentLeaves <= t.nonResidentArrives)
      ctx.addIssue({ code: 'custom', path: ['nonResidentLeaves'], message: 'The non-resident parent leaves after they arrive: check both times.' })
  })
export type HouseholdTimes = z.output<typeof householdTimes>

const goAhead = {
  /** The coordinator has seen the warnings and goes ahead. */
  confirmed: z.boolean().default(false),
  /** Why the first session may be on a pre-visit day (required only then). */
  sameDayReason: optionalFreeText('why the session can be on the day of a pre-visit', { max: 500 }),
}

export const bookingInput = z.strictObject({
  sessionId: id,
  referralId: id,
  times: householdTimes.nullish().transform((v) => v ?? null),
  ...goAhead,
})
export type BookingArgs = z.input<typeof bookingInput>

/** Change a booking's households' times; the family and the session stay (moving is a cancel and a new booking). */
export const bookingChangeInput = z.strictObject({ bookingId: id, times: householdTimes, ...goAhead })
export type BookingChangeArgs = z.input<typeof bookingChangeInput>

/** Who called a booking off: the absence every booked person gets (P01), so the register and reports stay right. */
export const CANCELLED_BY = ['parent_cancelled', 'centre_cancelled', 'other'] as const satisfies readonly AbsenceReason[]

export const bookingCancelInput = z
  .strictObject({
    bookingId: id,
    cancelledBy: z.enum(CANCELLED_BY, { error: 'Choose who cancelled: the parent, the centre or other.' }),
    note: optionalFreeText('the reason', { max: 500 }),
  })
  .superRefine((c, ctx) => {
    if (c.cancelledBy === 'other' && !c.note) ctx.addIssue({ code: 'custom', path: ['note'], message: 'Say who cancelled and why.' })
  })
export type BookingCancelArgs = z.input<typeof bookingCancelInput>

export const offerInput = z.strictObject({
  referralId: id,
  sessionIds: z.array(id).min(1, 'Choose at least one session to offer.').max(26, 'An offer can hold at most 26 sessions.'),
  whoBrings: optionalFreeText('who brings the children', { max: 500 }),
  whoCollects: optionalFreeText('who collects the children', { max: 500 }),
  whoTakesPart: optionalFreeText('who may take part', { max: 500 }),
  ...goAhead,
})
export type OfferArgs = z.input<typeof offerInput>

export const markInput = z.strictObject({
  bookingId: id,
  event: z.enum(['arrived', 'left'], { error: 'Choose arrived or left.' }),
  household: z
    .enum(HOUSEHOLDS)
    .nullish()
    .transform((v) => v ?? null),
})

export const personAttendanceInput = z
  .strictObject({
    bookingId: id,
    personId: id,
    arrivedAt: optionalClockTime('the arrival time'),
    leftAt: optionalClockTime('the time they left'),
    absence: z
      .enum(ABSENCE_REASONS, { error: 'Choose why they were absent.' })
      .nullish()
      .transform((v) => v ?? null),
    absenceNote: optionalFreeText('the reason', { max: 500 }),
  })
  .superRefine((a, ctx) => {
    if (a.absence && (a.arrivedAt || a.leftAt))
      ctx.addIssue({ code: 'custom', path: ['absence'], message: 'Someone absent has no arrival or departure time: clear the times or the absence.' })
    if (a.leftAt && !a.arrivedAt) ctx.addIssue({ code: 'custom', path: ['arrivedAt'], message: 'Enter when they arrived as well as when they left.' })
    if (a.arrivedAt && a.leftAt && a.leftAt < a.arrivedAt)
      ctx.addIssue({ code: 'custom', path: ['leftAt'], message: 'They left after they arrived: check both times.' })
    if (a.absence === 'other' && !a.absenceNote) ctx.addIssue({ code: 'custom', path: ['absenceNote'], message: 'Say why they were absent.' })
  })
export type PersonAttendanceArgs = z.input<typeof personAttendanceInput>

export const letterInput = z.strictObject({ offerId: id, household: z.enum(HOUSEHOLDS, { error: 'Choose which household the letter is for.' }) })

export const noteInput = z.strictObject({
  bookingId: id,
  aim: freeText('the aim of the session', { max: 1000, multiline: true }),
  present: freeText('who was present', { max: 1000, multiline: true }),
  arrival: freeText('the arrival and the child’s response', { max: 4000, multiline: true }),
  observed: freeText('what was seen and said', { max: 10000, multiline: true }),
  safeguarding: optionalFreeText('any safeguarding concern', { max: 4000, multiline: true }),
})
export type NoteArgs = z.input<typeof noteInput>
export const addendumInput = z.strictObject({ noteId: id, text: freeText('the addendum', { max: 4000, multiline: true }) })

export const reviewInput = z.strictObject({
  referralId: id,
  heldOn: pastDate('the date of the review'),
  outcome: optionalFreeText('the outcome', { max: 2000, multiline: true }),
})

/** The centre's session settings (Settings → Sessions): pure, the form and the core read it. */
export const sessionSettings = z.strictObject({
  staggerMinutes: z
    .number({ error: 'Enter the stagger in minutes.' })
    .int('Enter the stagger as a whole number of minutes.')
    .min(0, 'The stagger cannot be negative.')
    .max(60, 'The stagger can be at most 60 minutes.'),
  offerBlockSize: z
    .number({ error: 'Enter how many sessions an offer holds.' })
    .int('Enter a whole number of sessions.')
    .min(1, 'An offer holds at least 1 session.')
    .max(26, 'An offer holds at most 26 sessions.'),
  reviewMonths: z
    .number({ error: 'Enter how often progress is reviewed, in months.' })
    .int('Enter a whole number of months.')
    .min(1, 'Reviews are at least a month apart.')
    .max(12, 'Progress is reviewed at least once a year.'),
})
export type SessionSettings = z.output<typeof sessionSettings>

/**
 * The usual arrangement: the non-resident parent arrives 15 minutes before the children and leaves
 * 15 minutes after, offers come in blocks of 6, and progress is reviewed every 6 months.
 */
export const DEFAULT_SESSION_SETTINGS: SessionSettings = { staggerMinutes: 15, offerBlockSize: 6, reviewMonths: 6 }
