import { describe, expect, it } from 'vitest'
import { CabinetHost } from '../../../../electron/core/cabinet'
import { MIGRATIONS } from '../../../../electron/core/db/migrations'
import { TEST_KDF } from '../../../../electron/core/keyring/keyring'
import { userTables } from '../../../../electron/core/maintenance/status'
import { runOperation } from '../../../../electron/core/operations'
import { useTempDirs } from '../../../helpers/temp-dir'
import { COORDINATOR, cabinetWithDamagedPage, masterKeyOf, openRawDatabase, setUpCabinet } from '../host/fixture'

describe('P28: status and verify', () => {
  const tempDir = useTempDirs()

  it('status reports the schema version, rows per table, users and an intact integrity summary', () => {
    const { host, session } = setUpCabinet(tempDir(), { withVolunteer: true })
    try {
      const report = runOperation(session, 'app.maintenance.status', {})
      expect(report.schemaVersion).toBe(MIGRATIONS.length)
      expect(report.latestSchemaVersion).toBe(MIGRATIONS.length)
      expect(report.tables).toMatchObject({ users: 2, audit_head: 1 })
      expect(report.tables.settings).toBeGreaterThanOrEqual(2) // centre, preferences, and any area's own
      expect(report.tables.audit_log).toBeGreaterThanOrEqual(3) // app.setup and two user.create at least
      expect(Object.keys(report.tables)).toEqual(userTables(session.db))
      expect(report.users).toEqual([
        { username: 'coord', role: 'coordinator', disabled: false },
        { username: 'vol', role: 'volunteer', disabled: false },
      ])
      expect(report.integrity).toEqual({ quickCheck: 'ok', auditChain: { ok: true, rows: report.tables.audit_log, problems: [] } })
    } finally {
      host.close()
    }
  })

  it('lists user tables without SQLite’s own or full-text shadow tables', () => {
    const { host, session } = setUpCabinet(tempDir())
    try {
      session.db.exec('CREATE VIRTUAL TABLE zz_search USING fts5(body)')
      const tables = userTables(session.db)
      expect(tables).toContain('zz_search')
      expect(tables.filter((t) => t.startsWith('zz_search_') || t.startsWith('sqlite_'))).toEqual([])
    } finally {
      host.close()
    }
  })

  it('P28: verify passes every check on an intact Cabinet', async () => {
    const { host, session } = setUpCabinet(tempDir())
    try {
      expect(await runOperation(session, 'app.maintenance.verify', {})).toEqual({
        ok: true,
        checks: [
          { name: 'integrity_check', ok: true, problems: [] },
          { name: 'every row read (page HMACs)', ok: true, problems: [] },
          { name: 'foreign keys', ok: true, problems: [] },
          { name: 'audit chain', ok: true, problems: [] },
          { name: 'vault documents', ok: true, problems: [] },
        ],
      })
    } finally {
      host.close()
    }
  })

  it('P28: verify finds a flipped byte in a page that login never reads, and says which table', async () => {
    const dir = tempDir()
    cabinetWithDamagedPage(dir)
    const host = CabinetHost.open(dir, { kdf: TEST_KDF })
    try {
      const result = await runOperation(host.login(COORDINATOR.username, COORDINATOR.password), 'app.maintenance.verify', {})
      expect(result.ok).toBe(false)
      const byName = Object.fromEntries(result.checks.map((c) => [c.name, c]))
      expect(byName['every row read (page HMACs)']).toEqual({
        name: 'every row read (page HMACs)',
        ok: false,
        problems: ['table settings could not be read in full: database disk image is malformed'],
      })
      expect(byName.integrity_check.ok).toBe(false)
      expect(byName.integrity_check.problems.join('\n')).toMatch(/unable to get the page|malformed/)
      expect(byName['audit chain'].ok).toBe(true)
    } finally {
      host.close()
    }
  })

  it('P28: verify reports a broken audit chain and a dangling foreign key', async () => {
    const dir = tempDir()
    const { host, recoveryKey } = setUpCabinet(dir)
    host.close()
    const raw = openRawDatabase(dir, masterKeyOf(dir, recoveryKey))
    raw.exec('DROP TRIGGER audit_log_no_update')
    raw.prepare("UPDATE audit_log SET action = 'auth.logout' WHERE id = 1").run()
    raw.pragma('foreign_keys = OFF')
    raw.prepare("INSERT INTO users (username, display_name, role, created_at, created_by) VALUES ('orphan', 'O', 'volunteer', 'now', 77)").run()
    raw.close()
    const again = CabinetHost.open(dir, { kdf: TEST_KDF })
    try {
      const result = await runOperation(again.login(COORDINATOR.username, COORDINATOR.password), 'app.maintenance.verify', {})
      expect(result.ok).toBe(false)
      expect(result.checks.find((c) => c.name === 'audit chain')!.problems).toEqual(['audit row 1 has been altered (its HMAC does not match)'])
      expect(result.checks.find((c) => c.name === 'foreign keys')!.problems).toEqual(['users row 2 points at a missing users row'])
    } finally {
      again.close()
    }
  })
})
