import { describe, expect, it } from 'vitest'
import { isCi, loadIndependentSqlcipher } from '../../helpers/independent-sqlcipher'

const missing = () => Promise.reject(new Error('Cannot find package'))

describe('test helpers: the optional independent SQLCipher', () => {
  it('CI counts as on for any value but empty, 0 or false', () => {
    expect([undefined, '', '0', 'false', 'FALSE'].map((CI) => isCi({ CI }))).toEqual([false, false, false, false, false])
    expect(['true', '1', 'yes'].map((CI) => isCi({ CI }))).toEqual([true, true, true])
  })

  it('gives the module when it loads, in or out of CI', async () => {
    const lib = { OPEN_READWRITE: 2 }
    for (const CI of ['true', undefined]) {
      const found = await loadIndependentSqlcipher<typeof lib>({ env: { CI }, importModule: () => Promise.resolve({ default: lib }) })
      expect(found.skip).toBe(false)
      expect(found.load()).toBe(lib)
    }
  })

  it('P28: on CI a module that cannot load fails the check, saying how to install it', async () => {
    const warnings: string[] = []
    const found = await loadIndependentSqlcipher({ env: { CI: 'true' }, importModule: missing, warn: (m) => warnings.push(m) })
    expect(found.skip).toBe(false)
    expect(() => found.load()).toThrow(/must run on CI, but @journeyapps\/sqlcipher could not be loaded \(Cannot find package\).*npm install --include=optional/)
    expect(warnings).toEqual([])
  })

  it('outside CI a module that cannot load skips the check, printing why', async () => {
    const warnings: string[] = []
    const found = await loadIndependentSqlcipher({ env: {}, importModule: missing, warn: (m) => warnings.push(m) })
    expect(found.skip).toBe(true)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/^Skipping the independent SQLCipher 4 check: .*Cannot find package.*On CI this fails instead/)
  })
})
