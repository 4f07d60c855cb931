import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { disableSlot, listSlots, loginLockedUntil, setPasswordSlot, unlockWithPassword, unlockWithRecoveryKey } from '../../../../electron/core/keyring/keyring'
import { GOLDEN_KEYRING, goldenKeyringJson } from '../../../helpers/keyring-fixtures'
import { errorOf } from '../../../helpers/errors'
import { useTempDirs } from '../../../helpers/temp-dir'

const MASTER = Buffer.from(GOLDEN_KEYRING.masterKeyHex, 'hex')

/** Every entry point that reads the keyring, each of which must refuse a bad file the same way. */
const readers: [string, (file: string) => unknown][] = [
  ['unlockWithPassword', (f) => unlockWithPassword(f, GOLDEN_KEYRING.username, GOLDEN_KEYRING.password)],
  ['unlockWithRecoveryKey', (f) => unlockWithRecoveryKey(f, Buffer.from(GOLDEN_KEYRING.recoveryKeyHex, 'hex'))],
  ['setPasswordSlot', (f) => setPasswordSlot(f, MASTER, { userId: 1, username: 'coordinator', password: 'new' })],
  ['disableSlot', (f) => disableSlot(f, 1)],
  ['listSlots', (f) => listSlots(f)],
  ['loginLockedUntil', (f) => loginLockedUntil(f, 'coordinator')],
]

describe('a damaged or crafted keyring', () => {
  const tempDir = useTempDirs()

  /** Writes `content` as keyring.json, runs every reader, and checks each error and that the file is untouched. */
  function expectRefused(content: string | Buffer, code: string, message: RegExp): void {
    const file = join(tempDir(), 'keyring.json')
    writeFileSync(file, content)
    const before = readFileSync(file)
    for (const [name, read] of readers) {
      const e = errorOf(() => read(file))
      expect({ name, code: e.code }).toEqual({ name, code })
      expect(e.message).toContain(file)
      expect(e.message).toMatch(message)
      expect(readFileSync(file)).toEqual(before)
    }
  }

  it('P28: garbage is refused as damaged, naming the file, and left byte-identical', () => {
    expectRefused(Buffer.from([0x00, 0xff, 0x13, 0x37, 0x0a, 0x80]), 'damaged', /not complete, valid JSON/)
  })

  it('P28: a truncated keyring is refused as damaged and left byte-identical', () => {
    const full = JSON.stringify(GOLDEN_KEYRING.json, null, 2)
    expectRefused(full.slice(0, Math.floor(full.length / 2)), 'damaged', /not complete, valid JSON/)
  })

  it('an empty file is damaged', () => {
    expectRefused('', 'damaged', /not complete, valid JSON/)
  })

  it('valid JSON of the wrong shape is damaged, saying where', () => {
    expectRefused('[]', 'damaged', /damaged \(top level/)
    expectRefused('null', 'damaged', /damaged/)
    const noSalt = goldenKeyringJson() as Record<string, unknown> & ReturnType<typeof goldenKeyringJson>
    delete (noSalt.passwordSlots[0] as Partial<(typeof noSalt.passwordSlots)[0]>).salt
    expectRefused(JSON.stringify(noSalt), 'damaged', /passwordSlots\.0\.salt/)
    const shortTag = goldenKeyringJson()
    shortTag.passwordSlots[0].wrapped.tag = 'AAAA'
    expectRefused(JSON.stringify(shortTag), 'damaged', /wrapped\.tag: must be base64 of 16 bytes/)
    const extra = { ...goldenKeyringJson(), plaintextNote: 'should never be here' }
    expectRefused(JSON.stringify(extra), 'damaged', /damaged/)
    const halfDisabled = goldenKeyringJson()
    halfDisabled.passwordSlots[0].disabled = true
    expectRefused(JSON.stringify(halfDisabled), 'damaged', /wrapped key exactly when it is disabled/)
  })

  it('two slots for the same user, or the same username in another case, are damaged', () => {
    const dup = goldenKeyringJson()
    dup.passwordSlots.push({ ...dup.passwordSlots[0], userId: 2, username: 'COORDINATOR' })
    expectRefused(JSON.stringify(dup), 'damaged', /share a user id or username/)
  })

  it('P28: a huge work factor is refused before any key derivation, and the file is untouched', () => {
    const huge = goldenKeyringJson()
    huge.passwordSlots[0].kdf = { name: 'scrypt', N: 2 ** 30, r: 1_000_000, p: 1000 }
    // Were scrypt attempted at these settings it would exhaust memory or hang past the test timeout.
    expectRefused(JSON.stringify(huge), 'damaged', /key-derivation settings beyond Cabinet's limits .*N=1073741824/)
  })

  it('P28: each over-the-cap parameter on its own is refused as beyond the limits', () => {
    for (const kdf of [
      { N: 2 ** 21, r: 8, p: 1 },
      { N: 2 ** 14, r: 1e6, p: 1 },
      { N: 2 ** 14, r: 8, p: 1e4 },
      { N: 1e300, r: 8, p: 1 },
      { N: 2 ** 20, r: 32, p: 16 },
      // Within the first release's caps, but 11 s and 1.2 GB for each login attempt.
      { N: 2 ** 20, r: 8, p: 2 },
      { N: 2 ** 18, r: 8, p: 2 },
    ]) {
      const json = goldenKeyringJson()
      json.passwordSlots[0].kdf = { name: 'scrypt', ...kdf }
      expectRefused(JSON.stringify(json), 'damaged', /beyond Cabinet's limits/)
    }
  })

  it('P28: a downgrade below N=2^14 is refused as beyond the limits', () => {
    const weak = goldenKeyringJson()
    weak.passwordSlots[0].kdf = { name: 'scrypt', N: 2 ** 10, r: 8, p: 1 }
    expectRefused(JSON.stringify(weak), 'damaged', /beyond Cabinet's limits .*below the minimum/)
  })

  it('a keyring from a newer Cabinet says to update', () => {
    expectRefused(JSON.stringify({ ...goldenKeyringJson(), version: 2 }), 'newer_version', /newer version of Cabinet/)
  })

  it('a missing keyring means this is not a Cabinet data folder', () => {
    const file = join(tempDir(), 'keyring.json')
    for (const [, read] of readers) {
      const e = errorOf(() => read(file))
      expect(e.code).toBe('not_cabinet')
      expect(e.message).toContain(file)
    }
  })

  it('a folder where the keyring should be is damaged', () => {
    const file = join(tempDir(), 'keyring.json')
    mkdirSync(file)
    expect(errorOf(() => listSlots(file))).toMatchObject({ code: 'damaged', message: expect.stringContaining(file) })
  })
})
