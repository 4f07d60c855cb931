import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { listAudit } from '../../../../electron/core/audit/audit-queries'
import { openTestCabinet, type TestCabinet } from '../../../helpers/session'
import { useTempDirs } from '../../../helpers/temp-dir'
import { COORDINATOR, VOLUNTEER, errorOf, setUpCabinet } from '../host/fixture'
import { runOperation } from '../../../../electron/core/operations'

describe('listAudit', () => {
  const tempDir = useTempDirs()
  let cab: TestCabinet
  let clock: Date

  beforeEach(() => {
    clock = new Date('2025-03-01T09:00:00.000Z')
    cab = openTestCabinet(tempDir(), { now: () => clock })
    const coord = cab.as('coordinator')
    const vol = cab.as('volunteer')
    const at = (iso: string, s: typeof coord, action: string) => {
      clock = new Date(iso)
      s.audit({ action, recordType: 'family', recordId: 1 })
    }
    at('2025-03-01T09:00:00.000Z', coord, 'auth.login') // 1
    at('2025-03-01T23:30:00.000Z', vol, 'family.view') // 2
    at('2025-03-02T08:00:00.000Z', coord, 'family.update') // 3
    at('2025-03-03T10:00:00.000Z', coord, 'family_x.view') // 4
    at('2025-03-04T10:00:00.000Z', vol, 'auth.lock') // 5
  })
  afterEach(() => cab.close())

  const ids = (filter: Parameters<typeof listAudit>[1]) => listAudit(cab.as('coordinator'), filter).map((r) => r.id)

  it('lists newest first, with every column', () => {
    const rows = listAudit(cab.as('coordinator'), {})
    expect(rows.map((r) => r.id)).toEqual([5, 4, 3, 2, 1])
    expect(rows[4]).toMatchObject({
      id: 1,
      at: '2025-03-01T09:00:00.000Z',
      actor: 'coordinator',
      action: 'auth.login',
      recordType: 'family',
      recordId: '1',
      detail: null,
    })
    expect(rows[4].mac).toMatch(/^[0-9a-f]{64}$/)
  })

  it('filters by user, by action prefix (LIKE wildcards taken literally) and by dates', () => {
    const vol = cab.as('volunteer').user.id
    expect(ids({ userId: vol })).toEqual([5, 2])
    expect(ids({ action: 'family' })).toEqual([4, 3, 2])
    expect(ids({ action: 'family.' })).toEqual([3, 2])
    expect(ids({ action: 'family_' })).toEqual([4])
    expect(ids({ action: '%' })).toEqual([])
    // A bare `to` date includes the whole of that day.
    expect(ids({ from: '2025-03-01', to: '2025-03-01' })).toEqual([2, 1])
    expect(ids({ from: '2025-03-02T00:00:00.000Z', to: '2025-03-03T10:00:00.000Z' })).toEqual([4, 3])
  })

  it('pages with beforeId and keeps limit between 1 and 500', () => {
    expect(ids({ limit: 2 })).toEqual([5, 4])
    expect(ids({ limit: 2, beforeId: 4 })).toEqual([3, 2])
    expect(ids({ limit: 0 })).toEqual([5])
    expect(ids({ limit: 10_000 })).toHaveLength(5)
  })

  it('P27: is refused to a volunteer', () => {
    expect(errorOf(() => runOperation(cab.as('volunteer'), 'app.audit.list', {})).code).toBe('forbidden')
  })
})

describe('P28: the audit log holds no personal data', () => {
  const tempDir = useTempDirs()

  it('P28: creating users and changing the centre records ids and roles only, never names or addresses', () => {
    const { host } = setUpCabinet(tempDir())
    try {
      const vol = runOperation(host, 'app.users.add', { ...VOLUNTEER, role: 'volunteer' })
      runOperation(host, 'app.centre.update', { ...runOperation(host, 'app.centre.get', {}), address: '7 Secret Row, Devizes SN10 1AA' })
      const creates = runOperation(host, 'app.audit.list', { action: 'user.create' }).rows
      expect(creates.map((r) => ({ recordType: r.recordType, recordId: r.recordId, detail: r.detail }))).toEqual([
        { recordType: 'user', recordId: String(vol.id), detail: '{"role":"volunteer"}' },
        { recordType: 'user', recordId: '1', detail: '{"role":"coordinator"}' },
      ])
      // The stored columns: the page's `who` and `record` are looked up as it is read (record-labels.test.ts).
      const everything = JSON.stringify(runOperation(host, 'app.audit.list', { limit: 500 }).rows.map(({ who: _who, record: _record, ...stored }) => stored))
      for (const personal of [VOLUNTEER.displayName, COORDINATOR.displayName, 'Siân', 'Secret Row', 'SN10']) {
        expect(everything).not.toContain(personal)
      }
    } finally {
      host.close()
    }
  })
})
