import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { contract, mayCall } from '../../../electron/contract'
import { PERMISSIONS } from '../../../electron/core/auth/permissions'
import { operations } from '../../../electron/core/operations'
import { defineApi, mergeTables, op, type OperationSpec } from '../../../electron/core/operations/spec'

describe('operation registry', () => {
  it('has exactly one guarded function for every spec in the contract, and none without a spec', () => {
    expect(Object.keys(operations).sort()).toEqual(Object.keys(contract).sort())
  })

  it('gives every operation a known access rule and an audit action (or says why it has none)', () => {
    for (const [name, spec] of Object.entries(contract) as [string, OperationSpec][]) {
      expect(['public', 'session', ...Object.keys(PERMISSIONS)], name).toContain(spec.access)
      if (spec.audit !== null) {
        const action = typeof spec.audit === 'string' ? spec.audit : spec.audit.action
        expect(action, name).toMatch(/^[a-z_]+(\.[a-z_-]+)+$/)
      }
    }
  })

  it('P27: the renderer reads the same rule the guard applies (mayCall)', () => {
    expect(mayCall('volunteer', 'app.users.add')).toBe(false)
    expect(mayCall('coordinator', 'app.users.add')).toBe(true)
    expect(mayCall('volunteer', 'families.search')).toBe(true)
    expect(mayCall('volunteer', 'app.lock')).toBe(true)
  })

  it('refuses two areas declaring the same operation name', () => {
    const spec = op({ args: z.object({}), result: z.null(), access: 'public', audit: null })
    expect(() => mergeTables('operation', { 'a.same': spec }, { 'a.same': spec })).toThrow('duplicate operation: a.same')
  })

  it("refuses an operation outside its area's prefix", () => {
    const spec = op({ args: z.object({}), result: z.null(), access: 'public', audit: null })
    expect(() => defineApi('families', { 'app.sneaky': spec })).toThrow('operation app.sneaky must start with "families."')
  })
})
