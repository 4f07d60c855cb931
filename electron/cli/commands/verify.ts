import { COMMON_OPTIONS, type CliCommand } from '../command'
import { call, withLogin } from '../session'

export const verifyCommand: CliCommand = {
  name: 'verify',
  summary: 'Check the database, every encrypted page, foreign keys, the audit chain and the vault',
  usage: 'verify --data-dir D --user NAME [--password-stdin] [--json]',
  options: COMMON_OPTIONS,
  async run({ values, io }) {
    return withLogin(values, io, async ({ host }) => {
      const result = await call(host, 'app.maintenance.verify', {})
      if (values.json) {
        io.out(JSON.stringify(result, null, 2))
      } else {
        for (const c of result.checks) {
          io.out(`${c.ok ? 'ok  ' : 'FAIL'} ${c.name}`)
          for (const p of c.problems) io.out(`     ${p}`)
        }
        io.out(result.ok ? 'Everything checks out.' : 'Verification FAILED: see the problems above. Restore from a verified backup if the data is damaged.')
      }
      return result.ok ? 0 : 4
    })
  },
}
