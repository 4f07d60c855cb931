import { z } from 'zod'
import { defineApi, op } from '../operations/spec'
import { noArgs } from '../operations/common'
import {
  addendumInput,
  bookingCancelInput,
  bookingChangeInput,
  bookingInput,
  cancelSessionInput,
  dayInput,
  dutyInput,
  id,
  letterInput,
  markInput,
  newSessionInput,
  noteInput,
  offerInput,
  personAttendanceInput,
  reviewInput,
  seriesInput,
  weekInput,
} from './schemas'
import { sessionSettings } from './schemas'
import {
  bookingCheck,
  bookingRemoved,
  bookingView,
  dayView,
  familySessionsView,
  noteView,
  offerCreated,
  offerLetterView,
  offerSuggestion,
  registerFamily,
  reviewView,
  seriesCreated,
  sessionCreated,
  sessionView,
  weekView,
} from './views'

/*
 * The sessions area's operations as data (pure: the renderer reads them too). Volunteers may
 * call only the session-day ones (sessions.day, the attendance calls and the register print),
 * and those answer only for the sessions they are on duty for, on the day (P27).
 */

/** The operations a volunteer's session day is made of (a test holds every other channel closed to them). */
export const SESSION_DAY_OPERATIONS = ['sessions.day', 'sessions.attendance.mark', 'sessions.attendance.record', 'sessions.register.print'] as const

export const sessionsApi = defineApi('sessions', {
  // the calendar
  'sessions.week': op({ args: weekInput, result: weekView, access: 'sessions.view', audit: null }),
  'sessions.day': op({ args: dayInput, result: dayView, access: 'sessions.day', audit: null }),
  'sessions.create': op({ args: newSessionInput, result: sessionCreated, access: 'sessions.manage', audit: 'session.create' }),
  'sessions.createSeries': op({ args: seriesInput, result: seriesCreated, access: 'sessions.manage', audit: 'session.create_series' }),
  'sessions.cancel': op({ args: cancelSessionInput, result: sessionView, access: 'sessions.manage', audit: 'session.cancel' }),
  'sessions.duty.set': op({ args: dutyInput, result: sessionView, access: 'sessions.manage', audit: 'session.duty' }),

  // offers and bookings
  'sessions.bookings.check': op({ args: bookingInput, result: bookingCheck, access: 'sessions.book', audit: null }),
  'sessions.bookings.create': op({ args: bookingInput, result: bookingView, access: 'sessions.book', audit: 'booking.create' }),
  /** New times for the households of a booking not yet held; the family and the session stay. */
  'sessions.bookings.update': op({ args: bookingChangeInput, result: bookingView, access: 'sessions.book', audit: 'booking.update' }),
  /** Every booked person absent, cancelled in advance (by the parent, the centre, or other): the booking and its history stay. */
  'sessions.bookings.cancel': op({ args: bookingCancelInput, result: bookingView, access: 'sessions.book', audit: 'booking.cancel' }),
  /** Delete a booking made in error today, before anything was recorded about it. */
  'sessions.bookings.remove': op({ args: z.strictObject({ bookingId: id }), result: bookingRemoved, access: 'sessions.book', audit: 'booking.remove' }),
  'sessions.offers.suggest': op({ args: z.strictObject({ referralId: id }), result: offerSuggestion, access: 'sessions.book', audit: null }),
  'sessions.offers.create': op({ args: offerInput, result: offerCreated, access: 'sessions.book', audit: 'offer.create' }),
  /** The print route's data (#/print/offer/<offerId>/<household>). */
  'sessions.offers.letter': op({ args: letterInput, result: offerLetterView, access: 'sessions.book', audit: 'offer.print' }),
  'sessions.reviews.record': op({ args: reviewInput, result: reviewView, access: 'sessions.book', audit: 'review.record' }),

  // the session day
  'sessions.attendance.mark': op({ args: markInput, result: registerFamily, access: 'attendance.record', audit: 'attendance.record' }),
  'sessions.attendance.record': op({ args: personAttendanceInput, result: registerFamily, access: 'attendance.record', audit: 'attendance.record' }),
  /** The print route's data (#/print/register/<date>). */
  'sessions.register.print': op({ args: dayInput, result: dayView, access: 'register.print', audit: 'register.print' }),

  // the family page's panel
  'sessions.family': op({ args: z.strictObject({ familyId: id }), result: familySessionsView, access: 'families.sessions', audit: 'family.sessions.view' }),

  // supervised contact notes
  'sessions.notes.get': op({ args: z.strictObject({ bookingId: id }), result: noteView.nullable(), access: 'notes.write', audit: 'supervised_note.view' }),
  'sessions.notes.save': op({ args: noteInput, result: noteView, access: 'notes.write', audit: 'supervised_note.save' }),
  'sessions.notes.sign': op({ args: z.strictObject({ noteId: id }), result: noteView, access: 'notes.write', audit: 'supervised_note.sign' }),
  'sessions.notes.addendum': op({ args: addendumInput, result: noteView, access: 'notes.write', audit: 'supervised_note.addendum' }),
  /** The print route's data (#/print/note/<noteId>), for the referrer. */
  'sessions.notes.print': op({ args: z.strictObject({ noteId: id }), result: noteView, access: 'notes.write', audit: 'supervised_note.print' }),

  // settings
  'sessions.settings.get': op({ args: noArgs, result: sessionSettings, access: 'sessions.view', audit: null }),
  'sessions.settings.save': op({ args: sessionSettings, result: sessionSettings, access: 'settings.manage', audit: 'settings.sessions_update' }),
})
