#!/usr/bin/env node
/*
 * Opens a Cabinet backup file (format version 1) with nothing but Node.js's own crypto, so a
 * centre is never locked in: docs/BACKUP-FORMAT.md describes every step this script takes.
 *
 *   node read-cabinet-backup.mjs BACKUP_FILE OUT_FOLDER < recovery-key.txt
 *   node read-cabinet-backup.mjs BACKUP_FILE OUT_FOLDER --passphrase < passphrase.txt
 *
 * The recovery key (or the backup passphrase) is read from the first line of stdin. Every byte
 * is authenticated and every file checked against the manifest before anything is written;
 * OUT_FOLDER must not exist yet. It then holds keyring.json, cabinet.db (still encrypted: see
 * the format document for its key, which `--print-database-key` prints) and vault/.
 */
import { createDecipheriv, createHash, createHmac, createPrivateKey, createPublicKey, diffieHellman, hkdfSync, scryptSync } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const MAGIC = Buffer.from('CABINET-BACKUP\n\0', 'latin1')
const CHUNK = 64 * 1024
const TAG = 16
const hkdf = (ikm, salt, info) => Buffer.from(hkdfSync('sha256', ikm, salt, info, 32))
const b64 = (s) => Buffer.from(s, 'base64')

function fail(why) {
  console.error(`read-cabinet-backup: ${why}`)
  process.exit(1)
}

/** AES-256-GCM open; null when the tag does not check. */
function gcmOpen(key, nonce, ciphertext, tag, aad) {
  const d = createDecipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG })
  if (aad) d.setAAD(aad)
  d.setAuthTag(tag)
  try {
    return Buffer.concat([d.update(ciphertext), d.final()])
  } catch {
    return null
  }
}

const openWrapped = (kek, w, aad) => gcmOpen(kek, b64(w.nonce), b64(w.ciphertext), b64(w.tag), Buffer.from(aad, 'utf8'))

/** The printed recovery key: Crockford base32, 32 data characters and 4 check characters. */
function parseRecoveryKey(text) {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
  const s = text
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-\u2010-\u2015_.]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0')
  if (s.length !== 36 || [...s].some((c) => !alphabet.includes(c))) fail('that is not a recovery key (36 characters, nine groups of four)')
  const key = Buffer.alloc(20)
  let acc = 0
  let bits = 0
  let at = 0
  for (const c of s.slice(0, 32)) {
    acc = ((acc << 5) | alphabet.indexOf(c)) & 0xfff
    bits += 5
    if (bits >= 8) key[at++] = (acc >> (bits -= 8)) & 0xff
  }
  const d = createHash('sha256').update('cabinet/v1/recovery-key-check').update(key).digest()
  const check = (d[0] << 12) | (d[1] << 4) | (d[2] >> 4)
  const expected = [15, 10, 5, 0].map((shift) => alphabet[(check >> shift) & 31]).join('')
  if (expected !== s.slice(32)) fail('that recovery key has a typo: check each group against the printed copy')
  return key
}

function masterKeyFrom(header, secret, usePassphrase) {
  if (usePassphrase) {
    const slot = header.passphrase ?? fail('this backup was made before a backup passphrase was set: use the recovery key')
    const { N, r, p } = slot.kdf
    const kek = scryptSync(Buffer.from(secret.normalize('NFC'), 'utf8'), b64(slot.salt), 32, { N, r, p, maxmem: 128 * r * (N + 2 + p) + 1024 * 1024 })
    const aad = JSON.stringify(['cabinet-keyring/v1', 'backup-passphrase', 'scrypt', N, r, p, slot.salt])
    return openWrapped(kek, slot.wrapped, aad) ?? fail('wrong backup passphrase')
  }
  const slot = header.recovery
  const kek = hkdf(parseRecoveryKey(secret), b64(slot.salt), 'cabinet/v1/recovery-slot')
  const aad = JSON.stringify(['cabinet-keyring/v1', 'recovery', 'hkdf-sha256', slot.salt])
  return openWrapped(kek, slot.wrapped, aad) ?? fail('that recovery key does not open this backup')
}

function fileKeyFrom(header, masterKey) {
  // The centre's X25519 private key is derived from the master key; its public half is recomputed.
  const raw = hkdf(masterKey, Buffer.from('cabinet/v1/key-hierarchy'), 'cabinet/backup-x25519')
  const privateKey = createPrivateKey({ key: Buffer.concat([Buffer.from('302e020100300506032b656e04220420', 'hex'), raw]), format: 'der', type: 'pkcs8' })
  const ownPublic = createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).subarray(-32)
  const sealed = header.fileKey
  const ephemeral = b64(sealed.ephemeralPublic)
  const publicKey = createPublicKey({ key: Buffer.concat([Buffer.from('302a300506032b656e032100', 'hex'), ephemeral]), format: 'der', type: 'spki' })
  const kek = hkdf(diffieHellman({ privateKey, publicKey }), Buffer.concat([ephemeral, ownPublic]), 'cabinet/v1/backup-x25519')
  return (
    gcmOpen(kek, b64(sealed.nonce), b64(sealed.ciphertext), b64(sealed.tag), Buffer.from('cabinet-backup/v1/file-key')) ?? fail('the file key does not open')
  )
}

/** The payload, chunk by chunk (STREAM: 88-bit counter, then 1 on the last chunk only). */
function openPayload(sealed, payloadKey) {
  const parts = []
  for (let i = 0, at = 0; ; i++, at += CHUNK + TAG) {
    const last = at + CHUNK + TAG >= sealed.length
    const piece = sealed.subarray(at, Math.min(at + CHUNK + TAG, sealed.length))
    if (piece.length < TAG || (last && piece.length === TAG && i > 0)) fail('the file was cut short')
    const nonce = Buffer.alloc(12)
    nonce.writeUIntBE(i, 5, 6)
    nonce[11] = last ? 1 : 0
    const plain = gcmOpen(payloadKey, nonce, piece.subarray(0, piece.length - TAG), piece.subarray(piece.length - TAG))
    if (!plain) fail(`chunk ${i + 1} does not open: the file is damaged or was changed`)
    parts.push(plain)
    if (last) return Buffer.concat(parts)
  }
}

/** The archive: 'F' entries (u16 name length, name, u64 size, bytes), then 'M' (u32 length, JSON manifest), then 'Z'. */
function readArchive(plain) {
  const files = new Map()
  let at = 0
  for (;;) {
    const type = String.fromCharCode(plain[at++])
    if (type === 'F') {
      const nameLength = plain.readUInt16BE(at)
      const name = plain.subarray(at + 2, at + 2 + nameLength).toString('utf8')
      const size = Number(plain.readBigUInt64BE(at + 2 + nameLength))
      at += 2 + nameLength + 8
      files.set(name, plain.subarray(at, at + size))
      at += size
    } else if (type === 'M') {
      const length = plain.readUInt32BE(at)
      const manifest = JSON.parse(plain.subarray(at + 4, at + 4 + length).toString('utf8'))
      if (plain[at + 4 + length] !== 0x5a || at + 5 + length !== plain.length) fail('the archive does not end after its manifest')
      return { files, manifest }
    } else {
      fail('the archive holds an unknown entry')
    }
  }
}

const [file, out, ...flags] = process.argv.slice(2)
if (!file || !out) fail('usage: node read-cabinet-backup.mjs BACKUP_FILE OUT_FOLDER [--passphrase] [--print-database-key] < secret')
if (existsSync(out)) fail(`${out} exists already: give a new folder`)
const bytes = readFileSync(file)
if (!bytes.subarray(0, 16).equals(MAGIC)) fail(`${file} is not a Cabinet backup`)
const jsonLength = bytes.readUInt32BE(16)
const headerEnd = 20 + jsonLength
const header = JSON.parse(bytes.subarray(20, headerEnd).toString('utf8'))
if (header.format !== 'cabinet-backup' || header.version !== 1) fail(`this script reads backup format 1, not ${header.version}`)
const secret = readFileSync(0, 'utf8').split(/\r?\n/)[0]
const masterKey = masterKeyFrom(header, secret, flags.includes('--passphrase'))
const fileKey = fileKeyFrom(header, masterKey)
const mac = createHmac('sha256', hkdf(fileKey, Buffer.alloc(0), 'cabinet/v1/backup-header'))
  .update(bytes.subarray(0, headerEnd))
  .digest()
if (!mac.equals(bytes.subarray(headerEnd, headerEnd + 32))) fail('the header has been changed')
const payloadKey = hkdf(fileKey, b64(header.payloadSalt), 'cabinet/v1/backup-payload')
const { files, manifest } = readArchive(openPayload(bytes.subarray(headerEnd + 32), payloadKey))
if (manifest.files.length !== files.size) fail('the manifest lists a different set of files')
for (const f of manifest.files) {
  const got = files.get(f.name)
  if (!got || got.length !== f.size || createHash('sha256').update(got).digest('hex') !== f.sha256) fail(`${f.name} does not match the manifest`)
  if (!/^(keyring\.json|cabinet\.db|cabinet\.db-wal|vault\/[0-9a-f]{32})$/.test(f.name)) fail(`unexpected file name ${f.name}`)
}
mkdirSync(join(out, 'vault'), { recursive: true, mode: 0o700 })
for (const [name, content] of files) writeFileSync(join(out, name), content, { mode: 0o600 })
console.log(`The backup made on ${header.createdAt} holds ${files.size} files; all checked and written to ${out}.`)
if (flags.includes('--print-database-key')) {
  const databaseKey = hkdf(masterKey, Buffer.from('cabinet/v1/key-hierarchy'), 'cabinet/database')
  console.log(`cabinet.db key (SQLCipher 4, raw): x'${databaseKey.toString('hex')}'`)
}
