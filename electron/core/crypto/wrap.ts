import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'

/** AES-256-GCM with the recommended 96-bit nonce and the full 128-bit tag. */
export const WRAP_KEY_BYTES = 32
export const WRAP_NONCE_BYTES = 12
export const WRAP_TAG_BYTES = 16

export interface Wrapped {
  nonce: Buffer
  ciphertext: Buffer
  tag: Buffer
}

/**
 * Encrypt `plaintext` (a key) under `kek`, authenticating `aad` alongside it. `nonce` is
 * injectable only so known-answer tests can pin it; real callers let it be random (each wrap
 * uses a fresh KEK anyway, since every rewrap draws a fresh salt).
 */
export function wrapKey(kek: Buffer, plaintext: Buffer, aad: Buffer, nonce: Buffer = randomBytes(WRAP_NONCE_BYTES)): Wrapped {
  checkLengths(kek, nonce)
  const cipher = createCipheriv('aes-256-gcm', kek, nonce, { authTagLength: WRAP_TAG_BYTES })
  cipher.setAAD(aad)
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()])
  return { nonce: Buffer.from(nonce), ciphertext, tag: cipher.getAuthTag() }
}

/**
 * The plaintext, or null when authentication fails (wrong key, or any byte of nonce, ciphertext,
 * tag or AAD changed). Callers turn null into their own specific CabinetError.
 */
export function unwrapKey(kek: Buffer, wrapped: Wrapped, aad: Buffer): Buffer | null {
  checkLengths(kek, wrapped.nonce)
  if (wrapped.tag.length !== WRAP_TAG_BYTES) return null
  const decipher = createDecipheriv('aes-256-gcm', kek, wrapped.nonce, { authTagLength: WRAP_TAG_BYTES })
  decipher.setAAD(aad)
  decipher.setAuthTag(wrapped.tag)
  const head = decipher.update(wrapped.ciphertext)
  try {
    decipher.final()
  } catch {
    // GCM releases unauthenticated plaintext from update(); never let it escape.
    wipe(head)
    return null
  }
  return head
}

/** Overwrite a buffer we own (derived keys, a master key at lock) so it does not linger in memory. */
export function wipe(...buffers: (Buffer | null | undefined)[]): void {
  for (const b of buffers) b?.fill(0)
}

function checkLengths(kek: Buffer, nonce: Buffer): void {
  if (kek.length !== WRAP_KEY_BYTES) throw new RangeError('wrapping key must be 32 bytes')
  if (nonce.length !== WRAP_NONCE_BYTES) throw new RangeError('nonce must be 12 bytes')
}
