import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { contract } from '../../../../electron/contract'
import { AUDIT_ACTION_OPTIONS, AUDIT_ACTION_WORDS, auditActionInWords, isKnownAuditAction } from '../../../../electron/core/audit/vocab'
import { documentBytesApi } from '../../../../electron/core/documents/byte-api'
import { auditAction, type OperationSpec } from '../../../../electron/core/operations/spec'

/** Every TypeScript file under `dir`. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name)
    if (e.isDirectory()) return sourceFiles(path)
    return e.name.endsWith('.ts') ? [path] : []
  })
}

/** The actions named by an operation's spec: the contract's and the document byte operations' (not in the contract: they carry streams). */
function specActions(): string[] {
  const specs: OperationSpec[] = [...Object.values(contract), ...Object.values(documentBytesApi)]
  return specs.map((s) => auditAction(s.audit)).filter((a): a is string => a !== null)
}

/**
 * The actions the host and the core write themselves, as literals in `session.audit({ action: '…' })`
 * or `appendAudit(…, { action: '…' })`: an audit action always has a dot (`area.verb`), which
 * tells it from the data map's erasure actions ('delete-rows' …).
 */
function writtenActions(): { action: string; file: string }[] {
  const found: { action: string; file: string }[] = []
  for (const file of sourceFiles('electron')) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\baction:\s*'([a-z][a-z0-9_]*\.[a-z0-9_.-]+)'/g)) found.push({ action: m[1], file })
  }
  return found
}

describe('P28: the audit log in words', () => {
  it('P28: every action an operation spec names has words', () => {
    const actions = specActions()
    // The contract's reads and writes of personal data: far more than a handful.
    expect(actions.length).toBeGreaterThan(30)
    expect(actions.filter((a) => !isKnownAuditAction(a))).toEqual([])
  })

  it('P28: every action the host or the core writes itself has words', () => {
    const written = writtenActions()
    // The scan must see the host's own rows (login, lock, recovery), or it proves nothing.
    expect(written.map((w) => w.action)).toEqual(expect.arrayContaining(['auth.login', 'auth.lock', 'auth.login_failed', 'document.sweep']))
    expect(written.filter((w) => !isKnownAuditAction(w.action)).map((w) => `${w.action} (${w.file})`)).toEqual([])
  })

  it('words are verb phrases that read after a name, without machine codes', () => {
    for (const [code, words] of Object.entries(AUDIT_ACTION_WORDS)) {
      expect(words, code).toMatch(/^[a-z]/)
      expect(words, code).not.toContain(code)
      expect(words, code).not.toMatch(/[._]/)
    }
  })

  it('offers every action as a filter choice, capitalised', () => {
    expect(AUDIT_ACTION_OPTIONS.map((o) => o.value)).toEqual(Object.keys(AUDIT_ACTION_WORDS))
    expect(AUDIT_ACTION_OPTIONS.find((o) => o.value === 'family.view')?.label).toBe('Viewed the family')
  })

  it('quotes a code it has no words for, rather than passing it off as words', () => {
    expect(auditActionInWords('document.export')).toBe('exported a document')
    expect(auditActionInWords('family_x.view')).toBe('did something recorded as “family_x.view”')
    expect(isKnownAuditAction('toString')).toBe(false)
  })
})
