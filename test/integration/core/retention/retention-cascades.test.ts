import { afterEach, describe, expect, it } from 'vitest'
import { runOperation } from '../../../../electron/core/operations'
import { useTempDirs } from '../../../helpers/temp-dir'
import { newFamily } from '../families/fixtures'
import { COORDINATOR, setUpCabinet, type SetUpCabinet } from '../host/fixture'

/*
 * Rows of a table without rowids (a pair table) cannot be named in a disposal: their data map
 * declares that the database removes them with their parent (cascade), and disposal leaves them
 * to it. These are the safeguarding concern's list of the people it names.
 */
const tempDir = useTempDirs()
let cab: SetUpCabinet | undefined
afterEach(() => cab?.host.close())

describe('rows the database removes with their parent', () => {
  it('P11, P17: a closed concern is disposed of, once its youngest child is 25, with its list of the people it names; the people stay', async () => {
    let clock = new Date('2026-03-20T10:00:00Z')
    cab = setUpCabinet(tempDir(), { now: () => clock })
    const { host, session } = cab
    runOperation(host, 'retention.schedule.adopt', { preset: 'ww' })
    const { familyId } = runOperation(host, 'families.create', newFamily())
    const family = runOperation(host, 'families.get', { id: familyId })
    const people = [...family.children, ...family.adults].map((p) => p.id)
    runOperation(host, 'safeguarding.raise', {
      familyId,
      personIds: people,
      occurredOn: '2026-03-14',
      account: 'Zoë said her arm hurt and flinched when her father reached for her.',
    })
    const [concern] = runOperation(host, 'safeguarding.list', {})
    runOperation(host, 'safeguarding.addendum', { concernId: concern.id, text: 'The school was told the same day.' })
    runOperation(host, 'safeguarding.status', { concernId: concern.id, status: 'closed', closedOn: '2026-03-16', outcome: 'No further action' })
    for (const hold of runOperation(host, 'holds.active', {})) runOperation(host, 'holds.lift', { id: hold.id, reason: 'The concern is closed.' })
    const count = (table: string) => session.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get()
    expect(count('safeguarding_concern_person')).toBe(people.length)

    // Jan, the youngest, was born on 15/09/2020.
    clock = new Date('2045-09-16T10:00:00Z')
    const due = runOperation(host, 'retention.review', {}).due.find((s) => s.subject.type === 'family' && s.subject.id === familyId)
    const group = due?.groups.find((g) => g.recordClass === 'safeguarding')
    expect(group).toBeDefined()
    const done = await runOperation(host, 'retention.dispose', {
      groups: [{ subject: group!.subject, recordClass: 'safeguarding' }],
      password: COORDINATOR.password,
    })

    expect(count('safeguarding_concern')).toBe(0)
    expect(count('safeguarding_addendum')).toBe(0)
    expect(count('safeguarding_concern_person')).toBe(0)
    expect(count(`person WHERE family_id = ${familyId}`)).toBe(people.length)
    const [entry] = runOperation(host, 'retention.register', {})
    expect(entry.id).toBe(done.disposalId)
    expect(entry.entries.flatMap((e) => e.refs).sort()).toEqual([`safeguarding_addendum#1`, `safeguarding_concern#${concern.id}`])
    expect(session.db.pragma('foreign_key_check')).toEqual([])
  })
})
