import { createHash, randomBytes } from 'node:crypto'
import { CabinetError } from '../errors'

/**
 * The recovery key: 160 random bits, shown once at setup for the coordinator to print and lock
 * away. It is written in Crockford's base32 (no I, L, O or U, so it survives handwriting and
 * reading aloud) as 32 data characters plus 4 check characters, in nine groups of four:
 * `7K3M-Q9XT-…`. The check characters (20 bits of a hash) let us say "that has a typo" instead
 * of the less helpful "wrong key" when a character is misread.
 */
export const RECOVERY_KEY_BYTES = 20
const DATA_CHARS = 32 // 160 bits / 5 bits per character
const CHECK_CHARS = 4
export const RECOVERY_KEY_CHARS = DATA_CHARS + CHECK_CHARS
const GROUP = 4

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const CHECK_DOMAIN = Buffer.from('cabinet/v1/recovery-key-check', 'utf8')
const FIELD = 'recoveryKey'

export function generateRecoveryKey(): { key: Buffer; text: string } {
  const key = randomBytes(RECOVERY_KEY_BYTES)
  return { key, text: formatRecoveryKey(key) }
}

export function formatRecoveryKey(key: Buffer): string {
  if (key.length !== RECOVERY_KEY_BYTES) {
    throw new CabinetError('usage', `A recovery key is ${RECOVERY_KEY_BYTES} bytes, not ${key.length}.`)
  }
  const chars = encodeBase32(key) + checkChars(key)
  const groups: string[] = []
  for (let i = 0; i < chars.length; i += GROUP) groups.push(chars.slice(i, i + GROUP))
  return groups.join('-')
}

/**
 * Forgiving about how it was typed (case, spaces, dashes in any place or none, and Crockford's
 * look-alikes I/L → 1 and O → 0), strict about what it says: wrong length, a character that is
 * not in the alphabet, or a failed check each get their own message.
 */
export function parseRecoveryKey(text: string): Buffer {
  const cleaned = text
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-‐-―_.]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0')
  if (cleaned.length === 0) {
    throw new CabinetError('validation', 'Enter the recovery key.', { field: FIELD })
  }
  const bad = [...cleaned].find((c) => !ALPHABET.includes(c))
  if (bad !== undefined) {
    throw new CabinetError('validation', `A recovery key uses only the digits 0–9 and the letters A–Z except U; “${bad}” is not one of them.`, { field: FIELD })
  }
  if (cleaned.length !== RECOVERY_KEY_CHARS) {
    throw new CabinetError('validation', `A recovery key has ${RECOVERY_KEY_CHARS} characters (nine groups of four); this has ${cleaned.length}.`, {
      field: FIELD,
    })
  }
  const key = decodeBase32(cleaned.slice(0, DATA_CHARS))
  if (checkChars(key) !== cleaned.slice(DATA_CHARS)) {
    key.fill(0)
    throw new CabinetError('validation', 'That recovery key has a typo: check each group against the printed copy.', { field: FIELD })
  }
  return key
}

function checkChars(key: Buffer): string {
  const digest = createHash('sha256').update(CHECK_DOMAIN).update(key).digest()
  // The first 20 bits of the digest, as four base32 characters.
  const bits = (digest[0] << 12) | (digest[1] << 4) | (digest[2] >> 4)
  let out = ''
  for (let i = CHECK_CHARS - 1; i >= 0; i--) out += ALPHABET[(bits >> (i * 5)) & 31]
  return out
}

/** Big-endian, no padding: 20 bytes are exactly 32 characters. */
function encodeBase32(bytes: Buffer): string {
  let out = ''
  let acc = 0
  let nbits = 0
  for (const byte of bytes) {
    acc = (acc << 8) | byte
    nbits += 8
    while (nbits >= 5) {
      nbits -= 5
      out += ALPHABET[(acc >> nbits) & 31]
    }
    acc &= (1 << nbits) - 1
  }
  return out
}

function decodeBase32(chars: string): Buffer {
  const out = Buffer.alloc((chars.length * 5) / 8)
  let acc = 0
  let nbits = 0
  let i = 0
  for (const c of chars) {
    acc = (acc << 5) | ALPHABET.indexOf(c)
    nbits += 5
    if (nbits >= 8) {
      nbits -= 8
      out[i++] = (acc >> nbits) & 0xff
    }
    acc &= (1 << nbits) - 1
  }
  return out
}
