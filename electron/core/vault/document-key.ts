import { randomBytes } from 'node:crypto'
import { CabinetError } from '../errors'
import { unwrapKey, wrapKey, WRAP_NONCE_BYTES, WRAP_TAG_BYTES } from '../crypto/wrap'

/*
 * Every document has its own random 256-bit key. It is stored only in the encrypted database,
 * and even there wrapped (AES-256-GCM) under the vault subkey with the document id as AAD:
 * someone who could read the database pages would still need the vault subkey, and a wrapped
 * key copied onto another document's row fails to unwrap. Destroying the row destroys the key,
 * which makes the blob unreadable whatever happens to its bytes.
 */

export const DOCUMENT_KEY_BYTES = 32
export const WRAPPED_KEY_BYTES = WRAP_NONCE_BYTES + DOCUMENT_KEY_BYTES + WRAP_TAG_BYTES

function aadFor(documentId: string): Buffer {
  return Buffer.from(`cabinet/v1/document-key:${documentId}`, 'utf8')
}

export function newDocumentKey(): Buffer {
  return randomBytes(DOCUMENT_KEY_BYTES)
}

/** nonce | ciphertext | tag, as one column value. */
export function wrapDocumentKey(vaultKey: Buffer, documentId: string, key: Buffer): Buffer {
  const w = wrapKey(vaultKey, key, aadFor(documentId))
  return Buffer.concat([w.nonce, w.ciphertext, w.tag])
}

export function unwrapDocumentKey(vaultKey: Buffer, documentId: string, stored: Buffer, damagedMessage: string): Buffer {
  if (stored.length !== WRAPPED_KEY_BYTES) throw new CabinetError('integrity', damagedMessage)
  const key = unwrapKey(
    vaultKey,
    {
      nonce: stored.subarray(0, WRAP_NONCE_BYTES),
      ciphertext: stored.subarray(WRAP_NONCE_BYTES, WRAP_NONCE_BYTES + DOCUMENT_KEY_BYTES),
      tag: stored.subarray(WRAP_NONCE_BYTES + DOCUMENT_KEY_BYTES),
    },
    aadFor(documentId),
  )
  if (!key) throw new CabinetError('integrity', damagedMessage)
  return key
}
