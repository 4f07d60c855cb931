import { createDecipheriv } from 'node:crypto'

export const GCM_TAG_BYTES = 16

/**
 * Open one sealed chunk (body ‖ 16-byte tag) with AES-256-GCM: the plaintext, or null when the tag
 * does not check. GCM hands out plaintext before the tag is checked, so a failed chunk's is zeroed
 * here and never escapes. The vault's blobs and the backup stream both open their chunks this way.
 */
export function openGcmChunk(key: Buffer, nonce: Buffer, sealed: Buffer, aad?: Buffer): Buffer | null {
  const bodyLength = sealed.length - GCM_TAG_BYTES
  const decipher = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: GCM_TAG_BYTES })
  if (aad) decipher.setAAD(aad)
  decipher.setAuthTag(sealed.subarray(bodyLength))
  const plain = decipher.update(sealed.subarray(0, bodyLength))
  try {
    decipher.final()
    return plain
  } catch {
    plain.fill(0)
    return null
  }
}
