import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { listStaleTemps, writeFileAtomic } from '../../../../electron/core/crypto/atomic-write'
import { useTempDirs } from '../../../helpers/temp-dir'

describe('writeFileAtomic', () => {
  const tempDir = useTempDirs()

  it('creates, then replaces, a file and leaves nothing else in the folder', () => {
    const dir = tempDir()
    const file = join(dir, 'keyring.json')
    writeFileAtomic(file, 'first')
    writeFileAtomic(file, Buffer.from('second'))
    expect(readFileSync(file, 'utf8')).toBe('second')
    expect(readdirSync(dir)).toEqual(['keyring.json'])
  })

  it('removes temp files a crashed earlier write left behind, and only those', () => {
    const dir = tempDir()
    const file = join(dir, 'keyring.json')
    writeFileSync(join(dir, '.keyring.json.4242.abcdef.tmp'), '{"half": ')
    writeFileSync(join(dir, '.other.json.4242.abcdef.tmp'), 'not ours')
    expect(listStaleTemps(file)).toHaveLength(1)
    writeFileAtomic(file, 'new')
    expect(listStaleTemps(file)).toEqual([])
    expect(readdirSync(dir).sort()).toEqual(['.other.json.4242.abcdef.tmp', 'keyring.json'])
  })

  it('leaves the old file whole and no temp file when the rename fails', () => {
    const dir = tempDir()
    const target = join(dir, 'keyring.json')
    // A non-empty folder where the file should be: the rename onto it fails.
    mkdirSync(join(target, 'inside'), { recursive: true })
    expect(() => writeFileAtomic(target, 'new')).toThrow()
    expect(listStaleTemps(target)).toEqual([])
    expect(readdirSync(target)).toEqual(['inside'])
  })

  it('fails cleanly when the folder does not exist', () => {
    const dir = tempDir()
    expect(() => writeFileAtomic(join(dir, 'missing', 'keyring.json'), 'x')).toThrow(/ENOENT/)
    expect(readdirSync(dir)).toEqual([])
  })
})
