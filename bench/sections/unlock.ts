import { randomBytes } from 'node:crypto'
import { DEFAULT_KDF, scryptKey } from '../../electron/core/crypto/kdf'
import { median, round, timed, type BenchContext, type BenchSection, type TargetLine } from '../section'

const RUNS = 5

/** Unlocking derives one key with scrypt at the keyring's parameters: slow enough to resist guessing, quick enough to wait for. */
const unlock: BenchSection = {
  area: 'unlock',
  summary: `unlock: one scrypt at N=2^${Math.log2(DEFAULT_KDF.N)} r=${DEFAULT_KDF.r} p=${DEFAULT_KDF.p}, wall time, median of ${RUNS}`,
  async run(ctx: BenchContext) {
    const seconds: number[] = []
    // CPU time too: on a shared machine the wall time includes waiting for a core, the CPU time does not.
    const cpuSeconds: number[] = []
    for (let i = 0; i < RUNS; i++) {
      const cpu = process.cpuUsage()
      const { seconds: s } = await timed(async () => scryptKey('Quiet Meadow Lantern 42', randomBytes(16), DEFAULT_KDF))
      const used = process.cpuUsage(cpu)
      seconds.push(s)
      cpuSeconds.push((used.user + used.system) / 1e6)
      ctx.log(`run ${i + 1}/${RUNS}: ${s.toFixed(3)} s wall, ${cpuSeconds[i].toFixed(3)} s CPU`)
    }
    const m = round(median(seconds), 3)
    const met = m >= 0.3 && m <= 1.0
    const targetLines: TargetLine[] = [
      {
        measure: 'unlock: one scrypt N=2^17 r=8 p=1, wall time (median)',
        figure: `${m} s`,
        baseline: `CPU time ${round(median(cpuSeconds), 3)} s (wall min ${round(Math.min(...seconds), 3)} s)`,
        target: '0.3–1.0 s',
        met,
      },
    ]
    return {
      targetLines,
      params: DEFAULT_KDF,
      runs: RUNS,
      seconds: seconds.map((x) => round(x, 3)),
      cpuSeconds: cpuSeconds.map((x) => round(x, 3)),
      medianSeconds: m,
    }
  },
}

export default unlock
