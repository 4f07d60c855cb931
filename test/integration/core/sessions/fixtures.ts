import { runOperation } from '../../../../electron/core/operations'
import type { Session } from '../../../../electron/core/session'
import type { NewSessionArgs } from '../../../../electron/core/sessions/schemas'
import { openTestCabinet, type TestCabinet } from '../../../helpers/session'
import { newFamily, referral } from '../families/fixtures'

/** A clock the test moves: sessions tests start on Monday 16 March 2026, the Saturday after is the 21st. */
export function movableClock(start = '2026-03-16T10:00:00Z') {
  let now = new Date(start)
  return {
    now: () => now,
    set(iso: string) {
      now = new Date(iso)
    },
  }
}

export const SATURDAY = '2026-03-21'

export function saturdaySession(overrides: Partial<NewSessionArgs> = {}): NewSessionArgs {
  return { onDate: SATURDAY, startsAt: '10:00', endsAt: '12:00', room: 'Hall', kind: 'supported', ...overrides }
}

/** A family with an accepted referral: Siân (resident, confidential address), Tomasz O'Neill, Zoë and Jan. */
export function acceptedFamily(s: Session, overrides: Parameters<typeof newFamily>[0] = {}) {
  const { familyId, referralId } = runOperation(s, 'families.create', newFamily({ referral: referral({ receivedOn: '2026-01-10' }), ...overrides }))
  for (const to of ['previsits_booked', 'previsits_done', 'accepted'] as const)
    runOperation(s, 'families.referrals.transition', { referralId: referralId!, to, on: '2026-02-01' })
  const family = runOperation(s, 'families.get', { id: familyId })
  return { familyId, referralId: referralId!, family }
}

export function openSessionsCabinet(dir: string) {
  const clock = movableClock()
  const cab: TestCabinet = openTestCabinet(dir, { now: clock.now })
  return { cab, clock, coordinator: cab.as('coordinator') }
}
