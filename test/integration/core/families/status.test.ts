import { afterEach, describe, expect, it } from 'vitest'
import { REFERRAL_STATUSES, type ReferralStatus } from '../../../../electron/core/families/types'
import type { Session } from '../../../../electron/core/session'
import { openTestCabinet, type TestCabinet } from '../../../helpers/session'
import { useTempDirs } from '../../../helpers/temp-dir'
import { fixedNow, newFamily, referral } from './fixtures'
import { runOperation } from '../../../../electron/core/operations'

const tempDir = useTempDirs()
let cab: TestCabinet
afterEach(() => cab?.close())

/*
 * The referral lifecycle as the product means it, written out in full rather than read from the
 * implementation's own table (a test derived from that table could never fail). A referral is
 * received, its pre-visits are booked and held, the centre accepts it, and contact starts
 * (active) and later ends (closed, with a reason). Until contact starts the family may withdraw
 * (from accepted too); the centre may decline (with a reason) until it has accepted. Nothing
 * follows an ending (a family that comes back gets a new referral), nothing goes backwards, a
 * status does not "change" to itself, and no referral can be put back to received.
 *
 * Rows: the status now. Columns, in this order: what it is asked to become.
 *   Y: allowed (recorded in the status history)   ·: refused
 */
const COLUMNS = ['received', 'previsits_booked', 'previsits_done', 'accepted', 'declined', 'withdrawn', 'active', 'closed'] as const
type Row = readonly ['Y' | '·', 'Y' | '·', 'Y' | '·', 'Y' | '·', 'Y' | '·', 'Y' | '·', 'Y' | '·', 'Y' | '·']
// prettier-ignore
const EXPECTED_MOVES: Record<ReferralStatus, Row> = {
  //                 received  booked  done  accepted  declined  withdrawn  active  closed
  received:         ['·',      'Y',    '·',  '·',      'Y',      'Y',       '·',    '·'],
  previsits_booked: ['·',      '·',    'Y',  '·',      'Y',      'Y',       '·',    '·'],
  previsits_done:   ['·',      '·',    '·',  'Y',      'Y',      'Y',       '·',    '·'],
  accepted:         ['·',      '·',    '·',  '·',      '·',      'Y',       'Y',    '·'],
  declined:         ['·',      '·',    '·',  '·',      '·',      '·',       '·',    '·'],
  withdrawn:        ['·',      '·',    '·',  '·',      '·',      '·',       '·',    '·'],
  active:           ['·',      '·',    '·',  '·',      '·',      '·',       '·',    'Y'],
  closed:           ['·',      '·',    '·',  '·',      '·',      '·',       '·',    '·'],
}

/** What the refusal says can happen instead, for each status that has a next step. */
const WHAT_IS_POSSIBLE: Record<ReferralStatus, string> = {
  received: 'From received it can become pre-visits booked, declined or withdrawn.',
  previsits_booked: 'From pre-visits booked it can become pre-visits done, declined or withdrawn.',
  previsits_done: 'From pre-visits done it can become accepted, declined or withdrawn.',
  accepted: 'From accepted it can become active or withdrawn.',
  active: 'From active it can become closed.',
  declined: 'so its status cannot change. A family that returns needs a new referral.',
  withdrawn: 'so its status cannot change. A family that returns needs a new referral.',
  closed: 'so its status cannot change. A family that returns needs a new referral.',
}

function expectedMoves(verdict: 'Y' | '·'): [ReferralStatus, ReferralStatus][] {
  return REFERRAL_STATUSES.flatMap((from) => COLUMNS.filter((_, i) => EXPECTED_MOVES[from][i] === verdict).map((to): [ReferralStatus, ReferralStatus] => [from, to]))
}

/** The shortest legal path from received to each status. */
const PATH_TO: Record<ReferralStatus, ReferralStatus[]> = {
  received: [],
  previsits_booked: ['previsits_booked'],
  previsits_done: ['previsits_booked', 'previsits_done'],
  accepted: ['previsits_booked', 'previsits_done', 'accepted'],
  declined: ['declined'],
  withdrawn: ['withdrawn'],
  active: ['previsits_booked', 'previsits_done', 'accepted', 'active'],
  closed: ['previsits_booked', 'previsits_done', 'accepted', 'active', 'closed'],
}

function referralAt(s: Session, status: ReferralStatus): number {
  const { referralId } = runOperation(s, 'families.create', newFamily())
  PATH_TO[status].forEach((to, i) => runOperation(s, 'families.referrals.transition', { referralId: referralId!, to: to as never, on: `2026-02-0${i + 1}`, reason: 'Reason given' }))
  return referralId!
}

describe('families: referral status', () => {
  it('the expected table covers every status, in both directions', () => {
    expect([...COLUMNS].sort()).toEqual([...REFERRAL_STATUSES].sort())
    expect(Object.keys(EXPECTED_MOVES).sort()).toEqual([...REFERRAL_STATUSES].sort())
    expect(expectedMoves('Y')).toHaveLength(12)
    expect(expectedMoves('Y').length + expectedMoves('·').length).toBe(64)
  })

  it('allows every legal transition and records each in the status history', () => {
    cab = openTestCabinet(tempDir(), { now: fixedNow })
    const s = cab.as('coordinator')
    for (const [from, to] of expectedMoves('Y')) {
      const id = referralAt(s, from)
      const r = runOperation(s, 'families.referrals.transition', { referralId: id, to: to as never, on: '2026-03-01', reason: 'Family moved away' })
      expect(r.status, `${from} → ${to}`).toBe(to)
      expect(r.history.at(-1)).toMatchObject({ fromStatus: from, toStatus: to, effectiveOn: '2026-03-01', recordedBy: 'Test coordinator' })
      expect(r.history).toHaveLength(PATH_TO[from].length + 2)
    }
  })

  it('refuses every illegal transition with a conflict that says what is possible', () => {
    cab = openTestCabinet(tempDir(), { now: fixedNow })
    const s = cab.as('coordinator')
    const at = new Map(REFERRAL_STATUSES.map((from) => [from, referralAt(s, from)]))
    for (const [from, to] of expectedMoves('·')) {
      const call = () => runOperation(s, 'families.referrals.transition', { referralId: at.get(from)!, to: to as never, on: '2026-03-01', reason: 'x' })
      if (to === 'received') {
        // Not a status anyone can choose: the arguments are refused before the referral is read.
        expect(call, `${from} → ${to}`).toThrow(expect.objectContaining({ code: 'validation', field: 'to' }))
      } else {
        expect(call, `${from} → ${to}`).toThrow(
          expect.objectContaining({ code: 'conflict', field: 'to', message: expect.stringMatching(/^Referral R-2026-\d{4} is .+, so (it cannot become|its status cannot change)/) }),
        )
        expect(call, `${from} → ${to}`).toThrow(WHAT_IS_POSSIBLE[from])
      }
    }
    // Every refusal left the referral where it was.
    for (const from of REFERRAL_STATUSES) {
      expect(cab.db.prepare('SELECT status FROM referral WHERE id = ?').pluck().get(at.get(from)), from).toBe(from)
    }
    const id = referralAt(s, 'received')
    expect(() => runOperation(s, 'families.referrals.transition', { referralId: id, to: 'active', on: '2026-03-01' })).toThrow(
      'Referral R-2026-0009 is received, so it cannot become active. From received it can become pre-visits booked, declined or withdrawn.',
    )
  })

  it('P07 P08 P09: declining and closing need a reason; ended referrals carry the exact date retention reads', () => {
    cab = openTestCabinet(tempDir(), { now: fixedNow })
    const s = cab.as('coordinator')
    const id = referralAt(s, 'received')
    expect(() => runOperation(s, 'families.referrals.transition', { referralId: id, to: 'declined', on: '2026-03-01' })).toThrow(expect.objectContaining({ code: 'validation', field: 'reason' }))
    const declined = runOperation(s, 'families.referrals.transition', { referralId: id, to: 'declined', on: '2026-03-02', reason: 'Outside our area' })
    expect([declined.closedOn, declined.closedReason]).toEqual(['2026-03-02', 'Outside our area'])
    const withdrawn = runOperation(s, 'families.referrals.transition', { referralId: referralAt(s, 'accepted'), to: 'withdrawn', on: '2026-03-03', reason: null })
    expect(withdrawn.closedOn).toBe('2026-03-03')
    const active = referralAt(s, 'active')
    expect(() => runOperation(s, 'families.referrals.transition', { referralId: active, to: 'closed', on: '2026-03-04' })).toThrow(/Give the reason the referral is closed/)
  })

  it('refuses a date in the future or before the current status began', () => {
    cab = openTestCabinet(tempDir(), { now: fixedNow })
    const s = cab.as('coordinator')
    const id = referralAt(s, 'previsits_done')
    expect(() => runOperation(s, 'families.referrals.transition', { referralId: id, to: 'accepted', on: '2026-02-01' })).toThrow(/cannot be before the referral became pre-visits done \(2026-02-02\)/)
    expect(() => runOperation(s, 'families.referrals.transition', { referralId: id, to: 'accepted', on: '2026-03-17' })).toThrow(expect.objectContaining({ code: 'validation', field: 'on' }))
  })

  it('P22: correcting the closing date keeps the old date and is audited with both dates', () => {
    cab = openTestCabinet(tempDir(), { now: fixedNow })
    const s = cab.as('coordinator')
    const id = referralAt(s, 'closed')
    expect(() => runOperation(s, 'families.referrals.correctClosure', { referralId: referralAt(s, 'active'), closedOn: '2026-03-01', reason: 'x', source: 'written' })).toThrow(expect.objectContaining({ code: 'conflict' }))
    const r = runOperation(s, 'families.referrals.correctClosure', { referralId: id, closedOn: '2026-02-10', reason: 'Contact moved to the community', source: 'written' })
    expect(r.closedOn).toBe('2026-02-10')
    const h = cab.db.prepare(`SELECT field, old_value AS o, new_value AS n, source FROM change_history WHERE record_type = 'referral' AND record_id = ? ORDER BY id`).all(id)
    expect(h).toEqual([
      { field: 'closedOn', o: '2026-02-05', n: '2026-02-10', source: 'written' },
      { field: 'closedReason', o: 'Reason given', n: 'Contact moved to the community', source: 'written' },
    ])
    const audit = cab.db.prepare(`SELECT detail FROM audit_log WHERE action = 'referral.closure.correct'`).pluck().get() as string
    expect(JSON.parse(audit)).toMatchObject({ from: '2026-02-05', to: '2026-02-10' })
  })

  it('a family can have several referrals over the years, each with its own reference and history', () => {
    cab = openTestCabinet(tempDir(), { now: fixedNow })
    const s = cab.as('coordinator')
    const { familyId, referralId } = runOperation(s, 'families.create', newFamily({ referral: referral({ receivedOn: '2025-05-01' }) }))
    runOperation(s, 'families.referrals.transition', { referralId: referralId!, to: 'withdrawn', on: '2025-06-01' })
    const again = runOperation(s, 'families.referrals.create', { familyId, referral: referral({ receivedOn: '2026-02-01', source: 'court', referrerOrganisation: 'Swindon Family Court', courtOrder: true, courtName: 'Swindon Family Court', courtOrderDate: '2026-01-20' }) })
    expect(again.reference).toBe('R-2026-0001')
    expect(again.history.map((h) => h.toStatus)).toEqual(['received'])
    expect(cab.db.prepare('SELECT reference FROM referral WHERE id = ?').pluck().get(referralId)).toBe('R-2025-0001')
  })

  it('P07 P08 P09: audits changes to the retention flags (court order, Cafcass) with their new values', () => {
    cab = openTestCabinet(tempDir(), { now: fixedNow })
    const s = cab.as('coordinator')
    const { referralId } = runOperation(s, 'families.create', newFamily())
    runOperation(s, 'families.referrals.update', { referralId: referralId!, source: 'court_order', referral: referral({ courtOrder: true, courtName: 'Bath County Court', courtOrderDate: '2026-01-05', courtCaseNumber: 'BA26P00042' }) })
    const detail = cab.db.prepare(`SELECT detail FROM audit_log WHERE action = 'referral.retention-flags'`).pluck().get() as string
    expect(JSON.parse(detail)).toEqual({ source: 'self', courtOrder: true, cafcassInvolved: false })
    expect(cab.db.prepare('SELECT court_order FROM referral WHERE id = ?').pluck().get(referralId)).toBe(1)
  })

  it('volunteers cannot change a referral (core check)', () => {
    cab = openTestCabinet(tempDir(), { now: fixedNow })
    const id = referralAt(cab.as('coordinator'), 'received')
    expect(() => runOperation(cab.as('volunteer'), 'families.referrals.transition', { referralId: id, to: 'withdrawn', on: '2026-03-01' })).toThrow(expect.objectContaining({ code: 'forbidden' }))
  })
})
