import { CabinetError } from '../../core/errors'
import { formatUkDate } from '../../core/rules'
import { COMMON_OPTIONS, type CliCommand } from '../command'
import { call, withLogin } from '../session'

/**
 * `volunteers due`: what the volunteers area has due (DBS re-checks and status checks, references
 * to chase, training to renew), for a script that emails the coordinator each morning. Reads only.
 */
export const volunteersDueCommand: CliCommand = {
  name: 'volunteers due',
  summary: 'List DBS re-checks, references to chase and training to renew that are due (reads only)',
  usage: 'volunteers due --data-dir D --user YOU [--days N (look N days further ahead, default 0)] [--password-stdin] [--json]',
  options: { ...COMMON_OPTIONS, days: { type: 'string' } },
  async run({ values, io }) {
    const raw = (values.days as string | undefined) ?? '0'
    if (!/^\d+$/.test(raw) || Number(raw) > 366) throw new CabinetError('usage', '--days must be a whole number from 0 to 366.')
    return withLogin(values, io, async ({ host }) => {
      const due = await call(host, 'volunteers.due', { horizonDays: Number(raw) })
      if (values.json) io.out(JSON.stringify(due, null, 2))
      else if (due.length === 0) io.out('Nothing due.')
      else for (const d of due) io.out(`${formatUkDate(d.dueOn)}\t${d.title}`)
      return 0
    })
  },
}
