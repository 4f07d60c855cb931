import { randomUUID } from 'node:crypto'
import { CabinetError, isCabinetError } from '../errors'

/*
 * A backup or restore takes seconds to minutes, longer than any one call should: it runs as a job
 * the screen polls for progress and can cancel. One job at a time per process (two backups of the
 * same folder at once would only compete for the same drive).
 */
export type JobKind = 'backup' | 'restore'
export type JobState = 'running' | 'done' | 'failed' | 'cancelled'

export interface JobView {
  id: string
  kind: JobKind
  state: JobState
  phase: 'writing' | 'checking' | 'restoring'
  done: number
  total: number
  startedAt: string
  /** What the job made, in words for the screen (e.g. the file name). */
  outcome: string | null
  error: { code: string; message: string; field?: string } | null
}

interface Job extends JobView {
  controller: AbortController
}

const jobs = new Map<string, Job>()

export interface JobControls {
  signal: AbortSignal
  progress(phase: JobView['phase'], done: number, total: number): void
}

/** Start `work` as a job; its result's words become the outcome. Refuses while another job runs. */
export function startJob(kind: JobKind, work: (controls: JobControls) => Promise<string>, now: Date = new Date()): JobView {
  for (const j of jobs.values()) {
    if (j.state === 'running') throw new CabinetError('conflict', `A ${j.kind} is already running. Wait for it to finish, or cancel it.`)
  }
  const job: Job = {
    id: randomUUID(),
    kind,
    state: 'running',
    phase: kind === 'restore' ? 'restoring' : 'writing',
    done: 0,
    total: 0,
    startedAt: now.toISOString(),
    outcome: null,
    error: null,
    controller: new AbortController(),
  }
  jobs.set(job.id, job)
  const controls: JobControls = {
    signal: job.controller.signal,
    progress(phase, done, total) {
      Object.assign(job, { phase, done, total })
    },
  }
  work(controls).then(
    (outcome) => Object.assign(job, { state: 'done', outcome }),
    (e: unknown) => {
      const cancelled = job.controller.signal.aborted || (isCabinetError(e) && e.code === 'cancelled')
      const error = isCabinetError(e)
        ? { code: e.code, message: e.message, ...(e.field ? { field: e.field } : {}) }
        : { code: 'internal', message: 'Something went wrong inside Cabinet. Nothing was changed.' }
      Object.assign(job, { state: cancelled ? 'cancelled' : 'failed', error })
    },
  )
  return view(job)
}

export function jobView(id: string): JobView {
  const job = jobs.get(id)
  if (!job) throw new CabinetError('not_found', 'That backup or restore is not running in this Cabinet window any more.', { field: 'jobId' })
  return view(job)
}

export function cancelJob(id: string): JobView {
  const job = jobs.get(id)
  if (!job) throw new CabinetError('not_found', 'That backup or restore is not running in this Cabinet window any more.', { field: 'jobId' })
  if (job.state === 'running') job.controller.abort()
  return view(job)
}

/** Wait for a job to end (the CLI does, printing progress). */
export async function settled(id: string, onTick?: (v: JobView) => void, intervalMs = 200): Promise<JobView> {
  for (;;) {
    const v = jobView(id)
    onTick?.(v)
    if (v.state !== 'running') return v
    await new Promise((r) => setTimeout(r, intervalMs))
  }
}

function view(job: Job): JobView {
  const { controller: _controller, ...rest } = job
  return { ...rest, error: rest.error ? { ...rest.error } : null }
}
