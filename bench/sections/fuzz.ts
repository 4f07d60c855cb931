import { join } from 'node:path'
import { CabinetHost } from '../../electron/core/cabinet'
import { generateDemoCentre } from '../../electron/core/demo/generate'
import { TEST_KDF } from '../../electron/core/keyring/keyring'
import { createDispatcher } from '../../electron/door/dispatch'
import type { CallResult } from '../../electron/contract'
import { ROLES, type Role } from '../../electron/core/auth/roles'
import { centreDate } from '../../electron/core/sessions/clock'
import { CENTRE, COORDINATOR, VOLUNTEER } from '../../test/integration/door/fuzz-accounts'
import { fuzzEveryChannel, fuzzRunsFromEnv, type FuzzReport } from '../../test/integration/door/fuzz-run'
import { round, timed, type BenchContext, type BenchSection, type TargetLine } from '../section'

/** The full sample of the IPC fuzz suite (CI runs 20 a channel): CABINET_FUZZ_RUNS overrides. */
const RUNS = fuzzRunsFromEnv(1000)
const SEED = 15

const INSPECTOR = { username: 'inspector.ines', displayName: 'Ines Price', password: 'amber lantern meadow 61' }

/** Every role fuzzed in turn: a role added to roles.ts without an account here fails the section. */
const ACCOUNTS: Record<Role, { username: string; password: string } | null> = { coordinator: null, volunteer: VOLUNTEER, inspector: INSPECTOR }

const fuzz: BenchSection = {
  area: 'fuzz',
  summary: `IPC fuzz: ${RUNS} malformed payloads per channel per role through the dispatcher, as ${ROLES.join(', ')}`,
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
      await ok('app.users.add', { ...INSPECTOR, role: 'inspector', expiresOn: centreDate(new Date()) })
      generateDemoCentre(host.session!, { families: 3, seed: 1 })
      const db = () => host.session!.db
      const reports: Record<string, { channels: number; calls: number; byCode: FuzzReport['byCode']; findings: FuzzReport['findings']; seconds: number }> = {}
      let findings = 0
      let calls = 0
      let channels = 0
      for (const role of ROLES) {
        const account = ACCOUNTS[role]
        if (account) {
          await ok('app.lock', {})
          await ok('app.login', { username: account.username, password: account.password })
        }
        const { result, seconds } = await timed(() => fuzzEveryChannel({ dispatch, db, role, runsPerChannel: RUNS, seed: SEED }))
        ctx.log(`${role}: ${result.calls} calls on ${result.channels} channels in ${seconds.toFixed(1)} s, ${result.findings.length} findings`)
        reports[role] = { channels: result.channels, calls: result.calls, byCode: result.byCode, findings: result.findings, seconds: round(seconds, 1) }
        findings += result.findings.length
        calls += result.calls
        channels = result.channels
      }
      // An internal error the dispatcher logged is a finding too, whichever role's call caused it.
      findings += internal.length
      const targetLines: TargetLine[] = [
        {
          measure: `IPC fuzz: ${RUNS} malformed payloads per channel per role`,
          figure: `${findings} findings in ${calls} calls`,
          baseline: `${channels} channels, ${ROLES.join(', ')}`,
          target: 'typed error each, no write, no crash',
          met: findings === 0,
        },
      ]
      return {
        targetLines,
        runsPerChannel: RUNS,
        seed: SEED,
        roles: reports,
        internalErrorsLogged: internal.slice(0, 20),
        target: { findings: 0, actual: findings, met: findings === 0 },
      }
    } finally {
      host.close()
    }
  },
}

export default fuzz
