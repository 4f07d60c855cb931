import { describe, expect, it } from 'vitest'
import type { FamilyView } from '../../../../electron/core/families/views'
import { newFamily } from '../../core/families/fixtures'
import { VOLUNTEER, useAppFixtures } from '../app-fixture'
import type { Session } from '../../../../electron/core/session'
import { bookForVolunteerToday } from '../../../helpers/session-day'

const open = useAppFixtures()

describe('safeguarding through the dispatcher', () => {
  it('P01, P27: a volunteer raises a concern and gets back only “submitted”; listing, searching and reading are refused', async () => {
    const f = open()
    const { volunteerId } = await f.setUpWithVolunteer()
    const { familyId } = await f.ok<{ familyId: number }>('families.create', newFamily())
    // A volunteer sees a family only when it is booked into their session today (P27).
    bookForVolunteerToday(f.host.session!, { user: { id: volunteerId } } as Session, [familyId])
    await f.ok('app.lock')
    await f.ok('app.login', { username: VOLUNTEER.username, password: VOLUNTEER.password })
    await f.ok('app.acknowledgeConfidentiality')
    const family = await f.ok<FamilyView>('families.get', { id: familyId })
    const raised = await f.ok('safeguarding.raise', {
      familyId,
      personIds: [family.children[0].id],
      occurredOn: '2026-03-14',
      account: 'She said she was frightened to go home.',
    })
    expect(raised).toEqual({ submitted: true })
    for (const [channel, args] of [
      ['safeguarding.list', {}],
      ['safeguarding.list', { query: 'Zoë' }],
      ['safeguarding.get', { id: 1 }],
      ['safeguarding.forFamily', { familyId }],
      ['safeguarding.unseen', {}],
      ['holds.on', { subject: { type: 'family', id: familyId } }],
    ] as const) {
      expect((await f.fails(channel, args)).code, channel).toBe('forbidden')
    }
  })
})
