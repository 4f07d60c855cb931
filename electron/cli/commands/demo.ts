import { CabinetError } from '../../core/errors'
import { DEFAULT_REFERENCE_DATE, MAX_DEMO_FAMILIES, generateDemoCentre, type DemoSummary } from '../../core/demo/generate'
import { SCALES, generateAtScale, isScaleName, type ScaleSummary } from '../../core/demo/scale'
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
  usage: `demo --data-dir D --user NAME (--families N | --scale ${Object.keys(SCALES).join('|')}) --seed S [--volunteers V (default: families / 33, 4 to 300)] [--reference-date yyyy-MM-dd (default ${DEFAULT_REFERENCE_DATE})] [--password-stdin] [--json]`,
  options: {
    ...COMMON_OPTIONS,
    families: { type: 'string' },
    scale: { type: 'string' },
    volunteers: { type: 'string' },
    seed: { type: 'string' },
    'reference-date': { type: 'string' },
  },
  async run({ values, io }) {
    // Arguments first: a typo should not need a password to be reported.
    const scale = values.scale as string | undefined
    if (scale !== undefined && values.families !== undefined) throw new CabinetError('usage', 'Give either --families N or --scale, not both.')
    if (scale !== undefined && !isScaleName(scale)) throw new CabinetError('usage', `--scale must be one of: ${Object.keys(SCALES).join(', ')}.`)
    const families = scale === undefined ? wholeNumber(values, 'families', 1, MAX_DEMO_FAMILIES) : 0
    const seed = wholeNumber(values, 'seed', 0, Number.MAX_SAFE_INTEGER)
    const volunteers = values.volunteers === undefined ? undefined : wholeNumber(values, 'volunteers', 0, MAX_DEMO_VOLUNTEERS)
    const referenceDate = (values['reference-date'] as string | undefined) ?? DEFAULT_REFERENCE_DATE
    return withLogin(values, io, ({ session }) => {
      const started = performance.now()
      const summary: DemoSummary | ScaleSummary =
        scale !== undefined && isScaleName(scale)
          ? generateAtScale(session, { scale, seed, referenceDate })
          : generateDemoCentre(session, { families, seed, referenceDate, volunteers })
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
          `  ${summary.sessions.sessions} sessions, ${summary.sessions.bookings} bookings, ${summary.sessions.attendances} attendances (${summary.sessions.absences} absent; ${summary.sessions.cancelledInAdvance} upcoming bookings cancelled in advance), ${summary.sessions.notes} supervised notes`,
        )
        if ('atScale' in summary) {
          const scaled = summary as ScaleSummary
          io.out(
            `  at scale ${scaled.scale}: ${Object.entries(scaled.atScale)
              .map(([k, n]) => `${n} ${k}`)
              .join(', ')}`,
          )
        }
      }
      return 0
    })
  },
}
