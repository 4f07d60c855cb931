import { CabinetError } from '../../core/errors'
import { isRealIsoDate } from '../../core/rules'
import { COMMON_OPTIONS, type CliCommand } from '../command'
import { call, withLogin } from '../session'

/**
 * What is due for disposal, why, and what is held, as of today or a given day. It never disposes
 * (P17): disposal is a coordinator's decision, confirmed with their password in the app.
 */
export const retentionReportCommand: CliCommand = {
  name: 'retention report',
  summary: 'What is due for disposal, why, and what is held (never disposes)',
  usage: 'retention report --data-dir D --user NAME [--as-of yyyy-MM-dd] [--password-stdin] [--json]',
  options: { ...COMMON_OPTIONS, 'as-of': { type: 'string' } },
  async run({ values, io }) {
    const asOf = values['as-of'] as string | undefined
    if (asOf !== undefined && !isRealIsoDate(asOf)) throw new CabinetError('usage', '--as-of must be a real date written yyyy-MM-dd, for example 2027-01-31.')
    return withLogin(values, io, async ({ host }) => {
      // The report lists what is due, held or deferred a page at a time; the command reads every page.
      const args = asOf === undefined ? {} : { asOf }
      const first = await call(host, 'retention.report', args)
      const records = [...first.records]
      while (records.length < first.matched) {
        const page = await call(host, 'retention.report', { ...args, offset: records.length })
        if (page.records.length === 0) break
        records.push(...page.records)
      }
      const report = { ...first, offset: 0, records }
      if (values.json) {
        io.out(JSON.stringify(report, null, 2))
        return 0
      }
      if (report.scheduleVersion === null) {
        io.out('No retention schedule has been chosen yet: choose one in the app (Retention › Schedule).')
        return 0
      }
      const c = report.counts
      io.out(
        `As of ${report.asOf}, schedule version ${report.scheduleVersion}: ${c.due} due, ${c.upcoming} not yet due, ${c.deferred} deferred, ${c.held} held, ${c.running} not started.`,
      )
      for (const r of report.records) io.out(`  ${r.state.padEnd(8)} ${r.table}#${r.id}: ${r.reason}`)
      io.out('Nothing was disposed of: review and confirm disposals in the app.')
      return 0
    })
  },
}
