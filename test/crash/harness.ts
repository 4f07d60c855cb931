import { spawn } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { CliIO } from '../../electron/cli/command'
import { runCli } from '../../electron/cli/run'
import { CabinetHost } from '../../electron/core/cabinet'
import { TEST_KDF } from '../../electron/core/keyring/keyring'
import { isBlobName } from '../../electron/core/vault/blob-files'
import { createDispatcher } from '../../electron/door/dispatch'
import { bundledChild, childEnv } from '../helpers/child-bundle'
import { CRASH_CENTRE, CRASH_COORDINATOR } from './accounts'
import { CRASH_WRITERS } from './writers'
import { call } from './writers/types'

/*
 * The crash suite's parent (issue 15), shared by the test (50 kills) and the bench (500): start
 * the writer child, SIGKILL it at a random moment, then check that every write it acknowledged
 * is present, that the next login leaves no orphan blob or temp file in the vault, and that
 * `cli verify` passes. Runs on one data folder throughout, so damage would accumulate.
 */

const REPO = fileURLToPath(new URL('../../', import.meta.url))
const CHILD = 'test/crash/child.ts'

export interface CrashOptions {
  dir: string
  kills: number
  seed: number
  /** The longest the child writes after it is ready before the kill (ms; uniformly random below it). */
  maxWriteMs?: number
  /** Run `cli verify` after every n-th kill and after the last (it reads the whole vault); 1 = every kill. */
  verifyEvery?: number
  log?: (line: string) => void
}

export interface CrashReport {
  kills: number
  acknowledged: Record<string, number>
  /** Kills that landed before the child had acknowledged anything in that run. */
  killsBeforeFirstAck: number
  sweptOnLogin: { blobs: number; temps: number }
  verifyRuns: number
  problems: string[]
}

interface Acked {
  writer: string
  ack: unknown
}

/** A deterministic generator (mulberry32), so a failing run can be replayed from its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A fresh Cabinet in `dir` with the coordinator the child logs in as. */
export async function setUpCrashCabinet(dir: string): Promise<void> {
  const host = CabinetHost.open(dir, { create: true, kdf: TEST_KDF })
  try {
    await call(
      createDispatcher(() => host),
      'app.setup',
      { centre: CRASH_CENTRE, ...CRASH_COORDINATOR },
    )
  } finally {
    host.close()
  }
}

interface KillMoment {
  after: 'go' | 'ready'
  ms: number
}

interface Child {
  /**
   * Let it open the folder and SIGKILL it `at.ms` after it is ready (writing by then), or after
   * "go" (still opening the folder, logging in, sweeping the vault). Resolves with its acknowledged writes.
   */
  run(at: KillMoment): Promise<{ acked: Acked[]; signal: string | null; stderr: string }>
  /** Kill a child that was started but not run (the suite stopped at a problem). */
  dispose(): void
}

/**
 * Start a child, which loads its code and then waits for "go": the parent starts the next one
 * while it checks the folder after the last kill, so loading overlaps the checks.
 */
function startChild(dir: string, seed: number): Child {
  const child = spawn(process.execPath, [bundledChild(CHILD, { emptyDictionaries: true }), dir, String(seed)], {
    cwd: REPO,
    env: childEnv(),
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  let onReady: (() => void) | null = null
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString()
    if (onReady && stdout.includes('ready\n')) {
      onReady()
      onReady = null
    }
  })
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  // A child killed while the parent still writes "go" must not take the parent down with EPIPE.
  child.stdin.on('error', () => undefined)
  const exited = new Promise<string | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('exit', (_code, signal) => resolve(signal))
  })
  return {
    async run(at) {
      // Not a wait for anything: the random delay is the experiment itself.
      const kill = () => setTimeout(() => child.kill('SIGKILL'), at.ms)
      if (at.after === 'ready') onReady = kill
      child.stdin.write('go\n')
      if (at.after === 'go') kill()
      const signal = await exited
      // Only whole lines count: a line cut off by the kill was never acknowledged.
      const lines = stdout.split('\n').slice(0, -1)
      const acked = lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as Acked)
      return { acked, signal, stderr }
    },
    dispose() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    },
  }
}

/** Log in (the login sweep runs), check every acknowledgement and the vault; returns the problems. */
async function checkAfterKill(dir: string, acked: readonly Acked[]): Promise<string[]> {
  const problems: string[] = []
  const host = CabinetHost.open(dir, { kdf: TEST_KDF })
  try {
    await call(
      createDispatcher(() => host),
      'app.login',
      { username: CRASH_COORDINATOR.username, password: CRASH_COORDINATOR.password },
    )
    const db = host.session!.db
    for (const { writer, ack } of acked) {
      const w = CRASH_WRITERS.find((x) => x.name === writer)
      const problem = w ? w.check(db, ack) : `no writer called ${writer}`
      if (problem) problems.push(`${writer}: ${problem}`)
    }
    const owned = new Set(db.prepare('SELECT blob_name FROM documents').pluck().all() as string[])
    for (const name of readdirSync(host.paths.vault)) {
      if (isBlobName(name) && !owned.has(name)) problems.push(`vault: orphan blob ${name} after login`)
      else if (!isBlobName(name)) problems.push(`vault: stray file ${name} after login`)
    }
  } finally {
    host.close()
  }
  return problems
}

/** `cli verify` in-process, as a coordinator would run it: exit code 0 and its output. */
export async function cliVerify(dir: string): Promise<{ code: number; out: string }> {
  const out: string[] = []
  const io: CliIO = { out: (l) => out.push(l), err: (l) => out.push(l), readStdin: async () => `${CRASH_COORDINATOR.password}\n`, env: {} }
  const code = await runCli(['verify', '--data-dir', dir, '--user', CRASH_COORDINATOR.username, '--password-stdin'], io)
  return { code, out: out.join('\n') }
}

export async function runCrashSuite(opts: CrashOptions): Promise<CrashReport> {
  const next = random(opts.seed)
  const maxWriteMs = opts.maxWriteMs ?? 600
  const report: CrashReport = {
    kills: 0,
    acknowledged: Object.fromEntries(CRASH_WRITERS.map((w) => [w.name, 0])),
    killsBeforeFirstAck: 0,
    sweptOnLogin: { blobs: 0, temps: 0 },
    verifyRuns: 0,
    problems: [],
  }
  const everyAck: Acked[] = []
  let child: Child | null = startChild(opts.dir, opts.seed * 10_000)
  try {
    for (let k = 0; k < opts.kills && report.problems.length === 0; k++) {
      // One kill in five lands while the child opens the folder and logs in; the rest while it writes.
      const moment: KillMoment = next() < 0.2 ? { after: 'go', ms: Math.floor(next() * 500) } : { after: 'ready', ms: Math.floor(next() * maxWriteMs) }
      const run: Awaited<ReturnType<Child['run']>> = await child!.run(moment)
      child = k + 1 < opts.kills ? startChild(opts.dir, opts.seed * 10_000 + k + 1) : null
      report.kills++
      if (run.signal !== 'SIGKILL') report.problems.push(`kill ${k}: the child ended on its own (${run.signal ?? 'no signal'}): ${run.stderr.slice(0, 500)}`)
      if (run.acked.length === 0) report.killsBeforeFirstAck++
      for (const a of run.acked) report.acknowledged[a.writer] = (report.acknowledged[a.writer] ?? 0) + 1
      everyAck.push(...run.acked)
      report.problems.push(...(await checkAfterKill(opts.dir, everyAck)).map((p) => `after kill ${k}: ${p}`))
      if ((k + 1) % (opts.verifyEvery ?? 10) === 0 || k === opts.kills - 1) {
        const verified = await cliVerify(opts.dir)
        report.verifyRuns++
        if (verified.code !== 0) report.problems.push(`after kill ${k}: cli verify exited ${verified.code}:\n${verified.out}`)
      }
      if ((k + 1) % 10 === 0) opts.log?.(`${k + 1} kills, ${everyAck.length} acknowledged writes, ${report.problems.length} problems`)
    }
  } finally {
    child?.dispose()
  }
  report.sweptOnLogin = await sweepTotals(opts.dir)
  return report
}

/** What the login sweeps removed over the whole run, from their audit rows (document.sweep). */
async function sweepTotals(dir: string): Promise<{ blobs: number; temps: number }> {
  const host = CabinetHost.open(dir, { kdf: TEST_KDF })
  try {
    await call(
      createDispatcher(() => host),
      'app.login',
      { username: CRASH_COORDINATOR.username, password: CRASH_COORDINATOR.password },
    )
    const rows = host.session!.db.prepare(`SELECT detail FROM audit_log WHERE action = 'document.sweep'`).pluck().all() as string[]
    return rows.reduce(
      (t, d) => {
        const { removedBlobs, removedTemps } = JSON.parse(d) as { removedBlobs: number; removedTemps: number }
        return { blobs: t.blobs + removedBlobs, temps: t.temps + removedTemps }
      },
      { blobs: 0, temps: 0 },
    )
  } finally {
    host.close()
  }
}
