import { useQuery } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import type { CallError } from '../../../electron/contract'
import { cabinetQuery, useCabinetMutation } from '../../api/queries'
import type { JobView } from './words'

/** How often a running job is asked for its progress: often enough for a smooth bar, cheap for the core. */
export const POLL_MS = 250

export interface FollowedJob {
  /** The latest view of the job (the one `started` gave, until the first poll answers). */
  job: JobView
  /** When that view was read, for the time-left estimate. */
  readAt: number
  /** The job could not be asked about (it is no longer known to this Cabinet window). */
  lost: CallError | null
  cancel: () => void
  /** Cancel was pressed and the job has not stopped yet. */
  cancelling: boolean
}

/**
 * Follow a backup or restore the core runs as a job: poll 'backups.job' while it runs, and call
 * `onEnd` once when it has finished, failed or been cancelled.
 */
export function useJob(started: JobView | null, onEnd: (job: JobView) => void): FollowedJob | null {
  const query = useQuery({
    ...cabinetQuery('backups.job', started ? { jobId: started.id } : null),
    initialData: started ?? undefined,
    initialDataUpdatedAt: 0, // stale at once: the first poll goes out as soon as the view shows
    refetchInterval: (q) => (q.state.status !== 'error' && (q.state.data?.state ?? 'running') === 'running' ? POLL_MS : false),
    gcTime: 0,
  })
  const cancelCall = useCabinetMutation('backups.cancel', { invalidates: [] })
  const [cancelAsked, setCancelAsked] = useState<string | null>(null)
  const job = query.data ?? started
  const ended = useRef<string | null>(null)
  useEffect(() => {
    if (!job || job.state === 'running' || ended.current === job.id) return
    ended.current = job.id
    onEnd(job)
  }, [job, onEnd])
  if (!job) return null
  return {
    job,
    readAt: query.dataUpdatedAt || Date.parse(job.startedAt),
    lost: query.error,
    cancel: () => {
      setCancelAsked(job.id)
      void cancelCall.run({ jobId: job.id })
    },
    cancelling: cancelAsked === job.id && job.state === 'running',
  }
}
