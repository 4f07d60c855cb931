import { z } from 'zod'
import { HOUSEHOLDS } from '../families/types'
import { personView } from '../families/views'
import { ABSENCE_REASONS, SESSION_KINDS } from './vocab'

/* What the sessions area's operations return (pure: the renderer types its screens from these). */

const text = z.string().nullable()

export const warningCodes = ['overlap', 'outside_session', 'same_day', 'not_accepted', 'full', 'not_permitted', 'room_clash'] as const
export const bookingWarning = z.object({ code: z.enum(warningCodes), message: z.string() })
export type BookingWarning = z.infer<typeof bookingWarning>

export const dutyView = z.object({ userId: z.number(), name: z.string(), flags: z.array(z.string()) })

export const sessionView = z.object({
  id: z.number(),
  onDate: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  room: text,
  kind: z.enum(SESSION_KINDS),
  capacityFamilies: z.number().nullable(),
  capacityChildren: z.number().nullable(),
  seriesId: z.number().nullable(),
  cancelledReason: text,
  families: z.number(),
  children: z.number(),
  duty: z.array(dutyView),
})
export type SessionView = z.infer<typeof sessionView>

export const sessionCreated = z.object({ session: sessionView, warnings: z.array(z.string()) })
export const seriesCreated = z.object({
  created: z.array(sessionView),
  skipped: z.array(z.object({ onDate: z.string(), reason: z.string() })),
})
export const weekView = z.object({ from: z.string(), to: z.string(), sessions: z.array(sessionView) })

export const attendanceView = z.object({
  arrivedAt: text,
  leftAt: text,
  late: z.boolean(),
  absence: z.enum(ABSENCE_REASONS).nullable(),
  absenceNote: text,
  recordedBy: z.string(),
  recordedAt: z.string(),
})
export type AttendanceView = z.infer<typeof attendanceView>

/** One booked person on the register: first name only, never a surname, address or phone. */
export const registerPerson = z.object({
  personId: z.number(),
  givenName: z.string(),
  household: z.enum(HOUSEHOLDS),
  child: z.boolean(),
  age: z.number().nullable(),
  /** Allergies and dietary needs, only where medical consent exists (P03). */
  allergies: z.array(z.string()),
  attendance: attendanceView.nullable(),
})
export type RegisterPerson = z.infer<typeof registerPerson>

export const registerHousehold = z.object({ household: z.enum(HOUSEHOLDS), arrives: z.string(), leaves: z.string() })

export const registerFamily = z.object({
  bookingId: z.number(),
  reference: z.string(),
  households: z.array(registerHousehold),
  people: z.array(registerPerson),
  /** Who may collect, as first names and household; null when the referral does not say. */
  whoMayCollect: z.array(z.string()),
})
export type RegisterFamily = z.infer<typeof registerFamily>

export const daySession = sessionView.extend({ bookings: z.array(registerFamily) })
export type DaySession = z.infer<typeof daySession>
export const dayView = z.object({ onDate: z.string(), today: z.string(), sessions: z.array(daySession) })
export type DayView = z.infer<typeof dayView>

export const bookingView = z.object({
  id: z.number(),
  sessionId: z.number(),
  referralId: z.number(),
  offerId: z.number().nullable(),
  onDate: z.string(),
  residentArrives: z.string(),
  residentLeaves: z.string(),
  nonResidentArrives: z.string(),
  nonResidentLeaves: z.string(),
  warnings: z.array(bookingWarning),
})
export type BookingView = z.infer<typeof bookingView>

export const bookingRemoved = z.object({ bookingId: z.number(), referralId: z.number() })

export const bookingCheck = z.object({ warnings: z.array(bookingWarning), times: z.record(z.string(), z.string()) })

export const offerSuggestion = z.object({
  blockSize: z.number(),
  sessions: z.array(sessionView),
})
export const offerCreated = z.object({ offerId: z.number(), bookings: z.array(bookingView) })

export const offerLetterView = z.object({
  offerId: z.number(),
  reference: z.string(),
  household: z.enum(HOUSEHOLDS),
  /** The household's adults, through discloseTo(their own household): the other household's contact details never. */
  addressees: z.array(personView),
  children: z.array(z.string()),
  sessions: z.array(z.object({ onDate: z.string(), arrives: z.string(), leaves: z.string(), room: text })),
  whoBrings: text,
  whoCollects: text,
  whoTakesPart: text,
  /** Dietary needs and allergies of the children, only where medical consent exists (P03). */
  dietary: z.array(z.string()),
  groundRules: z.array(z.string()),
})
export type OfferLetterView = z.infer<typeof offerLetterView>

export const familySessionRow = z.object({
  bookingId: z.number(),
  onDate: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  kind: z.enum(SESSION_KINDS),
  status: z.enum(['upcoming', 'attended', 'absent', 'cancelled_in_advance', 'not_recorded', 'cancelled']),
  /** Each household's booked times, for changing a booking still to come. */
  times: z.object({ residentArrives: z.string(), residentLeaves: z.string(), nonResidentArrives: z.string(), nonResidentLeaves: z.string() }),
  absences: z.array(z.object({ givenName: z.string(), reason: z.enum(ABSENCE_REASONS), note: text })),
  noteId: z.number().nullable(),
  noteSigned: z.boolean(),
})
export type FamilySessionRow = z.infer<typeof familySessionRow>

export const familySessionsView = z.object({
  attended: z.number(),
  absences: z.number(),
  next: familySessionRow.nullable(),
  sessions: z.array(familySessionRow),
  offers: z.array(z.object({ offerId: z.number(), offeredOn: z.string(), sessions: z.number() })),
  reviewDueOn: text,
  /** Two or more unexplained missed sessions since the last review, in words; null when none. */
  reviewFlag: text,
})
export type FamilySessionsView = z.infer<typeof familySessionsView>

export const addendumView = z.object({ id: z.number(), text: z.string(), writtenBy: z.string(), writtenAt: z.string() })
export const noteView = z.object({
  id: z.number(),
  bookingId: z.number(),
  reference: z.string(),
  onDate: z.string(),
  aim: z.string(),
  present: z.string(),
  arrival: z.string(),
  observed: z.string(),
  safeguarding: text,
  writtenBy: z.string(),
  writtenById: z.number(),
  writtenAt: z.string(),
  signedBy: text,
  signedAt: text,
  addenda: z.array(addendumView),
})
export type NoteView = z.infer<typeof noteView>

export const reviewView = z.object({ id: z.number(), referralId: z.number(), heldOn: z.string(), outcome: text })
