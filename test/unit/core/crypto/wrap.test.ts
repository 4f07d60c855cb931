import { describe, expect, it } from 'vitest'
import { unwrapKey, wipe, wrapKey } from '../../../../electron/core/crypto/wrap'

const hex = (s: string) => Buffer.from(s, 'hex')

describe('AES-256-GCM key wrapping', () => {
  // McGrew & Viega, "The Galois/Counter Mode of Operation", test case 16 (AES-256, 96-bit IV, AAD).
  const tc16 = {
    key: hex('feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308'),
    nonce: hex('cafebabefacedbaddecaf888'),
    plaintext: hex('d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a721c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39'),
    aad: hex('feedfacedeadbeeffeedfacedeadbeefabaddad2'),
    ciphertext: '522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662',
    tag: '76fc6ece0f4e1768cddf8853bb2d551b',
  }

  it('P28: produces the published ciphertext and tag for GCM test case 16', () => {
    const w = wrapKey(tc16.key, tc16.plaintext, tc16.aad, tc16.nonce)
    expect(w.ciphertext.toString('hex')).toBe(tc16.ciphertext)
    expect(w.tag.toString('hex')).toBe(tc16.tag)
    expect(unwrapKey(tc16.key, w, tc16.aad)).toEqual(tc16.plaintext)
  })

  it('produces the published tag for GCM test case 14 (zero key, zero IV, one zero block)', () => {
    const w = wrapKey(Buffer.alloc(32), Buffer.alloc(16), Buffer.alloc(0), Buffer.alloc(12))
    expect(w.ciphertext.toString('hex')).toBe('cea7403d4d606b6e074ec5d3baf39d18')
    expect(w.tag.toString('hex')).toBe('d0d1c8a799996bf0265b98b5d48ab919')
  })

  it('round-trips a 32-byte key with a fresh random nonce each time', () => {
    const kek = Buffer.alloc(32, 7)
    const key = Buffer.alloc(32, 9)
    const aad = Buffer.from('slot identity')
    const a = wrapKey(kek, key, aad)
    const b = wrapKey(kek, key, aad)
    expect(a.nonce.equals(b.nonce)).toBe(false)
    expect(unwrapKey(kek, a, aad)).toEqual(key)
  })

  it('returns null, never partial plaintext, when any part was changed', () => {
    const kek = Buffer.alloc(32, 7)
    const key = Buffer.alloc(32, 9)
    const aad = Buffer.from('slot identity')
    const w = wrapKey(kek, key, aad)
    const flip = (b: Buffer) => {
      const c = Buffer.from(b)
      c[0] ^= 1
      return c
    }
    expect(unwrapKey(Buffer.alloc(32, 8), w, aad)).toBeNull()
    expect(unwrapKey(kek, w, Buffer.from('slot identitY'))).toBeNull()
    expect(unwrapKey(kek, { ...w, ciphertext: flip(w.ciphertext) }, aad)).toBeNull()
    expect(unwrapKey(kek, { ...w, tag: flip(w.tag) }, aad)).toBeNull()
    expect(unwrapKey(kek, { ...w, nonce: flip(w.nonce) }, aad)).toBeNull()
    expect(unwrapKey(kek, { ...w, tag: w.tag.subarray(0, 12) }, aad)).toBeNull()
  })

  it('refuses a wrapping key or nonce of the wrong size', () => {
    expect(() => wrapKey(Buffer.alloc(16), Buffer.alloc(32), Buffer.alloc(0))).toThrow(/32 bytes/)
    expect(() => wrapKey(Buffer.alloc(32), Buffer.alloc(32), Buffer.alloc(0), Buffer.alloc(16))).toThrow(/12 bytes/)
  })

  it('wipe zeroes every buffer it is given and ignores missing ones', () => {
    const a = Buffer.alloc(32, 0xaa)
    const b = Buffer.alloc(8, 0x55)
    wipe(a, null, b, undefined)
    expect(a.every((x) => x === 0)).toBe(true)
    expect(b.every((x) => x === 0)).toBe(true)
  })
})
