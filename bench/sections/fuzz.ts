import { join } from 'node:path'
import { CabinetHost } from '../../electron/core/cabinet'
import { generateDemoCentre } from '../../electron/core/demo/generate'
import { TEST_KDF } from '../../electron/core/keyring/keyring'
import { createDispatcher } from '../../electron/door/dispatch'
import type { CallResult } from '../../electron/contract'
import { CENTRE, COORDINATOR, VOLUNTEER } from '../../test/integration/door/fuzz-accounts'
import { fuzzEveryChannel, fuzzRunsFromEnv, type FuzzReport } from '../../test/integration/door/fuzz-run'
import { round, timed, type BenchContext, type BenchSection, type TargetLine } from '../section'

/** The full sample of the IPC fuzz suite (CI runs 20 a channel): CABINET_FUZZ_RUNS overrides. */
const RUNS = fuzzRunsFromEnv(1000)
const SEED = 15

const fuzz: BenchSection = {
  area: 'fuzz',
  summary: `IPC fuzz: ${RUNS} malformed payloads per channel per role through the dispatcher, as a coordinator and as a volunteer`,
  async run(ctx: BenchContext) {
    const host = CabinetHost.open(join(ctx.tempDir(), 'data'), { create: true, kdf: TEST_KDF })
    const internal: string[] = []
    const dispatch = createDispatcher(() => host, { logError: (l) => internal.push(l) })
    const ok = async (channel: string, args: unknown) => {
      const r = (await dispatch(channel, args)) as CallResult<unknown>
      if (!r.ok) throw new Error(`${channel}: ${r.error.message}`)
    }
    try {
      await ok('app.setup', { centre: CENTRE, ...COORDINATOR })
      await ok('app.users.add', { ...VOLUNTEER, role: 'volunteer' })
      generateDemoCentre(host.session!, { families: 3, seed: 1 })
      const db = () => host.session!.db
      const asCoordinator = await timed(() => fuzzEveryChannel({ dispatch, db, role: 'coordinator', runsPerChannel: RUNS, seed: SEED }))
      await ok('app.lock', {})
      await ok('app.login', { username: VOLUNTEER.username, password: VOLUNTEER.password })
      const asVolunteer = await timed(() => fuzzEveryChannel({ dispatch, db, role: 'volunteer', runsPerChannel: RUNS, seed: SEED }))
      const summary = (r: FuzzReport, seconds: number) => {
        ctx.log(`${r.role}: ${r.calls} calls on ${r.channels} channels in ${seconds.toFixed(1)} s, ${r.findings.length} findings`)
        return { channels: r.channels, calls: r.calls, byCode: r.byCode, findings: r.findings, seconds: round(seconds, 1) }
      }
      const roles = { coordinator: summary(asCoordinator.result, asCoordinator.seconds), volunteer: summary(asVolunteer.result, asVolunteer.seconds) }
      const findings = asCoordinator.result.findings.length + asVolunteer.result.findings.length + internal.length
      const calls = asCoordinator.result.calls + asVolunteer.result.calls
      const targetLines: TargetLine[] = [
        {
          measure: `IPC fuzz: ${RUNS} malformed payloads per channel per role`,
          figure: `${findings} findings in ${calls} calls`,
          baseline: `${asCoordinator.result.channels} channels, coordinator and volunteer`,
          target: 'typed error each, no write, no crash',
          met: findings === 0,
        },
      ]
      return {
        targetLines,
        runsPerChannel: RUNS,
        seed: SEED,
        roles,
        internalErrorsLogged: internal.slice(0, 20),
        target: { findings: 0, actual: findings, met: findings === 0 },
      }
    } finally {
      host.close()
    }
  },
}

export default fuzz
