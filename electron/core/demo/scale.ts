import { Faker, base, en, en_GB } from '@faker-js/faker'
import { CabinetError } from '../errors'
import type { Session } from '../session'
import { DEFAULT_REFERENCE_DATE, generateDemoCentre, type DemoSummary } from './generate'
import { documentsAtScale } from './scale-documents'
import type { ScaleGenerator } from './scale-types'

/** The sizes `cli demo --scale` knows. Large: a centre twenty years on. */
export const SCALES = { large: { families: 10_000 } } as const
export type ScaleName = keyof typeof SCALES

/**
 * Every area's records at scale, after the families (which they link to). An area adds its
 * generator here with its count: volunteers 300, attendances 150,000, and so on.
 */
export const SCALE_GENERATORS: readonly ScaleGenerator[] = [documentsAtScale]

export interface ScaleSummary extends DemoSummary {
  scale: ScaleName
  /** What each scale generator made, by its name. */
  atScale: Record<string, number>
}

export function isScaleName(name: string): name is ScaleName {
  return Object.hasOwn(SCALES, name)
}

/**
 * A demo centre at `scale`: the families through the same operations as real data (the demo
 * generator), then every area's scale generator, all in ONE transaction (all or nothing, and
 * fast). `generators` defaults to every area's.
 */
export function generateAtScale(
  session: Session,
  opts: {
    scale: ScaleName
    seed: number
    referenceDate?: string
    generators?: readonly ScaleGenerator[]
    /** A smaller centre of the same shape (tests): families, and each generator's count divided alike. */
    divideBy?: number
  },
): ScaleSummary {
  if (!isScaleName(opts.scale)) throw new CabinetError('usage', `There is no demo scale called "${String(opts.scale)}".`, { field: 'scale' })
  const referenceDate = opts.referenceDate ?? DEFAULT_REFERENCE_DATE
  const generators = opts.generators ?? SCALE_GENERATORS
  return session.db.transaction(() => {
    const divideBy = opts.divideBy ?? 1
    const summary = generateDemoCentre(session, { families: Math.ceil(SCALES[opts.scale].families / divideBy), seed: opts.seed, referenceDate })
    // Its own seeded stream, so adding a generator never changes the families.
    const faker = new Faker({ locale: [en_GB, en, base], seed: opts.seed + 1 })
    faker.setDefaultRefDate(new Date(`${referenceDate}T12:00:00Z`))
    const atScale: Record<string, number> = {}
    for (const g of generators) atScale[g.name] = g.generate({ session, faker, referenceDate }, Math.ceil(g.count / divideBy))
    session.audit({ action: 'demo.generate', detail: { scale: opts.scale, ...atScale } })
    return { ...summary, scale: opts.scale, atScale }
  })()
}
