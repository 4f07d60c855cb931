import { randomBytes } from 'node:crypto'
import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { runLoginHooks } from '../../../../electron/core/login-hooks'
import { openTestCabinet, type TestCabinet } from '../../../helpers/session'
import { useTempDirs } from '../../../helpers/temp-dir'

const tempDir = useTempDirs()
let cab: TestCabinet | undefined
afterEach(() => cab?.close())

describe('login hooks come from the areas’ data maps', () => {
  it('a login runs the vault’s orphan sweep, whatever the role', () => {
    cab = openTestCabinet(tempDir())
    const orphan = join(cab.dir, 'vault', randomBytes(16).toString('hex'))
    writeFileSync(orphan, randomBytes(100))
    runLoginHooks(cab.as('volunteer'))
    expect(existsSync(orphan)).toBe(false)
    const audit = cab.db.prepare("SELECT actor, detail FROM audit_log WHERE action = 'document.sweep'").get() as { actor: string; detail: string }
    expect(audit.actor).toBe('volunteer')
    expect(JSON.parse(audit.detail)).toEqual({ removedBlobs: 1, removedTemps: 0 })
  })
})
