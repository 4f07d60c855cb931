import { runOperation } from '../../../../electron/core/operations'
import type { RaiseConcernArgs } from '../../../../electron/core/safeguarding/schemas'
import { openTestCabinet, type TestCabinet } from '../../../helpers/session'
import { fixedNow, newFamily } from '../families/fixtures'

/** A Cabinet with one family (Siân, Tomasz, Zoë and Jan) and a second family, for safeguarding tests. */
export function safeguardingCabinet(dir: string) {
  const cab: TestCabinet = openTestCabinet(dir, { now: fixedNow })
  const s = cab.as('coordinator')
  const { familyId } = runOperation(s, 'families.create', newFamily())
  const family = runOperation(s, 'families.get', { id: familyId })
  const other = runOperation(
    s,
    'families.create',
    newFamily({ children: [{ givenName: 'Ava', familyName: 'Ross', dateOfBirth: '2016-02-29', livesWith: 'resident' }] }),
  )
  const otherFamily = runOperation(s, 'families.get', { id: other.familyId })
  const [zoe, jan] = family.children
  const [sian] = family.adults
  const concern = (over: Partial<RaiseConcernArgs> = {}): RaiseConcernArgs => ({
    familyId,
    personIds: [zoe.id],
    occurredOn: '2026-03-14',
    occurredTime: '10:45',
    location: 'Family room',
    account: 'Zoë said her arm hurt and flinched when her father reached for her.',
    immediateAction: 'Told the coordinator on duty.',
    ...over,
  })
  return { cab, s, familyId, family, zoe, jan, sian, otherFamily, concern }
}
