import { afterAll, describe, expect, it } from 'vitest'
import { useTempDirs } from '../helpers/temp-dir'
import { removeChildBundles } from '../helpers/child-bundle'
import { runCrashSuite, setUpCrashCabinet } from './harness'
import { CRASH_WRITERS } from './writers'

/*
 * Crash suite (issue 15): a child writes families and documents through the core and is
 * SIGKILLed at random moments, 50 times on one data folder (CABINET_CRASH_KILLS to change it;
 * `npm run bench -- crash` runs 500).
 */

const envKills = Number(process.env.CABINET_CRASH_KILLS)
const KILLS = Number.isInteger(envKills) && envKills > 0 ? envKills : 50
const SEED = Number(process.env.CABINET_CRASH_SEED ?? 15)
const tempDir = useTempDirs()
afterAll(removeChildBundles)

describe('crash suite: SIGKILL at random moments', () => {
  it(`P28: after ${KILLS} kills every acknowledged commit is present, the next login leaves no orphan blob, and cli verify passes`, async () => {
    const dir = tempDir()
    await setUpCrashCabinet(dir)
    const report = await runCrashSuite({ dir, kills: KILLS, seed: SEED })
    expect(report.problems, `seed ${SEED}`).toEqual([])
    expect(report.kills).toBe(KILLS)
    expect(report.verifyRuns).toBeGreaterThan(0)
    // The kills landed mid-stream: every writer committed and was acknowledged many times.
    for (const w of CRASH_WRITERS) expect(report.acknowledged[w.name], w.name).toBeGreaterThan(0)
  }, 600_000)
})
