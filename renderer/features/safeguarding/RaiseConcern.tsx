import { useState } from 'react'
import { Link, useParams } from 'wouter'
import { mayCall } from '../../../electron/contract'
import { Page } from '../../ui/Page'
import { useCurrentUser } from '../app/app-state'
import { RaiseConcernForm } from './RaiseConcernForm'

/**
 * "Raise a concern": the paper form a volunteer fills in on a session day, on screen. Once sent,
 * the page shows only that it was submitted: nothing of what was written can be read back here,
 * by a volunteer or anyone else (the coordinator reads it on the concerns page). A session's day
 * links to #/concerns/raise/session/<id> so the concern names its session.
 */
export function RaiseConcern() {
  const user = useCurrentUser()
  // In the path, not a ?query: wouter's hash routing keeps a query in the page's URL across later moves.
  const sessionParam = Number(useParams<{ sessionId?: string }>().sessionId)
  const sessionId = Number.isInteger(sessionParam) && sessionParam > 0 ? sessionParam : null
  const [submitted, setSubmitted] = useState(false)

  if (submitted) {
    return (
      <Page title="Concern submitted">
        <div className="panel panel--confirmation" role="status">
          <p>Your concern has been submitted to the coordinator.</p>
        </div>
        <p>
          You cannot open it again: it is kept where only the coordinator can read it. If you remember something more, tell the coordinator, or raise another
          concern.
        </p>
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={() => setSubmitted(false)}>
            Raise another concern
          </button>
          {mayCall(user.role, 'safeguarding.list') && (
            <Link href="/" className="button button--quiet">
              Back to the concerns
            </Link>
          )}
        </div>
      </Page>
    )
  }

  return (
    <Page
      title="Raise a safeguarding concern"
      intro="Write down what you saw or heard as soon as you can, in your own words. Only the coordinator will read it; you will not be able to open it again once it is sent."
    >
      {sessionId !== null && <p className="hint">This concern will be linked to the session it arose at.</p>}
      <RaiseConcernForm sessionId={sessionId} onSent={() => setSubmitted(true)} />
    </Page>
  )
}
