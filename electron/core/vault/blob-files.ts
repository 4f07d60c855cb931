import { randomBytes } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { open, readdir, rename, stat, unlink, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'

/*
 * The files under vault/: one opaque, random name per document blob (nothing about the document
 * can be read from the name), and `.tmp-…` names for blobs still being written. A blob only
 * counts once its database row exists; anything else is swept at login.
 */

const BLOB_NAME = /^[0-9a-f]{32}$/
const TEMP_PREFIX = '.tmp-'

export function newBlobName(): string {
  return randomBytes(16).toString('hex')
}

export function isBlobName(name: string): boolean {
  return BLOB_NAME.test(name)
}

export function isTempName(name: string): boolean {
  return name.startsWith(TEMP_PREFIX)
}

export function blobPath(vaultDir: string, name: string): string {
  if (!isBlobName(name)) throw new Error('not a vault blob name')
  return join(vaultDir, name)
}

export function ensureVaultDir(vaultDir: string): void {
  mkdirSync(vaultDir, { recursive: true, mode: 0o700 })
}

export interface TempBlob {
  path: string
  handle: FileHandle
}

/** A new temp file, created exclusively and readable only by this user. */
export async function createTempBlob(vaultDir: string): Promise<TempBlob> {
  ensureVaultDir(vaultDir)
  const path = join(vaultDir, `${TEMP_PREFIX}${randomBytes(16).toString('hex')}`)
  const handle = await open(path, 'wx', 0o600)
  return { path, handle }
}

/**
 * Make the temp file durable and give it its final name: fsync the data, rename, fsync the folder
 * so the rename survives a power cut. The caller inserts the database row afterwards: the row is
 * the commit point.
 */
export async function commitTempBlob(temp: TempBlob, vaultDir: string, name: string): Promise<string> {
  await temp.handle.sync()
  await temp.handle.close()
  const finalPath = blobPath(vaultDir, name)
  await rename(temp.path, finalPath)
  await fsyncDirectory(vaultDir)
  return finalPath
}

/** Give up on a temp file (import refused or failed). */
export async function discardTempBlob(temp: TempBlob): Promise<void> {
  await temp.handle.close().catch(() => undefined)
  await unlink(temp.path).catch(() => undefined)
}

/**
 * Overwrite a blob with zeros, flush, then unlink it. The real guarantee is that its key is gone
 * (the ciphertext alone is useless); overwriting removes the ciphertext too on disks that write
 * in place. SSD wear-levelling and copy-on-write file systems may keep old blocks, which is why
 * the key's deletion, not this, is what disposal relies on.
 */
export async function shredFile(path: string): Promise<boolean> {
  let handle: FileHandle
  try {
    handle = await open(path, 'r+')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw e
  }
  try {
    const { size } = await handle.stat()
    const zeros = Buffer.alloc(Math.min(size, 1024 * 1024))
    for (let at = 0; at < size; at += zeros.length) {
      await handle.write(zeros, 0, Math.min(zeros.length, size - at), at)
    }
    await handle.sync()
  } finally {
    await handle.close()
  }
  await unlink(path)
  return true
}

export interface VaultListing {
  blobs: string[]
  temps: string[]
  /** Files that are neither: left alone, but reported. */
  strangers: string[]
}

export async function listVault(vaultDir: string): Promise<VaultListing> {
  const listing: VaultListing = { blobs: [], temps: [], strangers: [] }
  let names: string[]
  try {
    names = await readdir(vaultDir)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return listing
    throw e
  }
  for (const name of names.sort()) {
    if (isBlobName(name)) listing.blobs.push(name)
    else if (isTempName(name)) listing.temps.push(name)
    else listing.strangers.push(name)
  }
  return listing
}

export async function fileSize(path: string): Promise<number | null> {
  try {
    return (await stat(path)).size
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw e
  }
}

/** Windows cannot open a folder to fsync it (NTFS journals the rename itself). */
export async function fsyncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}
