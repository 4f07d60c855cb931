import type { Faker } from '@faker-js/faker'
import type { Session } from '../session'

/** What a scale generator is handed: the logged-in session, a seeded faker and the demo's "today". */
export interface ScaleContext {
  session: Session
  faker: Faker
  /** yyyy-MM-dd: every date is relative to it. */
  referenceDate: string
}

/**
 * One area's records for `cli demo --scale large` (a 20-year centre). Runs after the families
 * are generated, inside the same single transaction: prepared statements, no audit row per
 * record (one demo.generate row says what was made). An area adds its generator to
 * SCALE_GENERATORS in scale.ts with the count a 20-year centre has (volunteers 300,
 * attendances 150,000…).
 */
export interface ScaleGenerator {
  /** What it makes, as the summary names it: 'documents', 'volunteers', 'attendances'. */
  name: string
  /** How many at the large scale. */
  count: number
  /** Make `count` records; returns how many it made. */
  generate(ctx: ScaleContext, count: number): number
}
