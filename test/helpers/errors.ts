import { expect } from 'vitest'
import { CabinetError } from '../../electron/core/errors'

/** The CabinetError `fn` throws (failing the test if it throws anything else or nothing). */
export function errorOf(fn: () => unknown): CabinetError {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(CabinetError)
    return e as CabinetError
  }
  throw new Error('expected a CabinetError, but nothing was thrown')
}

/** The CabinetError `fn` throws or its promise rejects with (an operation that awaits rejects). */
export async function refusalOf(fn: () => unknown): Promise<CabinetError> {
  try {
    await fn()
  } catch (e) {
    expect(e).toBeInstanceOf(CabinetError)
    return e as CabinetError
  }
  throw new Error('expected a CabinetError, but nothing was thrown or rejected')
}
