import type { z } from 'zod'
import { CabinetError } from '../errors'
import type { ReadableDB } from '../db/types'
import { sql } from '../db/statement-cache'
import type { OpContext } from '../operations/guard'
import { loadBooking } from './bookings'
import { loadSession } from './rows'
import type { addendumInput, noteInput } from './schemas'
import type { NoteView } from './views'

/*
 * Supervised contact notes: a factual observation per supervised session, written by the
 * supervisor, signed off by a second person and then locked. The lock is kept twice: here, with
 * a message saying what to do instead, and by the supervised_note_locked trigger, whatever code
 * path writes. Corrections after signing are addenda (who and when), never edits.
 */

type NoteRow = Omit<NoteView, 'addenda'>

export function loadNote(db: ReadableDB, where: { noteId?: number; bookingId?: number }): NoteView | null {
  const row = sql(
    db,
    `SELECT n.id, n.booking_id AS bookingId, r.reference, s.on_date AS onDate, n.aim, n.present, n.arrival, n.observed, n.safeguarding,
            w.display_name AS writtenBy, n.written_by AS writtenById, n.written_at AS writtenAt,
            g.display_name AS signedBy, n.signed_at AS signedAt
       FROM supervised_note n JOIN booking b ON b.id = n.booking_id JOIN referral r ON r.id = b.referral_id
       JOIN contact_session s ON s.id = b.session_id JOIN users w ON w.id = n.written_by LEFT JOIN users g ON g.id = n.signed_by
      WHERE n.id = ? OR n.booking_id = ?`,
  ).get(where.noteId ?? -1, where.bookingId ?? -1) as NoteRow | undefined
  if (!row) return null
  const addenda = sql(
    db,
    `SELECT a.id, a.text, u.display_name AS writtenBy, a.written_at AS writtenAt FROM supervised_note_addendum a JOIN users u ON u.id = a.written_by
      WHERE a.note_id = ? ORDER BY a.id`,
  ).all(row.id) as NoteView['addenda']
  return { ...row, addenda }
}

function requireNote(db: ReadableDB, noteId: number): NoteView {
  const note = loadNote(db, { noteId })
  if (!note) throw new CabinetError('not_found', `There is no supervised contact note with id ${noteId}.`, { field: 'noteId' })
  return note
}

export function getNote(input: { bookingId: number }, ctx: OpContext): NoteView | null {
  loadBooking(ctx.session.db, input.bookingId)
  const note = loadNote(ctx.session.db, input)
  if (note) ctx.auditRecord('supervised_note', note.id)
  else ctx.skipAudit()
  return note
}

/** Write or rewrite the note of a supervised session, until it is signed. */
export function saveNote(input: z.output<typeof noteInput>, ctx: OpContext): NoteView {
  const { session } = ctx
  const db = session.db
  const booking = loadBooking(db, input.bookingId)
  const s = loadSession(db, booking.sessionId)
  if (s.kind !== 'supervised') throw new CabinetError('validation', 'Observation notes are written for supervised sessions only.', { field: 'bookingId' })
  const at = session.now().toISOString()
  const existing = loadNote(db, { bookingId: booking.id })
  if (existing?.signedAt)
    throw new CabinetError('validation', `This note was signed by ${existing.signedBy} and is locked: add an addendum to correct it.`, { field: 'observed' })
  if (existing) {
    sql(db, 'UPDATE supervised_note SET aim = ?, present = ?, arrival = ?, observed = ?, safeguarding = ?, updated_at = ? WHERE id = ?').run(
      input.aim,
      input.present,
      input.arrival,
      input.observed,
      input.safeguarding,
      at,
      existing.id,
    )
  } else {
    sql(
      db,
      `INSERT INTO supervised_note (booking_id, aim, present, arrival, observed, safeguarding, written_by, written_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(booking.id, input.aim, input.present, input.arrival, input.observed, input.safeguarding, session.user.id, at, at)
  }
  const note = loadNote(db, { bookingId: booking.id })!
  ctx.auditRecord('supervised_note', note.id, { referralId: booking.referralId, safeguarding: input.safeguarding !== null })
  return note
}

/** Sign off a note: a second person, not its writer; it is locked from then on. */
export function signNote(input: { noteId: number }, ctx: OpContext): NoteView {
  const { session } = ctx
  const db = session.db
  const note = requireNote(db, input.noteId)
  if (note.signedAt) throw new CabinetError('validation', `This note was already signed by ${note.signedBy}.`, { field: 'noteId' })
  if (note.writtenById === session.user.id)
    throw new CabinetError('validation', 'A note is signed off by a second person: someone other than its writer must sign it.', { field: 'noteId' })
  sql(db, 'UPDATE supervised_note SET signed_by = ?, signed_at = ? WHERE id = ?').run(session.user.id, session.now().toISOString(), note.id)
  ctx.auditRecord('supervised_note', note.id)
  return requireNote(db, note.id)
}

export function addAddendum(input: z.output<typeof addendumInput>, ctx: OpContext): NoteView {
  const { session } = ctx
  const db = session.db
  const note = requireNote(db, input.noteId)
  if (!note.signedAt) throw new CabinetError('validation', 'The note is not signed yet: correct the note itself.', { field: 'text' })
  sql(db, 'INSERT INTO supervised_note_addendum (note_id, text, written_by, written_at) VALUES (?, ?, ?, ?)').run(
    note.id,
    input.text,
    session.user.id,
    session.now().toISOString(),
  )
  ctx.auditRecord('supervised_note', note.id)
  return requireNote(db, note.id)
}

/** The note for the referrer (the print route's data); audited as a print. */
export function printNote(input: { noteId: number }, ctx: OpContext): NoteView {
  const note = requireNote(ctx.session.db, input.noteId)
  ctx.auditRecord('supervised_note', note.id)
  return note
}
