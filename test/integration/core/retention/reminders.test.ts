import { afterEach, describe, expect, it } from 'vitest'
import { runOperation } from '../../../../electron/core/operations'
import { useTempDirs } from '../../../helpers/temp-dir'
import { newFamily, referral } from '../families/fixtures'
import { setUpCabinet, type SetUpCabinet } from '../host/fixture'

const tempDir = useTempDirs()
let cab: SetUpCabinet | undefined
afterEach(() => cab?.host.close())

describe('the Reminders page', () => {
  it('P31: lists, most urgent first, disposals due and falling due, holds past review, the policy review and the backup, each one click from its record', () => {
    let clock = new Date('2024-01-10T10:00:00Z')
    cab = setUpCabinet(tempDir(), { now: () => clock })
    const { host } = cab
    expect(runOperation(host, 'reminders.list', {}).items.map((i) => i.title)).toEqual(
      expect.arrayContaining(['Choose the centre’s retention schedule', expect.stringMatching(/^No backup has been made yet/)]),
    )
    runOperation(host, 'retention.schedule.adopt', { preset: 'mm' })
    const a = runOperation(host, 'families.create', newFamily({ referral: referral({ receivedOn: '2024-01-02' }) }))
    runOperation(host, 'families.referrals.transition', { referralId: a.referralId!, to: 'withdrawn', on: '2024-01-09', reason: null })
    const b = runOperation(host, 'families.create', newFamily({ referral: referral({ receivedOn: '2024-01-03' }) }))
    runOperation(host, 'holds.place', { subject: { type: 'family', id: b.familyId }, kind: 'legal', reason: 'Proceedings', reviewOn: '2024-12-01' })
    runOperation(host, 'retention.reviews.record', { reviewedOn: '2024-01-05', summary: 'Read through; no changes.' })

    clock = new Date('2024-12-20T10:00:00Z')
    const { items, today } = runOperation(host, 'reminders.list', {})
    expect(today).toBe('2024-12-20')
    expect(items.map((i) => [i.source, i.dueOn, i.overdue, i.href])).toEqual([
      ['holds.review', '2024-12-01', true, `#/families/${b.familyId}`],
      ['backups.age', '2024-12-20', false, '#/settings/backups'],
      ['retention.policy-review', '2025-01-05', false, '#/retention/notice'],
      ['retention.disposals', '2025-01-09', false, '#/retention'],
    ])
    expect(items[3].title).toMatch(/^\d+ records about R-2024-0001 .+ falling due for disposal: review them$/)
  })

  it('P27: a volunteer has no Reminders page', () => {
    cab = setUpCabinet(tempDir(), { withVolunteer: true })
    runOperation(cab.host, 'app.lock', {})
    runOperation(cab.host, 'app.login', { username: 'vol', password: 'Velvet Harbour Kite 77' })
    expect(() => runOperation(cab!.host, 'reminders.list', {})).toThrow(expect.objectContaining({ code: 'forbidden' }))
  })
})
