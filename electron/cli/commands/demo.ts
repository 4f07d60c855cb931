import { CabinetError } from '../../core/errors'
import { DEFAULT_REFERENCE_DATE, MAX_DEMO_FAMILIES, generateDemoCentre } from '../../core/demo/generate'
import { MAX_DEMO_VOLUNTEERS } from '../../core/demo/volunteers'
import { COMMON_OPTIONS, type CliCommand, type CliValues } from '../command'
import { withLogin } from '../session'

function wholeNumber(values: CliValues, name: string, min: number, max: number): number {
  const raw = values[name]
  if (typeof raw !== 'string' || raw === '') throw new CabinetError('usage', `Give --${name} N.`)
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new CabinetError('usage', `--${name} must be a whole number from ${min} to ${max}.`)
  }
  return Number(raw)
}

export const demoCommand: CliCommand = {
  name: 'demo',
  summary: 'Fill an empty Cabinet with a synthetic demo centre (training, tests, benchmarks)',
  usage: `demo --data-dir D --user NAME --families N --seed S [--volunteers V (default: families / 33, 4 to 300)] [--reference-date yyyy-MM-dd (default ${DEFAULT_REFERENCE_DATE})] [--password-stdin] [--json]`,
  options: { ...COMMON_OPTIONS, families: { type: 'string' }, volunteers: { type: 'string' }, seed: { type: 'string' }, 'reference-date': { type: 'string' } },
  async run({ values, io }) {
    // Arguments first: a typo should not need a password to be reported.
    const families = wholeNumber(values, 'families', 1, MAX_DEMO_FAMILIES)
    const seed = wholeNumber(values, 'seed', 0, Number.MAX_SAFE_INTEGER)
    const volunteers = values.volunteers === undefined ? undefined : wholeNumber(values, 'volunteers', 0, MAX_DEMO_VOLUNTEERS)
    const referenceDate = (values['reference-date'] as string | undefined) ?? DEFAULT_REFERENCE_DATE
    return withLogin(values, io, ({ session }) => {
      const started = performance.now()
      const summary = generateDemoCentre(session, { families, seed, referenceDate, volunteers })
      const seconds = (performance.now() - started) / 1000
      if (values.json) {
        io.out(JSON.stringify({ ...summary, seconds: Number(seconds.toFixed(2)) }, null, 2))
      } else {
        io.out(`Demo centre generated in ${seconds.toFixed(1)} s (seed ${seed}, reference date ${summary.referenceDate}): all synthetic data.`)
        io.out(`  ${summary.families} families, ${summary.people} people (${summary.children} children), ${summary.referrals} referrals`)
        io.out(
          `  statuses: ${Object.entries(summary.byStatus)
            .map(([k, n]) => `${k} ${n}`)
            .join(', ')}`,
        )
        io.out(
          `  sources: ${Object.entries(summary.bySource)
            .map(([k, n]) => `${k} ${n}`)
            .join(', ')}`,
        )
        io.out(
          `  ${summary.confidentialAddresses} confidential addresses, ${summary.consents} consents, ${summary.medicalEntries} medical entries, ${summary.previsits} pre-visits`,
        )
        io.out(`  ${summary.volunteers} volunteers and staff over 20 years, leavers included`)
        io.out(
          `  ${summary.sessions.sessions} sessions, ${summary.sessions.bookings} bookings, ${summary.sessions.attendances} attendances (${summary.sessions.absences} absent), ${summary.sessions.notes} supervised notes`,
        )
      }
      return 0
    })
  },
}
