import { describe, expect, it } from 'vitest'
import { CabinetError, exitCodeFor, isCabinetError, type ErrorCode } from '../../../../electron/core/errors'

describe('CabinetError', () => {
  it('carries a code, a message for the coordinator, the field at fault and the cause', () => {
    const cause = new Error('low level')
    const e = new CabinetError('validation', 'Enter the centre name.', { field: 'name', cause })
    expect(e).toBeInstanceOf(Error)
    expect(e.name).toBe('CabinetError')
    expect(e.code).toBe('validation')
    expect(e.message).toBe('Enter the centre name.')
    expect(e.field).toBe('name')
    expect(e.cause).toBe(cause)
    expect(isCabinetError(e)).toBe(true)
    expect(isCabinetError(cause)).toBe(false)
    expect(new CabinetError('auth', 'x').field).toBeUndefined()
  })

  it('maps every code to the CLI exit code: 2 usage, 3 authentication, 4 data or integrity', () => {
    const expected: Record<ErrorCode, number> = {
      usage: 2,
      validation: 2,
      conflict: 2,
      not_found: 2,
      cancelled: 2,
      auth: 3,
      locked_out: 3,
      disabled: 3,
      forbidden: 3,
      locked: 3,
      missing_folder: 4,
      not_cabinet: 4,
      in_use: 4,
      newer_version: 4,
      damaged: 4,
      integrity: 4,
      storage: 4,
      internal: 4,
    }
    for (const [code, exit] of Object.entries(expected)) expect({ code, exit: exitCodeFor(code as ErrorCode) }).toEqual({ code, exit })
  })
})
