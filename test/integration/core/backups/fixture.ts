import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { CabinetHost } from '../../../../electron/core/cabinet'
import { generateDemoCentre } from '../../../../electron/core/demo/generate'
import { importDocument } from '../../../../electron/core/vault'
import { deriveSubkey } from '../../../../electron/core/crypto/subkeys'
import { openEncryptedDatabase } from '../../../../electron/core/db/connection'
import { generatedPdf } from '../vault/generated-stream'

/** A Cabinet worth backing up: demo families and documents of a few sizes (one spans many chunks). */
export async function fillCabinet(host: CabinetHost, opts: { families?: number; documentSizes?: number[] } = {}): Promise<void> {
  const session = host.requireSession()
  generateDemoCentre(session, { families: opts.families ?? 5, seed: 7 })
  const familyId = (session.db.prepare('SELECT id FROM family ORDER BY id LIMIT 1').get() as { id: number }).id
  for (const size of opts.documentSizes ?? [10, 64 * 1024, 300 * 1024 + 7]) {
    await importDocument(session, generatedPdf(size).stream, {
      title: `Letter ${size}`,
      category: 'other',
      links: [{ targetType: 'family', targetId: familyId }],
    })
  }
}

function bytesAsHex(_key: string, value: unknown): unknown {
  return value && typeof value === 'object' && (value as { type?: string }).type === 'Buffer'
    ? Buffer.from((value as { data: number[] }).data).toString('hex')
    : value
}

/** Every row of every table (from the database opened with its key), and every vault file's hash: "identical after restore" is equal dumps. */
export function dumpFolder(dir: string, masterKey: Buffer): { tables: Record<string, unknown[]>; vault: Record<string, string> } {
  const db = openEncryptedDatabase(join(dir, 'cabinet.db'), deriveSubkey(masterKey, 'database'))
  try {
    const names = (
      db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]
    ).map((r) => r.name)
    const tables: Record<string, unknown[]> = {}
    // Some tables are WITHOUT ROWID: compare the rows as a sorted set.
    for (const name of names) tables[name] = (db.prepare(`SELECT * FROM "${name}"`).all() as unknown[]).map((r) => JSON.stringify(r, bytesAsHex)).sort()
    const vault: Record<string, string> = {}
    for (const f of readdirSync(join(dir, 'vault')).sort())
      vault[f] = createHash('sha256')
        .update(readFileSync(join(dir, 'vault', f)))
        .digest('hex')
    return { tables, vault }
  } finally {
    db.close()
  }
}
