import { CabinetError } from '../../core/errors'
import { sessionKinds } from '../../core/sessions/vocab'
import { COMMON_OPTIONS, type CliCommand, type CliValues } from '../command'
import { call, withLogin } from '../session'

function required(values: CliValues, name: string, example: string): string {
  const raw = values[name]
  if (typeof raw !== 'string' || raw.trim() === '') throw new CabinetError('usage', `Give --${name} (for example --${name} ${example}).`)
  return raw.trim()
}

/** A year's Saturdays from a script: the same operation as Sessions → Add sessions, bank holidays skipped. */
export const sessionsPatternCommand: CliCommand = {
  name: 'sessions add-pattern',
  summary: 'Add a recurring pattern of sessions (bank holidays in England and Wales skipped)',
  usage:
    'sessions add-pattern --data-dir D --user YOU --from yyyy-MM-dd --until yyyy-MM-dd --every-weeks N --starts HH:MM --ends HH:MM --kind supported|supervised|handover|indirect [--room R] [--password-stdin] [--json]',
  options: {
    ...COMMON_OPTIONS,
    from: { type: 'string' },
    until: { type: 'string' },
    'every-weeks': { type: 'string' },
    starts: { type: 'string' },
    ends: { type: 'string' },
    kind: { type: 'string' },
    room: { type: 'string' },
  },
  async run({ values, io }) {
    const kind = required(values, 'kind', 'supported')
    if (!sessionKinds.has(kind)) throw new CabinetError('usage', `--kind must be one of ${sessionKinds.values.join(', ')}.`)
    const everyWeeks = required(values, 'every-weeks', '2')
    if (!/^\d+$/.test(everyWeeks)) throw new CabinetError('usage', '--every-weeks must be a whole number of weeks.')
    const args = {
      firstOn: required(values, 'from', '2026-09-05'),
      until: required(values, 'until', '2027-07-24'),
      everyWeeks: Number(everyWeeks),
      startsAt: required(values, 'starts', '10:00'),
      endsAt: required(values, 'ends', '12:00'),
      kind,
      room: (values.room as string | undefined) ?? null,
    }
    return withLogin(values, io, async ({ host }) => {
      const made = await call(host, 'sessions.createSeries', args as Parameters<typeof call<'sessions.createSeries'>>[2])
      if (values.json) io.out(JSON.stringify({ created: made.created.map((s) => s.onDate), skipped: made.skipped }, null, 2))
      else {
        io.out(`Added ${made.created.length} sessions, ${made.created[0].onDate} to ${made.created[made.created.length - 1].onDate}.`)
        for (const s of made.skipped) io.out(`  skipped ${s.onDate}: ${s.reason}`)
      }
      return 0
    })
  },
}

/** The day's sessions and bookings as JSON (reference, first names, times, attendance): no addresses or phones. */
export const sessionsDayCommand: CliCommand = {
  name: 'sessions day',
  summary: 'Show a day’s sessions and their registers (as the day view shows them)',
  usage: 'sessions day --data-dir D --user YOU --date yyyy-MM-dd [--password-stdin]',
  options: { ...COMMON_OPTIONS, date: { type: 'string' } },
  async run({ values, io }) {
    const onDate = required(values, 'date', '2026-03-21')
    return withLogin(values, io, async ({ host }) => {
      io.out(JSON.stringify(await call(host, 'sessions.day', { onDate }), null, 2))
      return 0
    })
  },
}
