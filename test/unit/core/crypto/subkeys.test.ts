import { describe, expect, it } from 'vitest'
import { deriveSubkey, deriveSubkeys, wipeSubkeys } from '../../../../electron/core/crypto/subkeys'

// Master key 00..1f. Expected values computed independently with an RFC 5869 HKDF-SHA256 written
// in Python (hmac + hashlib), salt "cabinet/v1/key-hierarchy", info "cabinet/<purpose>". A change
// here would make every existing database, audit chain and vault unreadable.
const MASTER = Buffer.from([...Array(32).keys()])
const EXPECTED = {
  database: '6b41469711759db8942546202f6fd3ba2261ddd7af0522d89f0dfaf1c936d9dc',
  auditHmac: '65f24c5ddc52124f00f3eaab25b8ed78444a9f74d5808cff10f25f954c424e1e',
  vault: '93ce10f324e1e9d7aa187ef202de3f7ad73e6b60cc65d51ef6521ceb5944f57a',
  backupManifest: '049aac565c897cd294f0816ff4da770a6e35742168605e0a3a18fe033761dd69',
}

describe('HKDF subkeys of the master key', () => {
  it('P28: derive the known subkeys for a fixed master key', () => {
    const keys = deriveSubkeys(MASTER)
    expect({
      database: keys.database.toString('hex'),
      auditHmac: keys.auditHmac.toString('hex'),
      vault: keys.vault.toString('hex'),
      backupManifest: keys.backupManifest.toString('hex'),
    }).toEqual(EXPECTED)
    expect(deriveSubkey(MASTER, 'audit-hmac').toString('hex')).toBe(EXPECTED.auditHmac)
  })

  it('refuses a master key that is not 32 bytes', () => {
    expect(() => deriveSubkey(Buffer.alloc(16), 'database')).toThrow(/32 bytes/)
  })

  it('wipeSubkeys zeroes every subkey', () => {
    const keys = deriveSubkeys(MASTER)
    wipeSubkeys(keys)
    for (const k of Object.values(keys) as Buffer[]) expect(k.every((b) => b === 0)).toBe(true)
  })
})
