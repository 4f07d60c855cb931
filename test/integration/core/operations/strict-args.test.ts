import { afterEach, describe, expect, it } from 'vitest'
import { runOperation, operations, type OperationName } from '../../../../electron/core/operations'
import { refusalOf } from '../../../helpers/errors'
import { openTestCabinet, type TestCabinet } from '../../../helpers/session'
import { useTempDirs } from '../../../helpers/temp-dir'
import { fixedNow, newFamily } from '../families/fixtures'

/*
 * The guard refuses a key no spec names, for every operation (read from the operations table,
 * so a new one is covered without being listed), naming the key so whoever sent it can fix it.
 */

const tempDir = useTempDirs()
let cab: TestCabinet | null = null
afterEach(() => {
  cab?.close()
  cab = null
})

const EXTRA_KEYS: [string, string, string][] = [
  ['an unknown key', '{"notAField": 1}', 'notAField'],
  ['__proto__', '{"__proto__": {"polluted": true}}', '__proto__'],
  ['constructor', '{"constructor": 1}', 'constructor'],
]

const names = Object.keys(operations) as OperationName[]

function coordinator() {
  cab = openTestCabinet(tempDir(), { now: fixedNow })
  return cab.as('coordinator')
}

describe('the guard refuses unknown argument keys (issue 9)', () => {
  it.each(EXTRA_KEYS)('every operation refuses %s as a validation error naming it', async (_what, raw, key) => {
    const session = coordinator()
    for (const name of names) {
      const e = await refusalOf(() => runOperation(session, name, JSON.parse(raw) as never))
      expect(e.code, name).toBe('validation')
      expect(e.field, name).toBe(key)
      expect(e.message, name).toContain(`Unknown field: "${key}"`)
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses an unknown key added to an operation whose arguments are otherwise valid (minimal args)', async () => {
    const session = coordinator()
    for (const name of ['app.preferences.get', 'app.centre.get', 'families.search', 'app.audit.list', 'documents.list'] as const) {
      expect(() => runOperation(session, name, {} as never)).not.toThrow()
      const e = await refusalOf(() => runOperation(session, name, JSON.parse('{"__proto__": 1}') as never))
      expect([name, e.code, e.field]).toEqual([name, 'validation', '__proto__'])
    }
  })

  it('refuses an unknown key inside a nested object (families.create resident), naming its path, and saves nothing', async () => {
    const session = coordinator()
    const family = newFamily()
    const withExtra = { ...family, resident: { ...family.resident, ...JSON.parse('{"constructor": "x"}') } }
    const e = await refusalOf(() => runOperation(session, 'families.create', withExtra))
    expect([e.code, e.field]).toEqual(['validation', 'resident.constructor'])
    const child = { ...family, children: [{ ...family.children[0], nickname: 'Zo' }] }
    const e2 = await refusalOf(() => runOperation(session, 'families.create', child as never))
    expect([e2.code, e2.field]).toEqual(['validation', 'children.0.nickname'])
    expect(runOperation(session, 'families.search', {}).total).toBe(0)
    // The same family without the extra keys is accepted.
    expect(runOperation(session, 'families.create', family).familyId).toBeGreaterThan(0)
  })
})
