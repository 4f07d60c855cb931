import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeBackup } from '../../../../electron/core/backups/file/create'
import { headerLength } from '../../../../electron/core/backups/file/format'
import { SEALED_CHUNK } from '../../../../electron/core/backups/file/stream'
import { unlockBackup } from '../../../../electron/core/backups/file/unlock'
import { verifyOpenedBackup } from '../../../../electron/core/backups/file/verify'
import { CabinetError } from '../../../../electron/core/errors'
import { useTempDirs } from '../../../helpers/temp-dir'
import { setUpCabinet } from '../host/fixture'
import { fillCabinet } from './fixture'

/**
 * P28: a damaged backup is never restored. Every kind of damage (a flipped bit anywhere, a file
 * cut short at or inside a chunk, chunks swapped or repeated, bytes added at the end) must be
 * refused by the check every restore runs first; one accepted case fails the test.
 */
const tempDir = useTempDirs()
let root: string
let good: Buffer
let recoveryKey: string
let payloadStart: number

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'cabinet-tamper-'))
  const made = setUpCabinet(join(root, 'data'))
  await fillCabinet(made.host, { families: 3, documentSizes: [5, 200 * 1024] })
  mkdirSync(join(root, 'usb'))
  const snapshot = made.host.backupSnapshot()
  const backup = await writeBackup(snapshot, join(root, 'usb')).finally(() => snapshot.cleanup())
  made.host.close()
  good = readFileSync(backup.path)
  recoveryKey = made.recoveryKey
  payloadStart = headerLength(good, backup.path)
}, 60_000)
afterAll(() => rmSync(root, { recursive: true, force: true }))

/** Whether the damaged bytes pass the full check: unlock with the right key, then authenticate and hash everything. */
async function accepted(bytes: Buffer): Promise<boolean> {
  const file = join(tempDir(), 'copy.cabinet-backup')
  writeFileSync(file, bytes)
  try {
    await verifyOpenedBackup(file, await unlockBackup(file, { recoveryKey }))
    return true
  } catch (e) {
    if (!(e instanceof CabinetError)) throw e
    expect(['damaged', 'auth', 'not_cabinet', 'newer_version']).toContain(e.code)
    return false
  }
}

function flipped(bytes: Buffer, at: number, bit: number): Buffer {
  const copy = Buffer.from(bytes)
  copy[at] ^= 1 << bit
  return copy
}

/** Deterministic positions, so a failure names a position that fails again. */
function positions(count: number, length: number, seed = 20261129): number[] {
  let x = seed
  return Array.from({ length: count }, () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0
    return x % length
  })
}

const chunkStarts = () => {
  const starts: number[] = []
  for (let at = payloadStart; at < good.length; at += SEALED_CHUNK) starts.push(at)
  return starts
}

describe('P28: a damaged or tampered backup is always refused', () => {
  it('the untouched file is accepted (so the refusals below mean something)', async () => {
    expect(await accepted(good)).toBe(true)
    expect(chunkStarts().length).toBeGreaterThan(3)
  })

  it('P28: a bit flipped at any of 200 random positions, header included, is refused', async () => {
    const taken: number[] = []
    for (const [i, at] of positions(200, good.length).entries()) if (await accepted(flipped(good, at, i % 8))) taken.push(at)
    expect(taken).toEqual([])
  }, 120_000)

  it('P28: a bit flipped at the first and last byte of every chunk is refused', async () => {
    const taken: number[] = []
    for (const start of chunkStarts()) {
      const end = Math.min(start + SEALED_CHUNK, good.length) - 1
      for (const at of [start, end]) if (await accepted(flipped(good, at, 0))) taken.push(at)
    }
    expect(taken).toEqual([])
  })

  it('P28: a file cut short at every chunk boundary, inside chunks, or inside the header is refused', async () => {
    const cuts = [...chunkStarts().slice(1), ...chunkStarts().map((s) => s + 100), payloadStart, payloadStart - 10, 20, 0, good.length - 1]
    const taken: number[] = []
    for (const cut of cuts) if (await accepted(good.subarray(0, cut))) taken.push(cut)
    expect(taken).toEqual([])
  })

  it('P28: chunks swapped, repeated or dropped are refused', async () => {
    const starts = chunkStarts()
    const chunk = (i: number) => good.subarray(starts[i], Math.min(starts[i] + SEALED_CHUNK, good.length))
    const head = good.subarray(0, payloadStart)
    const rebuilt = (order: number[]) => Buffer.concat([head, ...order.map(chunk)])
    const all = starts.map((_, i) => i)
    const last = all.length - 1
    const variants = [
      [1, 0, ...all.slice(2)], // the first two swapped
      [...all.slice(0, last - 1), last, last - 1], // the last two swapped
      [0, 0, ...all.slice(1)], // the first repeated
      [...all.slice(0, 2), 1, ...all.slice(2)], // a middle one repeated
      [...all, last], // the last repeated at the end
      all.filter((i) => i !== 1), // one dropped
    ]
    expect(await accepted(rebuilt(all))).toBe(true)
    const taken = []
    for (const v of variants) if (await accepted(rebuilt(v))) taken.push(v.join(','))
    expect(taken).toEqual([])
  })

  it('P28: bytes appended after the end are refused', async () => {
    const taken: number[] = []
    for (const extra of [1, 16, 17, SEALED_CHUNK]) if (await accepted(Buffer.concat([good, Buffer.alloc(extra, 7)]))) taken.push(extra)
    expect(taken).toEqual([])
  })

  it('a file that is not a backup, or from a newer format, is refused with its own message', async () => {
    const other = join(tempDir(), 'holiday.jpg')
    writeFileSync(other, Buffer.from('\xff\xd8\xff\xe0 not a backup at all', 'latin1'))
    await expect(unlockBackup(other, { recoveryKey })).rejects.toMatchObject({
      code: 'not_cabinet',
      message: expect.stringContaining('is not a Cabinet backup file'),
    })
    const newer = join(tempDir(), 'newer.cabinet-backup')
    copyFileSync(join(root, 'usb', readdirSync(join(root, 'usb'))[0]), newer)
    const bytes = readFileSync(newer)
    const text = bytes.toString('latin1').replace('"version":1', '"version":9')
    writeFileSync(newer, Buffer.from(text, 'latin1'))
    await expect(unlockBackup(newer, { recoveryKey })).rejects.toMatchObject({ code: 'newer_version' })
  })
})
