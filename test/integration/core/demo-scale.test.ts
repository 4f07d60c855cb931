import { readdirSync } from 'node:fs'
import { Readable } from 'node:stream'
import { buffer } from 'node:stream/consumers'
import { describe, expect, it } from 'vitest'
import { generateAtScale, SCALE_GENERATORS, SCALES } from '../../../electron/core/demo/scale'
import type { ScaleGenerator } from '../../../electron/core/demo/scale-types'
import { openDocumentForView, verifyVault } from '../../../electron/core/vault'
import { useAppFixtures } from '../door/app-fixture'

const open = useAppFixtures()

describe('demo at scale (cli demo --scale large)', () => {
  it('knows the large scale: 10,000 families and 20,000 documents, and every area can add its records with a count', () => {
    expect(SCALES.large.families).toBe(10_000)
    expect(SCALE_GENERATORS.find((g) => g.name === 'documents')?.count).toBe(20_000)
  })

  it('generates families, then every scale generator in the same transaction, with real documents that verify and open', async () => {
    const f = open()
    await f.setUp()
    const session = f.host.session!
    const calls: number[] = []
    const probe: ScaleGenerator = {
      name: 'probes',
      count: 300,
      generate(ctx, count) {
        expect(ctx.session.db.inTransaction).toBe(true)
        calls.push(count)
        return count
      },
    }
    const summary = generateAtScale(session, { scale: 'large', seed: 3, divideBy: 500, generators: [...SCALE_GENERATORS, probe] })
    expect(summary.families).toBe(20)
    expect(summary.atScale).toEqual({ documents: 40, probes: 1 })
    expect(calls).toEqual([1])
    expect(session.db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(40)
    expect(readdirSync(session.paths.vault)).toHaveLength(40)
    const verified = await verifyVault(session)
    expect(verified.problems).toEqual([])
    const id = session.db.prepare('SELECT id FROM documents ORDER BY rowid LIMIT 1').pluck().get() as string
    const opened = await openDocumentForView(session, id)
    expect((await buffer(opened.stream as Readable)).subarray(0, 5).toString('latin1')).toBe('%PDF-')
  })

  it('is all or nothing: a generator that fails leaves no family and no document row (its blobs are orphans the next login sweeps)', async () => {
    const f = open()
    await f.setUp()
    const session = f.host.session!
    const failing: ScaleGenerator = {
      name: 'broken',
      count: 1,
      generate() {
        throw new Error('generator broke')
      },
    }
    expect(() => generateAtScale(session, { scale: 'large', seed: 3, divideBy: 1000, generators: [...SCALE_GENERATORS, failing] })).toThrow('generator broke')
    expect(session.db.prepare('SELECT count(*) FROM family').pluck().get()).toBe(0)
    expect(session.db.prepare('SELECT count(*) FROM documents').pluck().get()).toBe(0)
  })
})
