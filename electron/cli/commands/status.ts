import { COMMON_OPTIONS, type CliCommand } from '../command'
import { call, withLogin } from '../session'

export const statusCommand: CliCommand = {
  name: 'status',
  summary: 'Schema version, rows per table, users and an integrity summary',
  usage: 'status --data-dir D --user NAME [--password-stdin] [--json]',
  options: COMMON_OPTIONS,
  async run({ values, io }) {
    return withLogin(values, io, async ({ host }) => {
      const report = await call(host, 'app.maintenance.status', {})
      if (values.json) {
        io.out(JSON.stringify(report, null, 2))
      } else {
        io.out(`Schema version ${report.schemaVersion} (this Cabinet understands up to ${report.latestSchemaVersion})`)
        io.out('Rows:')
        for (const [t, n] of Object.entries(report.tables)) io.out(`  ${t}: ${n}`)
        io.out('Users:')
        for (const u of report.users) io.out(`  ${u.username} (${u.role}${u.disabled ? ', disabled' : ''})`)
        io.out(`Quick check: ${report.integrity.quickCheck}`)
        io.out(`Audit chain: ${report.integrity.auditChain.ok ? 'intact' : 'BROKEN'} (${report.integrity.auditChain.rows} rows)`)
      }
      return 0
    })
  },
}
