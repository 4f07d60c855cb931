import { closeSync, fsyncSync, openSync, readdirSync, fstatSync, unlinkSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { isCabinetError } from '../errors'
import type { Session } from '../session'
import { blobPath, fileSize, isBlobName, isTempName, listVault } from './blob-files'
import { documentBlobRows, getDocumentRecord } from './document-queries'
import { isInFlight } from './in-flight'
import { checkBlob } from './read-blob'

export interface SweepResult {
  removedBlobs: number
  removedTemps: number
}

/**
 * Run at every login (the host calls it): remove what a crash left behind — temp files, and
 * blobs whose row was never inserted (the row is the commit point) or whose document was
 * destroyed before its blob was. Needs no permission: it reveals nothing and only removes files
 * no document owns. Files this process is still writing are left alone.
 */
export function sweepOrphans(session: Session): SweepResult {
  const vault = session.paths.vault
  let names: string[]
  try {
    names = readdirSync(vault)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { removedBlobs: 0, removedTemps: 0 }
    throw e
  }
  const owned = new Set(documentBlobRows(session.db).map((r) => r.blobName))
  const result: SweepResult = { removedBlobs: 0, removedTemps: 0 }
  for (const name of names) {
    const path = join(vault, name)
    if (isInFlight(path)) continue
    if (isTempName(name)) {
      if (shredFileSync(path)) result.removedTemps++
    } else if (isBlobName(name) && !owned.has(name)) {
      if (shredFileSync(path)) result.removedBlobs++
    }
  }
  if (result.removedBlobs + result.removedTemps > 0) {
    session.audit({ action: 'document.sweep', recordType: 'vault', detail: { removedBlobs: result.removedBlobs, removedTemps: result.removedTemps } })
  }
  return result
}

/** Overwrite with zeros, flush, unlink (see shredFile). False if it was already gone. */
function shredFileSync(path: string): boolean {
  let fd: number
  try {
    fd = openSync(path, 'r+')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw e
  }
  try {
    const size = fstatSync(fd).size
    const zeros = Buffer.alloc(Math.min(size, 1024 * 1024))
    for (let at = 0; at < size;) at += writeSync(fd, zeros, 0, Math.min(zeros.length, size - at), at)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  unlinkSync(path)
  return true
}

export interface VaultVerification {
  ok: boolean
  /** Documents in the database. */
  documents: number
  /** Ids of documents whose blob is missing. */
  missing: string[]
  /** Ids of documents whose blob fails to decrypt or whose content does not match its SHA-256. */
  damaged: string[]
  /** Files under vault/ that no document owns (removed by the next login's sweep). */
  orphans: number
  /** One line per problem, for the CLI and the maintenance screen: ids, never titles. */
  problems: string[]
}

/**
 * Decrypt every document (streaming, nothing written) and check it against its SHA-256; report
 * rows whose blob is missing or damaged, and files no row owns. `npm run cli -- verify` calls it.
 */
export async function verifyVault(session: Session): Promise<VaultVerification> {
  session.require('maintenance.run')
  const rows = documentBlobRows(session.db)
  const report: VaultVerification = { ok: true, documents: rows.length, missing: [], damaged: [], orphans: 0, problems: [] }
  for (const row of rows) {
    if ((await fileSize(blobPath(session.paths.vault, row.blobName))) === null) {
      report.missing.push(row.id)
      report.problems.push(`document ${row.id}: its encrypted file is missing from the vault folder`)
      continue
    }
    try {
      await checkBlob(session.keys.vault, session.paths.vault, getDocumentRecord(session.db, row.id))
    } catch (e) {
      report.damaged.push(row.id)
      const why = isCabinetError(e) && e.code === 'integrity' ? 'is damaged or has been tampered with' : 'could not be read'
      report.problems.push(`document ${row.id}: its encrypted file ${why}`)
    }
  }
  const owned = new Set(rows.map((r) => r.blobName))
  const listing = await listVault(session.paths.vault)
  report.orphans = listing.temps.length + listing.blobs.filter((b) => !owned.has(b)).length
  if (report.orphans > 0) report.problems.push(`${report.orphans} file(s) in the vault folder belong to no document (the next login removes them)`)
  for (const s of listing.strangers) report.problems.push(`an unexpected file is in the vault folder: ${s}`)
  report.ok = report.missing.length === 0 && report.damaged.length === 0 && listing.strangers.length === 0
  return report
}
