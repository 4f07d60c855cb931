import type { FieldErrors, Resolver } from 'react-hook-form'
import { recordClasses, type RecordClass } from '../../../electron/core/data-map/record-classes'
import { scheduleSchema, type KeepRule, type Schedule } from '../../../electron/core/retention/api'

/*
 * The schedule form: one flat set of fields per record class (whatever kind of rule it has), so
 * changing the kind never leaves a half-shaped rule; on submit it becomes a Schedule and is
 * checked with the core's own schema, its messages put beside the fields they are about.
 */

export const KEEP_KINDS = [
  { value: 'period', label: 'A period after its trigger' },
  { value: 'until-age', label: 'Until the child reaches an age' },
  { value: 'financial-year', label: 'Years from the end of the financial year' },
  { value: 'with-subject', label: 'With the rest of the family’s or volunteer’s records' },
  { value: 'indefinite', label: 'Indefinitely' },
  { value: 'not-held', label: 'Not kept by this centre' },
] as const

export interface RuleFields {
  kind: KeepRule['kind']
  years: number
  months: number
  age: number
  yearEnds: string
  fileType: string
  period: string
}

export interface ScheduleForm {
  reviewEveryMonths: number | null
  note: string
  rules: Record<RecordClass, RuleFields>
}

export function toForm(s: Schedule): ScheduleForm {
  const rules = Object.fromEntries(
    recordClasses.values.map((c) => {
      const r = s.rules[c]
      const k = r.keep
      return [
        c,
        {
          kind: k.kind,
          years: k.kind === 'period' || k.kind === 'financial-year' ? k.years : 0,
          months: k.kind === 'period' ? k.months : 0,
          age: k.kind === 'until-age' ? k.age : 25,
          yearEnds: k.kind === 'financial-year' ? k.yearEnds : '03-31',
          fileType: r.fileType,
          period: r.period,
        },
      ]
    }),
  ) as Record<RecordClass, RuleFields>
  return { reviewEveryMonths: s.reviewEveryMonths, note: '', rules }
}

function keepOf(f: RuleFields): KeepRule {
  switch (f.kind) {
    case 'period':
      return { kind: 'period', years: f.years, months: f.months }
    case 'until-age':
      return { kind: 'until-age', age: f.age }
    case 'financial-year':
      return { kind: 'financial-year', years: f.years, yearEnds: f.yearEnds }
    default:
      return { kind: f.kind }
  }
}

export function fromForm(form: ScheduleForm, base: Schedule): Schedule {
  const rules = Object.fromEntries(
    recordClasses.values.map((c) => {
      const f = form.rules[c]
      const longer = base.rules[c].longer
      return [c, { fileType: f.fileType, period: f.period, keep: keepOf(f), ...(longer ? { longer } : {}) }]
    }),
  ) as Schedule['rules']
  return { preset: 'custom', reviewEveryMonths: form.reviewEveryMonths, rules }
}

/** Validate with the core's schema; errors go to `rules.<class>.<field>`, `reviewEveryMonths` or `note`. */
export function scheduleResolver(base: Schedule): Resolver<ScheduleForm> {
  return async (values) => {
    const errors: Record<string, unknown> = {}
    const set = (path: string[], message: string) => {
      let at = errors
      for (const p of path.slice(0, -1)) at = (at[p] ??= {}) as Record<string, unknown>
      at[path[path.length - 1]] ??= { type: 'validation', message }
    }
    const parsed = scheduleSchema.safeParse(fromForm(values, base))
    for (const issue of parsed.error?.issues ?? []) {
      const p = issue.path.map(String)
      if (p[0] === 'rules')
        set(['rules', p[1], p[p.length - 1] === 'kind' || p[3] === undefined ? (p[2] === 'keep' ? 'kind' : p[2]) : p[p.length - 1]], issue.message)
      else set([p[0]], issue.message)
    }
    if (!values.note.trim()) set(['note'], 'Enter what changed and why.')
    return Object.keys(errors).length > 0 ? { values: {}, errors: errors as FieldErrors<ScheduleForm> } : { values, errors: {} }
  }
}
