import { implement } from '../operations/guard'
import { sessionsApi } from './api'
import { markAttendance, recordPersonAttendance } from './attendance'
import { cancelBooking, changeBooking, removeBooking } from './booking-changes'
import { checkBooking, createBooking, createOffer, suggestOffer } from './bookings'
import { dayView, registerPrint } from './day'
import { familySessions } from './family-sessions'
import { offerLetter } from './letter'
import { addAddendum, getNote, printNote, saveNote, signNote } from './notes'
import { recordReview } from './reviews'
import { cancelSession, createSeries, createSession, setDuty, weekSessions } from './sessions'
import { getSessionSettings, saveSessionSettings } from './settings'

/** The sessions area's functions, each attached once to its spec in api.ts. */
export const sessionsOperations = implement(sessionsApi, {
  'sessions.week': weekSessions,
  'sessions.day': dayView,
  'sessions.create': createSession,
  'sessions.createSeries': createSeries,
  'sessions.cancel': cancelSession,
  'sessions.duty.set': setDuty,

  'sessions.bookings.check': checkBooking,
  'sessions.bookings.create': createBooking,
  'sessions.bookings.update': changeBooking,
  'sessions.bookings.cancel': cancelBooking,
  'sessions.bookings.remove': removeBooking,
  'sessions.offers.suggest': suggestOffer,
  'sessions.offers.create': createOffer,
  'sessions.offers.letter': offerLetter,
  'sessions.reviews.record': recordReview,

  'sessions.attendance.mark': markAttendance,
  'sessions.attendance.record': recordPersonAttendance,
  'sessions.register.print': registerPrint,

  'sessions.family': familySessions,

  'sessions.notes.get': getNote,
  'sessions.notes.save': saveNote,
  'sessions.notes.sign': signNote,
  'sessions.notes.addendum': addAddendum,
  'sessions.notes.print': printNote,

  'sessions.settings.get': getSessionSettings,
  'sessions.settings.save': saveSessionSettings,
})
