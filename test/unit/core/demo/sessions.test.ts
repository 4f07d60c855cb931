import { afterEach, describe, expect, it } from 'vitest'
import { generateDemoCentre } from '../../../../electron/core/demo/generate'
import { openTestCabinet, type TestCabinet } from '../../../helpers/session'
import { useTempDirs } from '../../../helpers/temp-dir'

const tempDir = useTempDirs()
let cab: TestCabinet
afterEach(() => cab?.close())

describe('demo centre: sessions, bookings and attendance', () => {
  it('P01: gives the families that reached contact Saturdays with staggered bookings, attendance before the reference date only, a few upcoming bookings cancelled in advance, absences with reasons and supervised notes', () => {
    cab = openTestCabinet(tempDir())
    const summary = generateDemoCentre(cab.as('coordinator'), { families: 80, seed: 3, referenceDate: '2026-06-30' }).sessions
    expect(summary.sessions).toBeGreaterThan(10)
    expect(summary.bookings).toBeGreaterThan(summary.sessions)
    expect(summary.attendances).toBeGreaterThan(summary.bookings)
    expect(summary.absences).toBeGreaterThan(0)
    expect(summary.notes).toBeGreaterThan(0)
    const one = (sql: string) => cab.db.prepare(sql).pluck().get()
    expect(one("SELECT count(*) FROM contact_session WHERE strftime('%w', on_date) <> '6'")).toBe(0)
    expect(
      one(
        `SELECT count(*) FROM attendance a JOIN booking b ON b.id = a.booking_id JOIN contact_session s ON s.id = b.session_id
          WHERE s.on_date >= '2026-06-30' AND (a.absence IS NULL OR a.absence NOT IN ('parent_cancelled', 'centre_cancelled'))`,
      ),
    ).toBe(0)
    // A few upcoming bookings are cancelled in advance, every booked person absent, as the cancel operation records it.
    expect(summary.cancelledInAdvance).toBeGreaterThan(0)
    expect(
      one(
        `SELECT count(DISTINCT a.booking_id) FROM attendance a JOIN booking b ON b.id = a.booking_id JOIN contact_session s ON s.id = b.session_id
          WHERE s.on_date >= '2026-06-30' AND a.absence IN ('parent_cancelled', 'centre_cancelled')`,
      ),
    ).toBe(summary.cancelledInAdvance)
    expect(one('SELECT count(*) FROM booking WHERE non_resident_arrives >= resident_arrives OR non_resident_leaves <= resident_leaves')).toBe(0)
    expect(one('SELECT count(*) FROM attendance')).toBe(summary.attendances)
    // Only referrals that reached contact have bookings, and no session holds more than 12 families.
    expect(one("SELECT count(*) FROM booking b JOIN referral r ON r.id = b.referral_id WHERE r.status NOT IN ('active', 'closed')")).toBe(0)
    expect(one('SELECT max(n) FROM (SELECT count(*) AS n FROM booking GROUP BY session_id)')).toBeLessThanOrEqual(12)
  })
})
