import { afterEach, describe, expect, it } from 'vitest'
import { recordClassesOf, reminderSources } from '../../../../electron/core/data-map'
import { runOperation } from '../../../../electron/core/operations'
import type { TestCabinet } from '../../../helpers/session'
import { useTempDirs } from '../../../helpers/temp-dir'
import { acceptedFamily, openSessionsCabinet, SATURDAY, saturdaySession } from './fixtures'

const tempDir = useTempDirs()
let cab: TestCabinet
afterEach(() => cab?.close())

function setUp() {
  const opened = openSessionsCabinet(tempDir())
  cab = opened.cab
  const s = opened.coordinator
  const { session } = runOperation(s, 'sessions.create', saturdaySession())
  const fam = acceptedFamily(s)
  const booking = runOperation(s, 'sessions.bookings.create', { sessionId: session.id, referralId: fam.referralId })
  return { s, clock: opened.clock, session, booking, ...fam }
}

describe('sessions: attendance on the day (P01)', () => {
  it('P01: one click marks a family arrived, one marks it left, at the centre’s clock, with who recorded it; late against the booked time', () => {
    const { s, clock, booking } = setUp()
    clock.set(`${SATURDAY}T10:10:00Z`) // 10:10 GMT
    const arrived = runOperation(s, 'sessions.attendance.mark', { bookingId: booking.id, event: 'arrived' })
    const byName = Object.fromEntries(arrived.people.map((p) => [p.givenName, p.attendance]))
    expect(byName['Tomasz']).toMatchObject({ arrivedAt: '10:10', late: true, recordedBy: 'Test coordinator' })
    expect(byName['Zoë']).toMatchObject({ arrivedAt: '10:10', late: false })
    clock.set(`${SATURDAY}T11:50:00Z`)
    const left = runOperation(s, 'sessions.attendance.mark', { bookingId: booking.id, event: 'left' })
    expect(left.people.every((p) => p.attendance?.leftAt === '11:50')).toBe(true)
    expect(arrived.people.map((p) => p.givenName)).toEqual(['Tomasz', 'Siân', 'Zoë', 'Jan'])
  })

  it('P01: records an absence with its reason per person; the family page panel shows sessions attended, absences with reasons and the next booking', () => {
    const { s, clock, booking, familyId, referralId, family } = setUp()
    const next = runOperation(s, 'sessions.create', saturdaySession({ onDate: '2026-04-04' })).session
    runOperation(s, 'sessions.bookings.create', { sessionId: next.id, referralId })
    clock.set(`${SATURDAY}T10:00:00Z`)
    const jan = family.children.find((c) => c.givenName === 'Jan')!
    runOperation(s, 'sessions.attendance.record', { bookingId: booking.id, personId: jan.id, absence: 'ill', absenceNote: 'Chickenpox' })
    runOperation(s, 'sessions.attendance.mark', { bookingId: booking.id, event: 'arrived' })
    const row = runOperation(s, 'sessions.day', { onDate: SATURDAY }).sessions[0].bookings[0]
    expect(row.people.find((p) => p.givenName === 'Jan')?.attendance).toMatchObject({ absence: 'ill', absenceNote: 'Chickenpox', arrivedAt: null })
    clock.set(`${SATURDAY}T14:00:00Z`)
    const panel = runOperation(s, 'sessions.family', { familyId })
    expect(panel).toMatchObject({ attended: 1, absences: 1, next: { onDate: '2026-04-04', startsAt: '10:00' } })
    expect(panel.sessions.find((x) => x.onDate === SATURDAY)?.absences).toEqual([{ givenName: 'Jan', reason: 'ill', note: 'Chickenpox' }])
    expect(() => runOperation(s, 'sessions.attendance.record', { bookingId: booking.id, personId: jan.id, absence: 'other' })).toThrow(
      expect.objectContaining({ field: 'absenceNote' }),
    )
    expect(() => runOperation(s, 'sessions.attendance.record', { bookingId: booking.id, personId: jan.id, arrivedAt: '10:00', leftAt: '09:00' })).toThrow(
      expect.objectContaining({ field: 'leftAt' }),
    )
  })

  it('two missed sessions without a valid reason raise a review flag and a reminder; the progress review falls due 6 months after the first session', () => {
    const { s, booking, familyId, referralId, family } = setUp()
    const second = runOperation(s, 'sessions.create', saturdaySession({ onDate: '2026-04-04' })).session
    const b2 = runOperation(s, 'sessions.bookings.create', { sessionId: second.id, referralId })
    const tomasz = family.adults.find((a) => a.household === 'non_resident')!
    runOperation(s, 'sessions.attendance.record', { bookingId: booking.id, personId: tomasz.id, absence: 'no_show' })
    expect(runOperation(s, 'sessions.family', { familyId }).reviewFlag).toBeNull()
    runOperation(s, 'sessions.attendance.record', { bookingId: b2.id, personId: tomasz.id, absence: 'no_show' })
    const panel = runOperation(s, 'sessions.family', { familyId })
    expect(panel.reviewFlag).toMatch(/^2 sessions missed without a valid reason/)
    expect(panel.reviewDueOn).toBe('2026-09-21')
    const source = reminderSources().find((r) => r.name === 'sessions.review')!
    const reminders = source.list(cab.db, '2026-04-05', 30)
    expect(reminders.map((r) => [r.key, r.dueOn])).toEqual([[`sessions.missed:${referralId}`, '2026-04-04']])
    expect(source.list(cab.db, '2026-09-01', 30).map((r) => r.key)).toContain(`sessions.review:${referralId}`)
    runOperation(s, 'sessions.reviews.record', { referralId, heldOn: '2026-03-16', outcome: 'Carry on' })
    expect(runOperation(s, 'sessions.family', { familyId }).reviewDueOn).toBe('2026-09-16')
  })

  it('P07, P08: attendance, bookings and supervised notes carry their referral’s retention class', () => {
    for (const table of ['attendance', 'booking', 'supervised_note', 'supervised_note_addendum', 'contact_offer', 'progress_review'])
      expect(recordClassesOf(table), table).toEqual(['referral.court', 'referral.self', 'referral.srs.court', 'referral.srs.self'])
  })
})

describe('sessions: supervised contact notes', () => {
  it('a note is signed off by a second person and then locked, in the core and by the SQL trigger; corrections are addenda', () => {
    const opened = openSessionsCabinet(tempDir())
    cab = opened.cab
    const s = opened.coordinator
    const { session } = runOperation(s, 'sessions.create', saturdaySession({ kind: 'supervised' }))
    const { referralId } = acceptedFamily(s)
    const booking = runOperation(s, 'sessions.bookings.create', { sessionId: session.id, referralId })
    const text = {
      bookingId: booking.id,
      aim: 'Rebuild contact',
      present: 'Tomasz, Zoë, Jan; supervisor',
      arrival: 'Zoë ran to her father.',
      observed: 'They played a board game.',
    }
    const note = runOperation(s, 'sessions.notes.save', text)
    expect(() => runOperation(s, 'sessions.notes.sign', { noteId: note.id })).toThrow(/second person/)
    const second = cab.as('coordinator', 'second')
    const signed = runOperation(second, 'sessions.notes.sign', { noteId: note.id })
    expect(signed).toMatchObject({ signedBy: 'Test second', writtenBy: 'Test coordinator' })
    expect(() => runOperation(s, 'sessions.notes.save', { ...text, observed: 'Changed' })).toThrow(
      expect.objectContaining({ message: 'This note was signed by Test second and is locked: add an addendum to correct it.' }),
    )
    expect(() => cab.db.prepare("UPDATE supervised_note SET observed = 'Changed' WHERE id = ?").run(note.id)).toThrow(
      /signed supervised contact note cannot be changed/,
    )
    const withAddendum = runOperation(s, 'sessions.notes.addendum', { noteId: note.id, text: 'Jan was 5 minutes late, not Zoë.' })
    expect(withAddendum.addenda).toEqual([expect.objectContaining({ text: 'Jan was 5 minutes late, not Zoë.', writtenBy: 'Test coordinator' })])
    expect(withAddendum.observed).toBe('They played a board game.')
    expect(() => cab.db.prepare("UPDATE supervised_note_addendum SET text = 'x'").run()).toThrow(/addendum cannot be changed/)
    const audit = cab.db.prepare("SELECT action FROM audit_log WHERE action LIKE 'supervised_note.%' ORDER BY id").pluck().all()
    expect(audit).toEqual(['supervised_note.save', 'supervised_note.sign', 'supervised_note.addendum'])
  })
})
