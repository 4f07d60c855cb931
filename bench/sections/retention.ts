import { CabinetHost } from '../../electron/core/cabinet'
import { generateDemoCentre } from '../../electron/core/demo/generate'
import { TEST_KDF } from '../../electron/core/keyring/keyring'
import { assess } from '../../electron/core/retention/engine'
import { gatherDeferrals, gatherHolds, gatherRecords } from '../../electron/core/retention/gather'
import { presetSchedule } from '../../electron/core/retention/presets'
import { median, round, type BenchSection } from '../section'

const FAMILIES = 5_000
const ROUNDS = 15
/** The promise: the whole archive's retention sweep (the engine over every record) in at most this. */
const TARGET_SWEEP_MS = 50

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6

/**
 * "Retention sweep over the whole archive ≤ 50 ms": the pure engine over every record of a large
 * demo centre (its records, holds and deferrals read once from the database, timed apart), with
 * the same-run baseline of only sorting those records by their trigger.
 */
const section: BenchSection = {
  area: 'retention',
  summary: `retention sweep over the whole archive (${FAMILIES} demo families) ≤ ${TARGET_SWEEP_MS} ms`,
  async run({ tempDir, log }) {
    const host = CabinetHost.open(tempDir(), { create: true, kdf: TEST_KDF })
    try {
      const { session } = host.setup({
        centre: {
          name: 'Bench Centre',
          address: '1 Bench Street',
          dataController: 'Bench Trust',
          contactEmail: 'bench@example.org',
          contactPhone: '01225 000000',
        },
        username: 'bench',
        displayName: 'Bench Coordinator',
        password: 'Bench marking quietly 42',
      })
      log(`retention: generating ${FAMILIES} demo families…`)
      generateDemoCentre(session, { families: FAMILIES, seed: 3 })
      const schedule = presetSchedule('ww')
      let start = process.hrtime.bigint()
      const records = gatherRecords(session.db, schedule)
      const holds = gatherHolds(session.db)
      const deferrals = gatherDeferrals(session.db)
      const gatherMs = ms(start)
      const today = '2031-07-01'
      const sweeps: number[] = []
      const baselines: number[] = []
      let due = 0
      for (let i = 0; i < ROUNDS; i++) {
        start = process.hrtime.bigint()
        const out = assess(records, schedule, holds, deferrals, today)
        sweeps.push(ms(start))
        due = out.filter((a) => a.state === 'due').length
        start = process.hrtime.bigint()
        ;[...records].sort((a, b) => (a.trigger ?? '').localeCompare(b.trigger ?? ''))
        baselines.push(ms(start))
      }
      const sweepMs = median(sweeps)
      return {
        records: records.length,
        due,
        sweepMedianMs: round(sweepMs),
        targetMs: TARGET_SWEEP_MS,
        withinTarget: sweepMs <= TARGET_SWEEP_MS,
        baselineSortMedianMs: round(median(baselines)),
        ratioToSort: round(sweepMs / Math.max(median(baselines), 0.001)),
        gatherFromDatabaseMs: round(gatherMs),
      }
    } finally {
      host.close()
    }
  },
}

export default section
