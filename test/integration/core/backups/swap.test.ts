import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { finishInterruptedRestore, journalPath, stagingPrefix } from '../../../../electron/core/backups/file/swap'
import { writeFileAtomic } from '../../../../electron/core/crypto/atomic-write'
import { useTempDirs } from '../../../helpers/temp-dir'

/** A folder with one marker file saying which state it is in. */
function folder(path: string, state: string): void {
  mkdirSync(path, { recursive: true })
  writeFileSync(join(path, 'state'), state)
}
const stateOf = (path: string) => readFileSync(join(path, 'state'), 'utf8')

describe('P28: the restore swap, stopped at each step, is finished by whoever opens the folder next', () => {
  const tempDir = useTempDirs()

  function plan(root: string) {
    const dataDir = join(root, 'data')
    const staged = join(root, `${stagingPrefix(dataDir)}abcd`)
    const previous = join(root, 'data.before-restore-1')
    folder(dataDir, 'old')
    folder(staged, 'new')
    return { dataDir, staged, previous }
  }

  it('stopped after the journal was written: the swap happens on the next open', () => {
    const { dataDir, staged, previous } = plan(tempDir())
    writeFileAtomic(journalPath(dataDir), JSON.stringify({ staged, previous }))
    finishInterruptedRestore(dataDir)
    expect([stateOf(dataDir), stateOf(previous), existsSync(staged), existsSync(journalPath(dataDir))]).toEqual(['new', 'old', false, false])
  })

  it('stopped between the two renames (no folder at its name): the next open puts the restored one there', () => {
    const { dataDir, staged, previous } = plan(tempDir())
    writeFileAtomic(journalPath(dataDir), JSON.stringify({ staged, previous }))
    renameSync(dataDir, previous)
    finishInterruptedRestore(dataDir)
    expect([stateOf(dataDir), stateOf(previous), existsSync(staged)]).toEqual(['new', 'old', false])
  })

  it('stopped after both renames, before the journal was removed: nothing moves again', () => {
    const { dataDir, staged, previous } = plan(tempDir())
    writeFileAtomic(journalPath(dataDir), JSON.stringify({ staged, previous }))
    renameSync(dataDir, previous)
    renameSync(staged, dataDir)
    finishInterruptedRestore(dataDir)
    expect([stateOf(dataDir), stateOf(previous), existsSync(journalPath(dataDir))]).toEqual(['new', 'old', false])
  })

  it('stopped before the journal: the unchecked staging folder is removed and the live folder stays', () => {
    const { dataDir, staged } = plan(tempDir())
    finishInterruptedRestore(dataDir)
    expect([stateOf(dataDir), existsSync(staged)]).toEqual(['old', false])
  })
})
