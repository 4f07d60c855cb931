import type { VolunteerSummary } from '../../../electron/core/volunteers/views'
import { formatDate } from '../../ui/dates'
import { DBS_STATE_WORDS, dbsNeedsAction } from './labels'

/** The list's status chips: DBS due or lapsed, references outstanding, training expiring, steps missing. */
export function StatusChips({ v }: { v: VolunteerSummary }) {
  const dbs = DBS_STATE_WORDS[v.dbs.state] + (v.dbs.dueOn && v.dbs.state !== 'current' ? ` ${formatDate(v.dbs.dueOn)}` : '')
  return (
    <span className="chips">
      <span className={`tag ${dbsNeedsAction(v.dbs.state) ? 'tag--warn' : 'tag--muted'}`}>{dbs}</span>
      {v.referencesOutstanding > 0 && (
        <span className="tag tag--warn">
          {v.referencesOutstanding} reference{v.referencesOutstanding === 1 ? '' : 's'} outstanding
        </span>
      )}
      {v.trainingExpiring > 0 && <span className="tag tag--warn">Training expiring</span>}
      {v.status !== 'left' && v.missingSteps > 0 && (
        <span className="tag tag--muted">
          {v.missingSteps} step{v.missingSteps === 1 ? '' : 's'} before a first session
        </span>
      )}
    </span>
  )
}
