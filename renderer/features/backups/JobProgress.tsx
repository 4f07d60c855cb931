import { useEffect, useRef } from 'react'
import { Label, ProgressBar } from 'react-aria-components'
import { Banner } from '../../ui/Banner'
import { Button } from '../../ui/Button'
import type { FollowedJob } from './use-job'
import { phaseWords, progressWords, timeLeftWords, type JobView } from './words'
import './backups.css'

export interface JobWords {
  /** The success banner's title: "Backup made", "Backup restored". */
  doneTitle: string
  /** What a cancel leaves behind, said after it: "Nothing was left on the drive." */
  cancelled: string
  /** The error banner's title: "The backup was not made". */
  failedTitle: string
}

/**
 * A backup or restore while it runs (a progress bar with the bytes done, the phase and the time
 * left, and Cancel), then how it ended. Focus moves to the ending, so a screen reader reads it
 * and a keyboard user carries on from there.
 */
export function JobProgress({ followed, words }: { followed: FollowedJob; words: JobWords }) {
  const { job } = followed
  if (job.state === 'running' && !followed.lost) return <Running followed={followed} />
  return <Ending job={job} lost={followed.lost?.message ?? null} words={words} />
}

function Running({ followed }: { followed: FollowedJob }) {
  const { job, readAt, cancelling } = followed
  const known = job.total > 0
  const progress = progressWords(job)
  return (
    <div className="job-progress">
      <ProgressBar value={known ? Math.min(job.done, job.total) : undefined} maxValue={known ? job.total : 1} isIndeterminate={!known} valueLabel={progress}>
        {({ percentage }) => (
          <>
            <div className="job-progress__row">
              <Label className="job-progress__label">{phaseWords(job)}</Label>
              <span>{progress}</span>
            </div>
            <div className="job-progress__track" aria-hidden="true">
              <div
                className={known ? 'job-progress__fill' : 'job-progress__fill job-progress__fill--unknown'}
                style={known ? { width: `${percentage ?? 0}%` } : undefined}
              />
            </div>
          </>
        )}
      </ProgressBar>
      <p className="job-progress__left">{cancelling ? 'Cancelling…' : timeLeftWords(job, readAt)}</p>
      <Button variant="secondary" onPress={followed.cancel} isDisabled={cancelling}>
        Cancel
      </Button>
    </div>
  )
}

function Ending({ job, lost, words }: { job: JobView; lost: string | null; words: JobWords }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    ref.current?.focus()
  }, [job.id, job.state])
  return (
    <div className="job-outcome" tabIndex={-1} ref={ref}>
      {lost !== null ? (
        <Banner tone="error" title={words.failedTitle}>
          <p>{lost}</p>
        </Banner>
      ) : job.state === 'done' ? (
        <Banner tone="success" title={words.doneTitle}>
          <p>{job.outcome}</p>
        </Banner>
      ) : job.state === 'cancelled' ? (
        <Banner tone="info" title="Cancelled">
          <p>{words.cancelled}</p>
        </Banner>
      ) : (
        <Banner tone="error" title={words.failedTitle}>
          <p>{job.error?.message ?? 'It stopped without saying why. Nothing was changed.'}</p>
        </Banner>
      )}
    </div>
  )
}
