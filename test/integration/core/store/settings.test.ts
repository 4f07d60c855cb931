import { afterEach, describe, expect, it } from 'vitest'
import type { CabinetHost } from '../../../../electron/core/cabinet'
import { readSetting, writeSetting } from '../../../../electron/core/settings/settings'
import { useTempDirs } from '../../../helpers/temp-dir'
import { CENTRE, errorOf, setUpCabinet } from '../host/fixture'
import { runOperation } from '../../../../electron/core/operations'

describe('centre details and preferences', () => {
  const tempDir = useTempDirs()
  const hosts: CabinetHost[] = []
  afterEach(() => {
    for (const h of hosts.splice(0)) h.close()
  })
  const cabinet = () => {
    const made = setUpCabinet(tempDir())
    hosts.push(made.host)
    return made
  }

  it('stores the centre details given at setup and updates them trimmed, audited without the details', () => {
    const { host } = cabinet()
    expect(runOperation(host, 'app.centre.get', {})).toEqual(CENTRE)
    const next = runOperation(host, 'app.centre.update', { ...CENTRE, name: '  Canolfan Cyswllt Plant  ', contactPhone: ' 01225 111111 ' })
    expect(next).toEqual({ ...CENTRE, name: 'Canolfan Cyswllt Plant', contactPhone: '01225 111111' })
    expect(runOperation(host, 'app.centre.get', {})).toEqual(next)
    const [row] = runOperation(host, 'app.audit.list', { action: 'settings.centre_update' }).rows
    expect([row.recordType, row.recordId, row.detail]).toEqual(['settings', 'centre', null])
  })

  it('refuses a missing or over-long centre name on the name field, keeping the old details', () => {
    const { host } = cabinet()
    for (const name of ['   ', 'x'.repeat(201)]) {
      const e = errorOf(() => runOperation(host, 'app.centre.update', { ...CENTRE, name }))
      expect({ code: e.code, field: e.field }).toEqual({ code: 'validation', field: 'name' })
    }
    expect(runOperation(host, 'app.centre.get', {})).toEqual(CENTRE)
  })

  it('defaults auto-lock to 5 minutes and accepts whole minutes from 1 to 120 only', () => {
    const { host } = cabinet()
    expect(runOperation(host, 'app.preferences.get', {})).toEqual({ autoLockMinutes: 5 })
    for (const bad of [0, 121, 2.5, Number.NaN]) {
      const e = errorOf(() => runOperation(host, 'app.preferences.update', { autoLockMinutes: bad }))
      expect({ bad, code: e.code, field: e.field }).toEqual({ bad, code: 'validation', field: 'autoLockMinutes' })
    }
    expect(runOperation(host, 'app.preferences.update', { autoLockMinutes: 120 })).toEqual({ autoLockMinutes: 120 })
    expect(runOperation(host, 'app.preferences.get', {})).toEqual({ autoLockMinutes: 120 })
    expect(runOperation(host, 'app.audit.list', { action: 'settings.preferences_update' }).rows[0].detail).toBe('{"autoLockMinutes":120}')
  })

  it('keeps settings as JSON under a key, overwriting in place', () => {
    const { session } = cabinet()
    expect(readSetting(session.db, 'area.thing')).toBeUndefined()
    writeSetting(session.db, 'area.thing', { a: [1, 'Siân'] })
    writeSetting(session.db, 'area.thing', { a: [2] })
    expect(readSetting(session.db, 'area.thing')).toEqual({ a: [2] })
    expect(session.db.prepare("SELECT count(*) AS n FROM settings WHERE key = 'area.thing'").get()).toEqual({ n: 1 })
  })

  it('reports missing centre details as damaged', () => {
    const { host, session } = cabinet()
    session.db.prepare("DELETE FROM settings WHERE key = 'centre'").run()
    expect(errorOf(() => runOperation(host, 'app.centre.get', {})).code).toBe('damaged')
  })
})
