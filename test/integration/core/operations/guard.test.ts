import { afterEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { ContractBreach, implement, outsideTransaction } from '../../../../electron/core/operations/guard'
import { defineApi, op } from '../../../../electron/core/operations/spec'
import { errorOf } from '../../../helpers/errors'
import { openTestCabinet, type TestCabinet } from '../../../helpers/session'
import { useTempDirs } from '../../../helpers/temp-dir'

const tempDir = useTempDirs()
let cab: TestCabinet | null = null
afterEach(() => {
  cab?.close()
  cab = null
})

/** A tiny area whose functions write a settings row, so a test can see what was kept. */
const api = defineApi('t', {
  't.write': op({
    args: z.object({ value: z.string().min(1, 'Enter a value') }),
    result: z.object({ kept: z.string() }),
    access: 'settings.manage',
    audit: 'test.write',
  }),
  't.fail': op({ args: z.object({}), result: z.null(), access: 'settings.manage', audit: 'test.fail' }),
  't.broken': op({ args: z.object({}), result: z.object({ n: z.number() }), access: 'session', audit: 'test.broken' }),
  't.quiet': op({ args: z.object({}), result: z.null(), access: 'session', audit: 'test.quiet' }),
  't.later': op({ args: z.object({}), result: z.object({ ok: z.boolean() }), access: 'session', audit: 'test.later' }),
})

const calls: string[] = []
const table = implement(api, {
  't.write': ({ value }, { session, auditRecord }) => {
    calls.push('t.write')
    session.db.prepare("INSERT INTO settings (key, value) VALUES ('t', ?)").run(JSON.stringify(value))
    auditRecord('settings', 't', { length: value.length })
    return { kept: value, extra: 'never leaves the core' } as { kept: string }
  },
  't.fail': (_input, { session }) => {
    session.db.prepare("INSERT INTO settings (key, value) VALUES ('t', '\"half\"')").run()
    throw new Error('the disk filled up')
  },
  't.broken': (_input, { session }) => {
    session.db.prepare("INSERT INTO settings (key, value) VALUES ('t', '\"broken\"')").run()
    return { n: 'one' } as unknown as { n: number }
  },
  't.quiet': (_input, { skipAudit }) => {
    skipAudit()
    return null
  },
  't.later': outsideTransaction(async (_input, { auditRecord }) => {
    await new Promise((resolve) => setImmediate(resolve))
    auditRecord('settings', 'later')
    return { ok: true }
  }),
})

function open(): TestCabinet {
  cab = openTestCabinet(tempDir())
  calls.length = 0
  return cab
}
const kept = (c: TestCabinet) => c.db.prepare("SELECT value FROM settings WHERE key = 't'").pluck().get()
const audited = (c: TestCabinet, action: string) =>
  c.db.prepare('SELECT record_type AS type, record_id AS id, detail FROM audit_log WHERE action = ?').all(action)

describe('the guard: one wrapper, in order', () => {
  it('P27: refuses a role without the permission before it parses anything, so the caller learns nothing', () => {
    const c = open()
    const e = errorOf(() => table['t.write'](c.as('volunteer'), { value: '' }))
    expect(e.code).toBe('forbidden')
    expect(calls).toEqual([])
  })

  it('parses the arguments and names the field, before the function runs', () => {
    const c = open()
    const e = errorOf(() => table['t.write'](c.as('coordinator'), { value: '' }))
    expect([e.code, e.field, e.message]).toEqual(['validation', 'value', 'Enter a value'])
    expect(errorOf(() => table['t.write'](c.as('coordinator'), null as never)).code).toBe('validation')
    expect(calls).toEqual([])
  })

  it('P28: writes the spec’s audit row about the record the function names, and strips what the result spec does not name', () => {
    const c = open()
    expect(table['t.write'](c.as('coordinator'), { value: 'abc' })).toEqual({ kept: 'abc' })
    expect(audited(c, 'test.write')).toEqual([{ type: 'settings', id: 't', detail: JSON.stringify({ length: 3 }) }])
  })

  it('rolls back everything the function wrote when it throws: nothing half written, no audit row', () => {
    const c = open()
    expect(() => table['t.fail'](c.as('coordinator'), {})).toThrow('the disk filled up')
    expect(kept(c)).toBeUndefined()
    expect(audited(c, 'test.fail')).toEqual([])
  })

  it('rolls back a result that breaks its spec, and reports field paths only', () => {
    const c = open()
    expect(() => table['t.broken'](c.as('coordinator'), {})).toThrow(ContractBreach)
    expect(() => table['t.broken'](c.as('coordinator'), {})).toThrow('t.broken returned a result that does not match its spec (n)')
    expect(kept(c)).toBeUndefined()
    expect(audited(c, 'test.broken')).toEqual([])
  })

  it('leaves no audit row when the function says nothing was shown or changed', () => {
    const c = open()
    expect(table['t.quiet'](c.as('coordinator'), {})).toBeNull()
    expect(audited(c, 'test.quiet')).toEqual([])
  })

  it('audits an operation that awaits after it resolves', async () => {
    const c = open()
    await expect(table['t.later'](c.as('volunteer'), {})).resolves.toEqual({ ok: true })
    expect(audited(c, 'test.later')).toEqual([{ type: 'settings', id: 'later', detail: null }])
    // A refusal of an operation that awaits is a rejected promise, never a throw.
    const refused = table['t.later'](c.as('volunteer'), null as never)
    await expect(refused).rejects.toMatchObject({ code: 'validation' })
  })
})
