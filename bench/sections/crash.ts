import { join } from 'node:path'
import { removeChildBundles } from '../../test/helpers/child-bundle'
import { runCrashSuite, setUpCrashCabinet } from '../../test/crash/harness'
import { round, timed, type BenchContext, type BenchSection, type TargetLine } from '../section'

/** The full crash suite (CI runs 50 kills): CABINET_CRASH_KILLS overrides. */
const envKills = Number(process.env.CABINET_CRASH_KILLS)
const KILLS = Number.isInteger(envKills) && envKills > 0 ? envKills : 500
const SEED = 15

const crash: BenchSection = {
  area: 'crash',
  summary: `crash suite: ${KILLS} SIGKILLs of a child writing families and documents through the core; every acknowledged commit checked after each, cli verify every 10th`,
  async run(ctx: BenchContext) {
    const dir = join(ctx.tempDir(), 'data')
    await setUpCrashCabinet(dir)
    // A longer window than CI's: more commits acknowledged per kill, and kills deeper into a run of writes.
    const { result, seconds } = await timed(() => runCrashSuite({ dir, kills: KILLS, seed: SEED, maxWriteMs: 1500, log: ctx.log })).finally(removeChildBundles)
    const acknowledged = Object.values(result.acknowledged).reduce((a, b) => a + b, 0)
    ctx.log(`${result.kills} kills, ${acknowledged} acknowledged commits, ${result.problems.length} problems, in ${seconds.toFixed(0)} s`)
    const met = result.kills === KILLS && result.problems.length === 0
    const targetLines: TargetLine[] = [
      {
        measure: 'crash suite: SIGKILLs survived',
        figure: `${result.kills} kills, ${acknowledged} acknowledged commits, ${result.problems.length} problems`,
        baseline: `cli verify ${result.verifyRuns} times; ${result.sweptOnLogin.blobs} orphan blobs swept at login`,
        target: `${KILLS} kills, nothing lost`,
        met,
      },
    ]
    return {
      targetLines,
      kills: result.kills,
      seed: SEED,
      acknowledgedCommits: result.acknowledged,
      killsBeforeFirstAck: result.killsBeforeFirstAck,
      orphansSweptOnLogin: result.sweptOnLogin,
      verifyRuns: result.verifyRuns,
      problems: result.problems.slice(0, 20),
      seconds: round(seconds, 1),
      target: { kills: KILLS, lostCommits: 0, met },
    }
  },
}

export default crash
