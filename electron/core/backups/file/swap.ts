import { existsSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { writeFileAtomic } from '../../crypto/atomic-write'

/*
 * Putting a restored folder in place of the live one. Two renames cannot be one atomic step on
 * Windows or Linux, so a journal beside the folder records the plan first; whoever opens the
 * folder next (the app or any CLI command) finishes it. The staged folder has been fully checked
 * before the journal is written, so finishing always means going forward: the folder is the old
 * one until the journal exists, and the new one from then on, never neither.
 */

interface Journal {
  staged: string
  previous: string | null
}

export function journalPath(dataDir: string): string {
  return join(dirname(dataDir), `.${basename(dataDir)}.restore.json`)
}

export function stagingPrefix(dataDir: string): string {
  return `.${basename(dataDir)}.restoring-`
}

/** Swap `staged` into `dataDir`, keeping the old folder as `previous` (when there is one). */
export function swapInRestoredFolder(dataDir: string, staged: string, previous: string | null): void {
  writeFileAtomic(journalPath(dataDir), JSON.stringify({ staged, previous } satisfies Journal))
  finishInterruptedRestore(dataDir)
}

/**
 * Finish a restore that stopped between its renames, and remove staging folders from restores
 * that stopped before their journal (they were never checked, so they are never used).
 * Idempotent: every step looks before it moves.
 */
export function finishInterruptedRestore(dataDir: string): void {
  const journalFile = journalPath(dataDir)
  if (existsSync(journalFile)) {
    const journal = JSON.parse(readFileSync(journalFile, 'utf8')) as Journal
    if (existsSync(journal.staged)) {
      if (existsSync(dataDir) && journal.previous) renameSync(dataDir, journal.previous)
      else if (existsSync(dataDir)) rmSync(dataDir, { recursive: true, force: true }) // an empty first-run folder
      renameSync(journal.staged, dataDir)
    }
    unlinkSync(journalFile)
  }
  const parent = dirname(dataDir)
  if (!existsSync(parent)) return
  for (const name of readdirSync(parent)) {
    if (name.startsWith(stagingPrefix(dataDir))) rmSync(join(parent, name), { recursive: true, force: true })
  }
}
